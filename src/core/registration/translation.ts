/**
 * Rigid translation between two scans of one patient (e.g. baseline and a
 * follow-up with its own Frame of Reference), in patient LPS mm. Between two
 * CT visits the patient lies on the table the same way up, so a translation
 * (the table shift) is what separates them; rotation is left out on purpose:
 * one or two clicked landmarks cannot estimate it reliably.
 *
 * Convention everywhere: `offset` maps a point of scan A to the same anatomy
 * in scan B, `pointB = pointA + offset`.
 */
import { addMm, subtractMm } from '../geometry/vectors.ts';
import type { PatientPointMm } from '../measurements/types.ts';

/** The same anatomical point clicked in scan A and in scan B (LPS, mm). */
export interface LandmarkPair {
  aMm: PatientPointMm;
  bMm: PatientPointMm;
}

/**
 * The translation A → B from landmark pairs: the mean of `b − a`, which is the
 * least-squares translation, so clicking more pairs averages out click error.
 * Undefined without pairs.
 */
export function translationFromLandmarks(pairs: readonly LandmarkPair[]): PatientPointMm | undefined {
  if (pairs.length === 0) return undefined;
  const sum = pairs.reduce<PatientPointMm>((acc, pair) => addMm(acc, subtractMm(pair.bMm, pair.aMm)), [0, 0, 0]);
  return [sum[0] / pairs.length, sum[1] / pairs.length, sum[2] / pairs.length];
}

/** Where a point of scan A lies in scan B. */
export function applyOffset(pointMm: readonly number[], offsetMm: readonly number[]): PatientPointMm {
  return addMm(pointMm, offsetMm);
}

/** The offset B → A of an offset A → B. */
export function invertOffset(offsetMm: readonly number[]): PatientPointMm {
  // `0 - x` rather than `-x`: no −0 in saved files and equality checks.
  return [0 - offsetMm[0]!, 0 - offsetMm[1]!, 0 - offsetMm[2]!];
}

/**
 * "Link at the current level": the reader has brought both scans to the same
 * anatomical level, so the centres of the two slices on screen are taken as the
 * same point. Only the component along the slice normal is trustworthy (the
 * in-plane part is the field-of-view placement), but it is kept: it is the best
 * in-plane guess there is, and scrolling uses the normal component only.
 */
export function offsetFromSliceCentres(centreAMm: readonly number[], centreBMm: readonly number[]): PatientPointMm {
  return subtractMm(centreBMm, centreAMm);
}
