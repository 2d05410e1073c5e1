/**
 * Matching a point in space to a slice of a stack by position along the slice
 * normal, so that scrolling one pane can bring another to the same level. Works
 * on positions, never on indices: stacks may differ in spacing, be unevenly
 * spaced (missing slices) or run in the opposite direction.
 */
import type { PatientPointMm } from '../measurements/types.ts';
import { addMm, dot, type Orientation6 } from '../geometry/vectors.ts';

/** The slices of one stack as slice matching needs them: their positions along one normal, in display order. */
export interface SliceStack {
  normal: readonly number[];
  /** Position of each slice along `normal`, mm, in the stack's display order (any order, any spacing). */
  positionsMm: readonly number[];
}

/** The slice nearest to a point and how far the point is from its plane. */
export interface SliceMatch {
  index: number;
  /** Distance between the point and the slice plane along the normal, mm (≥ 0). */
  distanceMm: number;
}

/**
 * The slice of `stack` nearest to `targetMm` along the stack's normal. A linear
 * scan: stacks hold hundreds of slices, and it needs no sorted order. Ties go to
 * the earlier slice. Undefined for an empty stack.
 */
export function nearestSlice(targetMm: readonly number[], stack: SliceStack): SliceMatch | undefined {
  const target = dot(targetMm, stack.normal);
  let best: SliceMatch | undefined;
  stack.positionsMm.forEach((position, index) => {
    const distanceMm = Math.abs(position - target);
    if (!best || distanceMm < best.distanceMm) best = { index, distanceMm };
  });
  return best;
}

/**
 * Centre of an image plane in patient mm, from the first pixel's centre
 * (ImagePositionPatient), the orientation, the image size and PixelSpacing
 * ([between rows, between columns]).
 */
export function sliceCentreMm(
  imagePositionMm: readonly number[],
  orientation: Orientation6,
  rows: number,
  columns: number,
  pixelSpacingMm: readonly [number, number],
): PatientPointMm {
  const [r0, r1, r2, c0, c1, c2] = orientation;
  // Along a row the column index grows (spacing between columns); down a column the row index grows.
  const alongRow = ((columns - 1) / 2) * pixelSpacingMm[1];
  const alongColumn = ((rows - 1) / 2) * pixelSpacingMm[0];
  return addMm(imagePositionMm, [r0 * alongRow + c0 * alongColumn, r1 * alongRow + c1 * alongColumn, r2 * alongRow + c2 * alongColumn]);
}
