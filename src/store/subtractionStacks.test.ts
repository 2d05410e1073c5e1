import { describe, expect, it } from 'vitest';
import { buildIndex } from '../dicom';
import { scanned } from '../dicom/testing/scanned';
import type { ScannedInstance } from '../dicom';
import { createAppStore } from './createAppStore';
import { findSubtractionStack, selectSubtractionStacks, subtractionStacksOf } from './subtractionStacks';

const STUDY = '2.25.10';
const FOR = '2.25.11';

/** One axial series of a 3-phase CT at heights z (mm), with its own slice thickness. */
function series(uid: string, description: string, zs: number[], thicknessMm: number, tags: Record<string, unknown> = {}): ScannedInstance[] {
  return zs.map((z, k) =>
    scanned(`${uid}-${k}`, {
      StudyInstanceUID: STUDY,
      SeriesInstanceUID: uid,
      SeriesDescription: description,
      FrameOfReferenceUID: FOR,
      InstanceNumber: k + 1,
      SliceThickness: thicknessMm,
      ImagePositionPatient: [-190, -190, z],
      ...tags,
    }),
  );
}

const ART = series('2.25.3', 'ART 2.5mm', [90, 87.5, 85, 82.5, 80, 77.5, 75, 72.5], 2.5);
const NC = series('2.25.2', 'NC 5mm', [85, 80, 75], 5);

describe('subtractionStacksOf', () => {
  it('pairs the arterial CT with the non-contrast CT of the same study, slice by position, within half the NC thickness', () => {
    const [subtraction, ...others] = subtractionStacksOf(buildIndex([...ART, ...NC]));
    expect(others).toEqual([]);
    expect(subtraction).toMatchObject({ stackId: 'subtraction:2.25.3:1', label: 'ART 2.5mm − NC 5mm', toleranceMm: 2.5, first: 1, last: 7, unmatchedCount: 1 });
    // 90 is 5 mm above the highest NC slice (85): no match; 87.5 is exactly half a thickness away: a match.
    expect(subtraction!.counterparts.map((c) => c.index)).toEqual([null, 0, 0, 0, 1, 1, 2, 2]);
    expect(subtraction!.counterparts[0]).toEqual({ index: null, nearestMm: 5 });
  });

  it('offers nothing without a non-contrast series in the same Frame of Reference', () => {
    expect(subtractionStacksOf(buildIndex(ART))).toEqual([]);
    const otherFrame = series('2.25.2', 'NC 5mm', [85, 80, 75], 5, { FrameOfReferenceUID: '2.25.99' });
    expect(subtractionStacksOf(buildIndex([...ART, ...otherFrame]))).toEqual([]);
  });

  it('offers nothing for MR or cone-beam CT, whose values are not HU', () => {
    const mr = (list: ScannedInstance[]) => list.map((i) => ({ ...i, Modality: 'MR' }));
    expect(subtractionStacksOf(buildIndex([...mr(ART), ...mr(NC)]))).toEqual([]);
    const cbct = series('2.25.3', 'CBCT ART', [85, 80], 2.5);
    expect(subtractionStacksOf(buildIndex([...cbct, ...NC]))).toEqual([]);
  });

  it('offers nothing when the non-contrast slices lie elsewhere (no slice within the tolerance)', () => {
    const far = series('2.25.2', 'NC 5mm', [10, 5, 0], 5);
    expect(subtractionStacksOf(buildIndex([...ART, ...far]))).toEqual([]);
  });

  it('follows the reader’s phase corrections: a series re-labelled portal venous is no longer subtracted', () => {
    const store = createAppStore();
    store.getState().scanFinished({ instances: [...ART, ...NC], skipped: [] });
    const [subtraction] = selectSubtractionStacks(store.getState());
    expect(findSubtractionStack(store.getState(), subtraction!.stackId)).toBe(subtraction);
    store.getState().overridePhase(subtraction!.nonContrast.stackId, 'portal-venous');
    expect(selectSubtractionStacks(store.getState())).toEqual([]);
    expect(findSubtractionStack(store.getState(), subtraction!.stackId)).toBeUndefined();
  });
});
