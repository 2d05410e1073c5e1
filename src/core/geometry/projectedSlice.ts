/**
 * Where a caliper drawn on one series is shown on another series of the same
 * study: on the slice nearest its plane, and only when that slice lies within
 * half a slice thickness of it (a caliper between two thick slices, or outside
 * the stack, belongs to neither). Positions are patient mm, so series with
 * other spacing, direction or count of slices match by place, never by index.
 */
import type { PatientPointMm } from '../measurements/types.ts';
import { nearestSlice, type SliceStack } from '../registration/sliceMatching.ts';

/** Centre of a caliper's points (its plane's position for the slice match), mm. */
export function pointsCentreMm(pointsMm: readonly PatientPointMm[]): PatientPointMm {
  const sum = pointsMm.reduce<PatientPointMm>((acc, p) => [acc[0] + p[0], acc[1] + p[1], acc[2] + p[2]], [0, 0, 0]);
  const n = Math.max(1, pointsMm.length);
  return [sum[0] / n, sum[1] / n, sum[2] / n];
}

/**
 * The index of the slice of `stack` on which a caliper with `pointsMm` is shown,
 * or undefined when no slice lies within `sliceThicknessMm / 2` of its centre.
 */
export function projectedSliceIndex(pointsMm: readonly PatientPointMm[], stack: SliceStack, sliceThicknessMm: number): number | undefined {
  if (pointsMm.length === 0 || !(sliceThicknessMm > 0)) return undefined;
  const match = nearestSlice(pointsCentreMm(pointsMm), stack);
  // A hair of tolerance: positions come from decimal strings in the headers.
  return match && match.distanceMm <= sliceThicknessMm / 2 + 1e-6 ? match.index : undefined;
}
