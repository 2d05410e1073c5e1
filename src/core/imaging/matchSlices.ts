/**
 * Which non-contrast slice goes with each arterial slice of a subtraction: the
 * nearest by position along the slice normal, accepted only within half the
 * non-contrast slice thickness (the slab that slice images). Farther away it
 * shows other anatomy, and a difference would show structure, not enhancement.
 */
import { nearestSlice, type SliceStack } from '../registration/sliceMatching.ts';

/** The counterpart of one slice: an index into the other stack, or why there is none. */
export type SliceCounterpart =
  | { index: number; distanceMm: number }
  /** `nearestMm` is null when the other stack or this slice has no position. */
  | { index: null; nearestMm: number | null };

/** Float noise in positions written as decimal strings must not turn an exact half-thickness into a miss. */
const POSITION_SLACK_MM = 1e-3;

/**
 * For each point (a slice's ImagePositionPatient, in display order), the slice of
 * `other` nearest along its normal, if within `toleranceMm`.
 */
export function matchSlicesByPosition(points: ReadonlyArray<readonly number[] | undefined>, other: SliceStack, toleranceMm: number): SliceCounterpart[] {
  return points.map((point) => {
    const match = point && nearestSlice(point, other);
    if (!match) return { index: null, nearestMm: null };
    return match.distanceMm <= toleranceMm + POSITION_SLACK_MM ? match : { index: null, nearestMm: match.distanceMm };
  });
}

/** Half the slice thickness (else the spacing) of the slices matched against, mm; undefined when neither is known. */
export function matchToleranceMm(sliceThicknessMm: number | undefined, sliceSpacingMm: number | undefined): number | undefined {
  const slab = sliceThicknessMm && sliceThicknessMm > 0 ? sliceThicknessMm : sliceSpacingMm;
  return slab && slab > 0 ? slab / 2 : undefined;
}

/** First and last index that have a counterpart (the slices a subtraction can show), or undefined when none has. */
export function matchedRange(matches: readonly SliceCounterpart[]): { first: number; last: number } | undefined {
  const first = matches.findIndex((m) => m.index !== null);
  if (first < 0) return undefined;
  let last = matches.length - 1;
  while (matches[last]!.index === null) last--;
  return { first, last };
}
