import { beforeEach, describe, expect, it } from 'vitest';
import { resolveOffset, type Assessment, type Measurement } from '../core';
import { scanned } from '../dicom/testing/scanned';
import {
  arterialStackOf,
  comparisonStudies,
  landingLesionId,
  lesionTargetForStack,
  portalVenousStackOf,
  selectComparisonAlignments,
} from './comparisonSelectors';
import { createAppStore, type AppStore } from './createAppStore';

// Two visits with their own Frame of Reference; the follow-up's table is 35 mm further (the demo's FU1 shift).
const VISITS = [
  { study: '2.25.10', date: '20260112', forUid: '2.25.11', shift: [0, 0, 0] },
  { study: '2.25.20', date: '20260223', forUid: '2.25.21', shift: [12, -8, 35] },
];
const seriesUid = (visit: number, phase: 'ART' | 'PV') => `2.25.${visit + 1}${phase === 'ART' ? 3 : 4}`;

function visitInstances(visit: number) {
  const { study, date, forUid, shift } = VISITS[visit]!;
  return (['PV', 'ART'] as const).flatMap((phase, p) =>
    [0, 1, 2, 3, 4, 5, 6].map((k) =>
      scanned(`v${visit}${phase}${k}`, {
        StudyInstanceUID: study,
        StudyDate: date,
        SeriesInstanceUID: seriesUid(visit, phase),
        SeriesNumber: p + 1,
        SeriesDescription: phase === 'ART' ? 'ART 2.5mm arterial' : 'PV 2.5mm portal venous',
        FrameOfReferenceUID: forUid,
        InstanceNumber: k + 1,
        ImagePositionPatient: [-100 + shift[0]!, -100 + shift[1]!, 20 + shift[2]! - 10 * k],
      }),
    ),
  );
}

const assessment = (): Assessment => ({
  format: 'tumor-response-assessment',
  version: 1,
  criteria: 'mRECIST',
  timepoints: [
    { id: 'bl', date: '2026-01-12', studyInstanceUid: VISITS[0]!.study },
    { id: 'fu1', date: '2026-02-23', studyInstanceUid: VISITS[1]!.study },
  ],
  lesions: [{ id: 'T1', role: 'target', organ: 'liver', findings: {} }],
});

function caliperAtBaseline(): Measurement {
  return {
    id: 'c1',
    lesionId: 'T1',
    timepointId: 'bl',
    kind: 'viable',
    pointsMm: [
      [-80, 10, 0],
      [-70, 20, 0],
    ],
    image: { studyInstanceUid: VISITS[0]!.study, seriesInstanceUid: seriesUid(0, 'ART'), sopInstanceUid: 'x', frameIndex: 0, frameOfReferenceUid: VISITS[0]!.forUid, phase: 'arterial', calibrated: true },
  };
}

let store: AppStore;
beforeEach(() => {
  store = createAppStore();
  store.getState().scanFinished({ instances: [...visitInstances(0), ...visitInstances(1)], skipped: [] });
  store.getState().openAssessment('KEY', assessment(), { c1: caliperAtBaseline() });
});

const stackOf = (visit: number, phase: 'ART' | 'PV') => `${seriesUid(visit, phase)}:1`;

describe('arterialStackOf and comparisonStudies', () => {
  it('picks the arterial and the portal-venous stack of a study', () => {
    expect(arterialStackOf(store.getState(), VISITS[1]!.study)).toBe(stackOf(1, 'ART'));
    expect(portalVenousStackOf(store.getState(), VISITS[1]!.study)).toBe(stackOf(1, 'PV'));
  });
  it('1×2: baseline beside the latest; 2×2: baseline, nadir, previous, latest', () => {
    expect(comparisonStudies(store.getState(), '1x2')).toEqual([VISITS[0]!.study, VISITS[1]!.study]);
    expect(comparisonStudies(store.getState(), '2x2')).toEqual([VISITS[0]!.study, VISITS[0]!.study, VISITS[0]!.study, VISITS[1]!.study]);
  });
  it('nothing to compare with one study', () => {
    store.getState().closeAllStudies();
    store.getState().scanFinished({ instances: visitInstances(0), skipped: [] });
    store.getState().openAssessment('KEY', { ...assessment(), timepoints: assessment().timepoints.slice(0, 1) });
    expect(comparisonStudies(store.getState(), '1x2')).toEqual([]);
  });
});

describe('lesionTargetForStack', () => {
  it("goes to the centre of the pane's own caliper", () => {
    expect(lesionTargetForStack(store.getState(), 'T1', stackOf(0, 'ART'))).toEqual({ pointMm: [-75, 15, 0], basis: 'caliper' });
    // Another series of the same Frame of Reference shares the space.
    expect(lesionTargetForStack(store.getState(), 'T1', stackOf(0, 'PV'))).toEqual({ pointMm: [-75, 15, 0], basis: 'caliper' });
  });

  it('predicts the follow-up position through the alignment; before it, only the level of the other caliper', () => {
    expect(lesionTargetForStack(store.getState(), 'T1', stackOf(1, 'ART'))).toEqual({ pointMm: [-75, 15, 0], basis: 'unaligned' });
    const ref = (visit: number) => ({ seriesInstanceUid: seriesUid(visit, 'ART'), frameOfReferenceUid: VISITS[visit]!.forUid });
    store.getState().setAlignment(ref(1), ref(0), [-12, 8, -35], 'link');
    expect(lesionTargetForStack(store.getState(), 'T1', stackOf(1, 'PV'))).toEqual({ pointMm: [-63, 7, 35], basis: 'aligned' });
  });

  it("prefers the follow-up's own caliper over a prediction", () => {
    const own: Measurement = {
      ...caliperAtBaseline(),
      id: 'c2',
      timepointId: 'fu1',
      pointsMm: [
        [-60, 0, 30],
        [-60, 10, 30],
      ],
      image: { ...caliperAtBaseline().image, studyInstanceUid: VISITS[1]!.study, seriesInstanceUid: seriesUid(1, 'ART'), frameOfReferenceUid: VISITS[1]!.forUid },
    };
    store.getState().upsertMeasurement(own);
    expect(lesionTargetForStack(store.getState(), 'T1', stackOf(1, 'ART'))).toEqual({ pointMm: [-60, 5, 30], basis: 'caliper' });
  });

  it('unknown lesion or stack: nowhere to go', () => {
    expect(lesionTargetForStack(store.getState(), 'T9', stackOf(0, 'ART'))).toBeUndefined();
    expect(lesionTargetForStack(store.getState(), 'T1', 'nope:1')).toBeUndefined();
  });
});

/** T1's caliper at the follow-up, 35 mm further on the table (the same anatomy as the baseline caliper). */
function caliperAtFollowUp(): Measurement {
  const base = caliperAtBaseline();
  return {
    ...base,
    id: 'c2',
    timepointId: 'fu1',
    pointsMm: base.pointsMm.map(([x, y, z]) => [x + 12, y - 8, z + 35]),
    image: { ...base.image, studyInstanceUid: VISITS[1]!.study, seriesInstanceUid: seriesUid(1, 'ART'), frameOfReferenceUid: VISITS[1]!.forUid },
  };
}

describe('selectComparisonAlignments', () => {
  const ref = (visit: number, phase: 'ART' | 'PV' = 'ART') => ({ seriesInstanceUid: seriesUid(visit, phase), frameOfReferenceUid: VISITS[visit]!.forUid });

  it("aligns the visits at the lesion's calipers without saving anything", () => {
    store.getState().upsertMeasurement(caliperAtFollowUp());
    const before = store.getState().assessment;
    const alignments = selectComparisonAlignments(store.getState());
    expect(resolveOffset(alignments, ref(0, 'PV'), ref(1))).toEqual([12, -8, 35]);
    expect(store.getState().assessment).toBe(before);
    // The follow-up's PV pane goes to T1 by the lesion's own alignment when it has no caliper there.
    store.getState().removeMeasurement('c2');
    expect(lesionTargetForStack(store.getState(), 'T1', stackOf(1, 'PV'))?.basis).toBe('unaligned');
  });

  it("the reader's alignment wins; Unlink drops both", () => {
    store.getState().upsertMeasurement(caliperAtFollowUp());
    store.getState().setAlignment(ref(0), ref(1), [10, -10, 30], 'link');
    expect(resolveOffset(selectComparisonAlignments(store.getState()), ref(0), ref(1))).toEqual([10, -10, 30]);
    store.getState().clearAlignments();
    expect(selectComparisonAlignments(store.getState())).toEqual({});
    store.getState().setSync({ alignAtLesion: true });
    expect(resolveOffset(selectComparisonAlignments(store.getState()), ref(0), ref(1))).toEqual([12, -8, 35]);
  });
});

describe('landingLesionId', () => {
  it('the active lesion, else the first measured target, else none', () => {
    store.getState().setActiveLesion(null);
    expect(landingLesionId(store.getState())).toBe('T1');
    store.getState().setActiveLesion('T7');
    expect(landingLesionId(store.getState())).toBe('T7');
    store.getState().setActiveLesion(null);
    store.getState().removeMeasurement('c1');
    expect(landingLesionId(store.getState())).toBeNull();
  });
});
