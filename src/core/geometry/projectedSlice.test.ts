import { describe, expect, it } from 'vitest';
import type { PatientPointMm } from '../measurements/types.ts';
import { pointsCentreMm, projectedSliceIndex } from './projectedSlice.ts';

// An axial stack along +z at 0, 2.5, 5 … 22.5 mm, and one running the other way.
const axial = { normal: [0, 0, 1], positionsMm: Array.from({ length: 10 }, (_, i) => i * 2.5) };
const reversed = { normal: [0, 0, 1], positionsMm: [...axial.positionsMm].reverse() };
const caliperAt = (z: number): PatientPointMm[] => [
  [10, 20, z],
  [30, 20, z],
];

describe('projectedSliceIndex', () => {
  it('finds the slice nearest the caliper, by position whatever the order', () => {
    expect(projectedSliceIndex(caliperAt(5), axial, 2.5)).toBe(2);
    expect(projectedSliceIndex(caliperAt(5), reversed, 2.5)).toBe(7);
    expect(projectedSliceIndex(caliperAt(6.2), axial, 2.5)).toBe(2);
  });

  it('shows it nowhere beyond half a slice thickness from every slice', () => {
    // Thin slices 5 mm apart: a caliper 2 mm from the nearest lies between them.
    const sparse = { normal: [0, 0, 1], positionsMm: [0, 5, 10] };
    expect(projectedSliceIndex(caliperAt(7), sparse, 2.5)).toBeUndefined();
    expect(projectedSliceIndex(caliperAt(6.25), sparse, 2.5)).toBe(1);
    expect(projectedSliceIndex(caliperAt(40), axial, 2.5)).toBeUndefined();
    expect(projectedSliceIndex(caliperAt(-1.3), axial, 2.5)).toBeUndefined();
  });

  it('uses the centre of a tilted caliper', () => {
    const tilted: PatientPointMm[] = [
      [0, 0, 4],
      [20, 0, 6],
    ];
    expect(pointsCentreMm(tilted)).toEqual([10, 0, 5]);
    expect(projectedSliceIndex(tilted, axial, 2.5)).toBe(2);
  });

  it('needs points and a thickness', () => {
    expect(projectedSliceIndex([], axial, 2.5)).toBeUndefined();
    expect(projectedSliceIndex(caliperAt(5), axial, 0)).toBeUndefined();
    expect(projectedSliceIndex(caliperAt(5), { normal: [0, 0, 1], positionsMm: [] }, 2.5)).toBeUndefined();
  });
});
