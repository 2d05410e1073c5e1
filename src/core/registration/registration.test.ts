import { describe, expect, it } from 'vitest';
import type { PatientPointMm } from '../measurements/types.ts';
import {
  applyOffset,
  invertOffset,
  nearestSlice,
  offsetFromSliceCentres,
  sliceCentreMm,
  translationFromLandmarks,
  type LandmarkPair,
} from './index.ts';
import { sliceNormal, type Orientation6 } from '../geometry/vectors.ts';

const AXIAL: Orientation6 = [1, 0, 0, 0, 1, 0];
const CORONAL: Orientation6 = [1, 0, 0, 0, 0, -1];
// The synthetic demo's table shifts (test-data ground truth): anatomy point p is at p + shift.
const FU1_SHIFT: PatientPointMm = [12, -8, 35];
const FU2_SHIFT: PatientPointMm = [-6, 5, -22];

const expectPoint = (actual: readonly number[] | undefined, expected: readonly number[]) => {
  expect(actual).toBeDefined();
  actual!.forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 9));
};

describe('translationFromLandmarks', () => {
  const cases: { name: string; pairs: LandmarkPair[]; expected: PatientPointMm | undefined }[] = [
    { name: 'no pair', pairs: [], expected: undefined },
    { name: 'one pair: the difference', pairs: [{ aMm: [1, 2, 3], bMm: [4, 6, 8] }], expected: [3, 4, 5] },
    {
      name: 'two pairs: the mean of the differences',
      pairs: [
        { aMm: [0, 0, 0], bMm: [10, 0, 30] },
        { aMm: [5, 5, 5], bMm: [17, 5, 39] },
      ],
      expected: [11, 0, 32],
    },
    {
      name: 'three noisy pairs around the FU1 shift average to it',
      pairs: [
        { aMm: [-75, 15, 35], bMm: [-63 + 0.6, 7, 70 - 1] },
        { aMm: [-95, 15, -45], bMm: [-83 - 0.6, 7 + 0.9, -10 + 2.5] },
        { aMm: [15.75, 38.25, 0], bMm: [27.75, 30.25 - 0.9, 35 - 1.5] },
      ],
      expected: FU1_SHIFT,
    },
    {
      name: 'demo T1 centres BL → FU2 give the FU2 shift',
      pairs: [{ aMm: [-75, 15, 35], bMm: [-81, 20, 13] }],
      expected: FU2_SHIFT,
    },
  ];
  it.each(cases)('$name', ({ pairs, expected }) => {
    const result = translationFromLandmarks(pairs);
    if (expected === undefined) expect(result).toBeUndefined();
    else expectPoint(result, expected);
  });
});

describe('applyOffset / invertOffset', () => {
  it('moves a baseline point to the follow-up and back', () => {
    const bl: PatientPointMm = [-74.25, 15.75, 35];
    const fu = applyOffset(bl, FU1_SHIFT);
    expectPoint(fu, [-62.25, 7.75, 70]);
    expectPoint(applyOffset(fu, invertOffset(FU1_SHIFT)), bl);
  });
  it('never writes −0', () => expect(Object.is(invertOffset([0, 1, 0])[0], -0)).toBe(false));
});

describe('sliceNormal', () => {
  it.each([
    { name: 'axial', orientation: AXIAL, expected: [0, 0, 1] },
    { name: 'coronal', orientation: CORONAL, expected: [0, 1, 0] },
    { name: 'sagittal', orientation: [0, 1, 0, 0, 0, -1] as Orientation6, expected: [-1, 0, 0] },
  ])('$name', ({ orientation, expected }) => expectPoint(sliceNormal(orientation), expected));
  it('is undefined for a degenerate orientation', () => expect(sliceNormal([1, 0, 0, 1, 0, 0])).toBeUndefined());
});

describe('nearestSlice', () => {
  const axial = (positionsMm: number[]) => ({ normal: [0, 0, 1], positionsMm });
  const cases = [
    { name: 'exactly on a slice', stack: axial([0, 2.5, 5, 7.5]), target: [9, 9, 5], index: 2, distanceMm: 0 },
    { name: 'between slices: the nearer', stack: axial([0, 2.5, 5, 7.5]), target: [0, 0, 3.4], index: 1, distanceMm: 0.9 },
    { name: 'halfway: the earlier slice', stack: axial([0, 2.5, 5]), target: [0, 0, 1.25], index: 0, distanceMm: 1.25 },
    { name: 'reversed order (superior first)', stack: axial([85, 82.5, 80, 77.5]), target: [0, 0, 80.4], index: 2, distanceMm: 0.4 },
    { name: 'unequal spacing (a missing slice)', stack: axial([0, 5, 10, 20, 25]), target: [0, 0, 16], index: 3, distanceMm: 4 },
    { name: 'unequal spacing, reversed', stack: axial([30, 27, 20, 19, 5]), target: [0, 0, 23], index: 2, distanceMm: 3 },
    { name: 'beyond the stack: the end slice', stack: axial([0, 5, 10]), target: [0, 0, -40], index: 0, distanceMm: 40 },
    { name: 'in-plane offset does not matter', stack: axial([0, 5, 10]), target: [500, -300, 5.2], index: 1, distanceMm: 0.2 },
    { name: 'coronal stack: position along y', stack: { normal: [0, 1, 0], positionsMm: [-10, 0, 10] }, target: [0, 7, 99], index: 2, distanceMm: 3 },
  ];
  it.each(cases)('$name', ({ stack, target, index, distanceMm }) => {
    const match = nearestSlice(target, stack);
    expect(match?.index).toBe(index);
    expect(match?.distanceMm).toBeCloseTo(distanceMm, 9);
  });
  it('empty stack: no match', () => expect(nearestSlice([0, 0, 0], axial([]))).toBeUndefined());
});

describe('the demo: scrolling the baseline finds the follow-up slice of the same anatomy', () => {
  // Baseline ART: 69 slices of 2.5 mm, superior first, z 85 … −85; a follow-up is the same scan moved by its table shift.
  const baselineZ = Array.from({ length: 69 }, (_, i) => 85 - 2.5 * i);
  it.each([
    { name: 'FU1', shift: FU1_SHIFT },
    { name: 'FU2', shift: FU2_SHIFT },
  ])('$name: every baseline slice maps to the slice with the same index', ({ shift }) => {
    const follow = { normal: [0, 0, 1], positionsMm: baselineZ.map((z) => z + shift[2]) };
    baselineZ.forEach((z, i) => {
      const match = nearestSlice(applyOffset([-75, 15, z], shift), follow);
      expect(match).toEqual({ index: i, distanceMm: 0 });
    });
  });
  it('without the offset, FU1 would be 14 slices off', () => {
    const follow = { normal: [0, 0, 1], positionsMm: baselineZ.map((z) => z + FU1_SHIFT[2]) };
    expect(nearestSlice([-75, 15, 35], follow)?.index).toBe(20 + 14);
  });
  it('a 5 mm follow-up stack: within half a slice of the truth', () => {
    const follow = { normal: [0, 0, 1], positionsMm: Array.from({ length: 35 }, (_, i) => 85 + FU1_SHIFT[2] - 5 * i) };
    for (const z of baselineZ) expect(nearestSlice(applyOffset([0, 0, z], FU1_SHIFT), follow)!.distanceMm).toBeLessThanOrEqual(2.5);
  });
});

describe('link at the current level', () => {
  it('the offset between two slice centres is the table shift when both show the same level', () => {
    const centreBl = sliceCentreMm([-191.25, -191.25, 35], AXIAL, 256, 256, [1.5, 1.5]);
    const centreFu = sliceCentreMm([-191.25 + 12, -191.25 - 8, 70], AXIAL, 256, 256, [1.5, 1.5]);
    expectPoint(centreBl, [0, 0, 35]);
    expectPoint(offsetFromSliceCentres(centreBl, centreFu), FU1_SHIFT);
  });
  it('slice centre of a coronal image with unequal pixel spacing', () => {
    // Rows run along −z, columns along +x; spacing [between rows 2, between columns 1].
    expectPoint(sliceCentreMm([0, 0, 0], CORONAL, 11, 21, [2, 1]), [10, 0, -10]);
  });
});
