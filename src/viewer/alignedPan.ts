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
