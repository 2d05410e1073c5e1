/**
 * Vector arithmetic in patient coordinates (LPS, mm): the one copy every layer
 * uses (indexing, slice matching, registration, the viewer's pixel geometry).
 */
import type { PatientPointMm } from '../measurements/types.ts';

/** Image orientation (DICOM ImageOrientationPatient): row then column direction cosines. */
export type Orientation6 = readonly [number, number, number, number, number, number];

/** `a + b`, mm. */
export function addMm(a: readonly number[], b: readonly number[]): PatientPointMm {
  return [a[0]! + b[0]!, a[1]! + b[1]!, a[2]! + b[2]!];
}

/** `a − b`, mm. */
export function subtractMm(a: readonly number[], b: readonly number[]): PatientPointMm {
  return [a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!];
}

/** Dot product; with a unit vector `b`, the signed length of `a` along it, mm. */
export function dot(a: readonly number[], b: readonly number[]): number {
  return a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!;
}

/**
 * Unit normal of an image plane: row cosines × column cosines (PS3.3 C.7.6.2.1.1),
 * or undefined for a degenerate orientation. Slices are ordered along it rather
 * than along z, so reversed series, coronal/sagittal stacks and gantry tilt all
 * sort correctly; which way the display index runs is the caller's choice.
 */
export function sliceNormal(orientation: Orientation6): PatientPointMm | undefined {
  const [rx, ry, rz, cx, cy, cz] = orientation;
  const n: PatientPointMm = [ry * cz - rz * cy, rz * cx - rx * cz, rx * cy - ry * cx];
  const length = Math.hypot(...n);
  return length > 1e-6 ? [n[0] / length, n[1] / length, n[2] / length] : undefined;
}
