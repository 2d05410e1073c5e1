import { describe, expect, it } from 'vitest';
import { resolveOffset, withAlignment, type SeriesRef } from './alignments.ts';
import { withLesionLandmarks, type LocatedCaliper } from './lesionLandmarks.ts';

const BL: SeriesRef = { seriesInstanceUid: '2.25.1', frameOfReferenceUid: 'for-bl' };
const BL_PV: SeriesRef = { seriesInstanceUid: '2.25.2', frameOfReferenceUid: 'for-bl' };
const FU1: SeriesRef = { seriesInstanceUid: '2.25.3', frameOfReferenceUid: 'for-fu1' };
const FU2: SeriesRef = { seriesInstanceUid: '2.25.4', frameOfReferenceUid: 'for-fu2' };

// The synthetic demo's T1 (ground truth): table shifts [12, -8, 35] (FU1) and [-6, 5, -22] (FU2).
const viable = (series: SeriesRef, centreMm: [number, number, number]): LocatedCaliper => ({ series, centreMm, kind: 'viableDiameter' });

describe('withLesionLandmarks', () => {
  it('aligns two timepoints by the centres of the lesion’s calipers', () => {
    const aligned = withLesionLandmarks({}, [viable(BL, [-75, 15, 35]), viable(FU1, [-63, 7, 70])]);
    expect(resolveOffset(aligned, BL, FU1)).toEqual([12, -8, 35]);
    // The Frame of Reference is aligned, not just the series: the portal-venous phase follows.
    expect(resolveOffset(aligned, BL_PV, FU1)).toEqual([12, -8, 35]);
  });

  it("keeps the reader's alignment where there is one", () => {
    const linked = withAlignment({}, BL, FU1, [10, -10, 30], 'link');
    const aligned = withLesionLandmarks(linked, [viable(BL, [-75, 15, 35]), viable(FU1, [-63, 7, 70])]);
    expect(aligned).toBe(linked);
  });

  it('chains three timepoints without contradicting itself', () => {
    const aligned = withLesionLandmarks({}, [viable(BL, [0, 0, 0]), viable(FU1, [12, -8, 35]), viable(FU2, [-6, 5, -22])]);
    expect(resolveOffset(aligned, FU1, FU2)).toEqual([-18, 13, -57]);
    expect(Object.keys(aligned)).toHaveLength(2);
  });

  it('pairs calipers of the same kind first', () => {
    const whole: LocatedCaliper = { series: BL, centreMm: [5, 5, 5], kind: 'wholeDiameter' };
    const aligned = withLesionLandmarks({}, [whole, viable(BL, [0, 0, 0]), viable(FU1, [12, -8, 35])]);
    expect(resolveOffset(aligned, BL, FU1)).toEqual([12, -8, 35]);
  });

  it('leaves one timepoint alone: nothing to pair', () => {
    expect(withLesionLandmarks({}, [viable(BL, [0, 0, 0]), viable(BL_PV, [1, 1, 1])])).toEqual({});
  });
});
