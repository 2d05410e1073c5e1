/**
 * An alignment the reader did not have to make: a lesion measured at two
 * timepoints marks the same anatomy in both scans, so the centres of its
 * calipers are a landmark pair. Used to open a comparison already aligned at
 * that lesion; the reader's own alignments (link, clicked landmarks) win.
 */
import type { PatientPointMm } from '../measurements/types.ts';
import { resolveOffset, withLandmarkPair, type Alignments, type SeriesRef } from './alignments.ts';

/** A caliper of the lesion, reduced to where it is: its series and the centre of its (first) diameter. */
export interface LocatedCaliper {
  series: SeriesRef;
  centreMm: PatientPointMm;
  /** The caliper's kind: calipers of one kind (viable with viable) are paired first, their centres mark the same part. */
  kind: string;
}

/**
 * `alignments` plus one landmark pair (the two caliper centres) for every two
 * spaces of `calipers` that `alignments` cannot already relate, directly or by
 * chaining. Calipers of the same kind are paired before mixed kinds; earlier
 * calipers in the list before later ones.
 */
export function withLesionLandmarks(alignments: Alignments, calipers: readonly LocatedCaliper[]): Alignments {
  let result = alignments;
  for (const sameKind of [true, false]) {
    calipers.forEach((a, i) => {
      for (const b of calipers.slice(i + 1)) {
        if ((a.kind === b.kind) !== sameKind || resolveOffset(result, a.series, b.series)) continue;
        result = withLandmarkPair(result, a.series, b.series, { aMm: a.centreMm, bMm: b.centreMm });
      }
    });
  }
  return result;
}
