import { describe, expect, it } from 'vitest';
import { windowSyncGroup } from './windowSyncGroup';

const series = (modality: string, seriesDescription = '', studyDescription = '') => ({ modality, seriesDescription, studyDescription });

describe('windowSyncGroup: which panes share a window/level', () => {
  const cases = [
    { name: 'diagnostic CT with diagnostic CT (both HU)', a: series('CT', 'ART 2.5mm'), b: series('CT', 'PV 2.5mm'), shares: true },
    { name: 'CT with MR', a: series('CT', 'ART 2.5mm'), b: series('MR', 'T1 VIBE ART'), shares: false },
    { name: 'MR with MR', a: series('MR', 'T1 VIBE ART'), b: series('MR', 'T1 VIBE PV'), shares: true },
    { name: 'CT with cone-beam CT (not HU)', a: series('CT', 'ART 2.5mm'), b: series('CT', 'CBCT ART', 'ANGIO TACE'), shares: false },
    { name: 'cone-beam CT named by its study', a: series('CT', 'ART 2.5mm'), b: series('CT', 'ART', 'DynaCT liver'), shares: false },
    { name: 'cone-beam CT with cone-beam CT (grey values drift between runs)', a: series('CT', 'CBCT ART'), b: series('CT', 'CBCT PV'), shares: false },
    { name: 'CT with XA', a: series('CT', 'ART 2.5mm'), b: series('XA', 'DSA'), shares: false },
    { name: 'XA with XA', a: series('XA', 'DSA'), b: series('XA', 'DSA late'), shares: true },
    { name: 'MR with XA', a: series('MR'), b: series('XA'), shares: false },
    { name: 'no modality with no modality', a: series(''), b: series(''), shares: false },
  ];
  it.each(cases)('$name: shares $shares', ({ a, b, shares }) => {
    const groupA = windowSyncGroup(a);
    const groupB = windowSyncGroup(b);
    expect(groupA !== null && groupA === groupB).toBe(shares);
  });
});
