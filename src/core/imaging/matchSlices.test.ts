import { describe, expect, it } from 'vitest';
import { matchedRange, matchSlicesByPosition, matchToleranceMm } from './matchSlices.ts';

const AXIAL = [0, 0, 1];
/** Slice corners (ImagePositionPatient) at heights z, with an in-plane offset that must not matter. */
const at = (...z: number[]) => z.map((h) => [-190, -190, h]);

describe('matchSlicesByPosition', () => {
  it('pairs 2.5 mm arterial slices with the nearest 5 mm non-contrast slice within half its thickness', () => {
    const nonContrast = { normal: AXIAL, positionsMm: [85, 80, 75] };
    const matches = matchSlicesByPosition(at(85, 82.5, 80, 77.5, 75), nonContrast, 2.5);
    expect(matches.map((m) => m.index)).toEqual([0, 0, 1, 1, 2]);
    expect(matches[1]).toEqual({ index: 0, distanceMm: 2.5 });
  });

  it('reports slices with nothing near enough, with the nearest distance', () => {
    const matches = matchSlicesByPosition([...at(90, 60), undefined], { normal: AXIAL, positionsMm: [85, 80, 75] }, 2.5);
    expect(matches).toEqual([
      { index: null, nearestMm: 5 },
      { index: null, nearestMm: 15 },
      { index: null, nearestMm: null },
    ]);
  });

  it('matches by position, not by order, and through a table shift of the other stack', () => {
    // A non-contrast stack stored feet first.
    const matches = matchSlicesByPosition(at(120, 117.5), { normal: AXIAL, positionsMm: [110, 115, 120] }, 2.5);
    expect(matches.map((m) => m.index)).toEqual([2, 1]);
  });
});

describe('matchToleranceMm', () => {
  it('is half the slice thickness, else half the spacing', () => {
    expect(matchToleranceMm(5, 4)).toBe(2.5);
    expect(matchToleranceMm(undefined, 3)).toBe(1.5);
    expect(matchToleranceMm(0, undefined)).toBeUndefined();
  });
});

describe('matchedRange', () => {
  it('spans the first to the last slice with a counterpart', () => {
    const none = { index: null, nearestMm: 9 } as const;
    expect(matchedRange([none, { index: 0, distanceMm: 0 }, none, { index: 1, distanceMm: 0 }, none])).toEqual({ first: 1, last: 3 });
    expect(matchedRange([none])).toBeUndefined();
  });
});
