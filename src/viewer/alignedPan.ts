import { addMm, dot, subtractMm, type PatientPointMm } from '../core';

/**
 * Where a follower pane's camera must look so that the anatomy at the centre of
 * the leading pane is at its centre too: the leader's focal point moved into the
 * follower's space by the alignment offset (`pointFollower = pointLeader +
 * offset`), keeping the follower's depth along its view-plane normal (which slice
 * it shows is the slice sync's business, not the pan's). Both points in patient
 * mm; `viewPlaneNormal` a unit vector.
 */
export function alignedFocalPointMm(
  leaderFocalMm: readonly number[],
  offsetMm: readonly number[],
  followerFocalMm: readonly number[],
  viewPlaneNormal: readonly number[],
): PatientPointMm {
  const shift = subtractMm(addMm(leaderFocalMm, offsetMm), followerFocalMm);
  const depth = dot(shift, viewPlaneNormal);
  return addMm(followerFocalMm, subtractMm(shift, viewPlaneNormal.map((n) => n * depth)));
}

/** What `imageCentreMm` needs of an image's geometry (Cornerstone's `IImageData` has it). */
export interface ImageGrid {
  origin: readonly number[];
  /** Row direction in [0..2], column direction in [3..5] (Cornerstone's `direction`). */
  direction: ArrayLike<number>;
  spacing: readonly number[];
  dimensions: readonly number[];
}

/** The patient point at the centre of an image, where a fitted camera looks. */
export function imageCentreMm({ origin, direction, spacing, dimensions }: ImageGrid): PatientPointMm {
  const alongRow = ((dimensions[0]! - 1) / 2) * spacing[0]!;
  const alongColumn = ((dimensions[1]! - 1) / 2) * spacing[1]!;
  return [0, 1, 2].map((i) => origin[i]! + direction[i]! * alongRow + direction[i + 3]! * alongColumn) as PatientPointMm;
}

/**
 * The offset that copies a pan as it is between panes that are not aligned: the
 * image centres taken as the same point, so the follower is panned from its image
 * centre as far, and in the same patient direction, as the leader is from its own.
 */
export function centresOffsetMm(leader: ImageGrid, follower: ImageGrid): PatientPointMm {
  return subtractMm(imageCentreMm(follower), imageCentreMm(leader));
}
