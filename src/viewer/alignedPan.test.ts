import { describe, expect, it } from 'vitest';
import { alignedFocalPointMm, centresOffsetMm, imageCentreMm } from './alignedPan';

const close = (actual: number[], expected: number[]) => actual.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 9));

describe('alignedFocalPointMm: pan mapped through the alignment', () => {
  it('centres the follower on the leader centre moved by the offset, in the follower plane (axial)', () => {
    // Follow-up table shifted 12 mm left, 8 mm anterior, 35 mm caudal: the same anatomy sits there.
    const focal = alignedFocalPointMm([10, 20, -50], [12, -8, 35], [0, 0, -10], [0, 0, 1]);
    close(focal, [22, 12, -10]);
  });

  it('is not the pan copied as-is: two panes with different offsets land on different points', () => {
    const a = alignedFocalPointMm([10, 20, 0], [0, 0, 0], [0, 0, 0], [0, 0, 1]);
    const b = alignedFocalPointMm([10, 20, 0], [-6, 5, -22], [0, 0, 0], [0, 0, 1]);
    expect(b[0] - a[0]).toBeCloseTo(-6, 9);
    expect(b[1] - a[1]).toBeCloseTo(5, 9);
  });

  it('keeps the follower depth along an oblique normal', () => {
    const normal = [0, Math.SQRT1_2, Math.SQRT1_2];
    const follower = [1, 2, 3];
    const focal = alignedFocalPointMm([5, 5, 5], [1, -1, 2], follower, normal);
    const depth = (p: number[]) => p[0]! * normal[0]! + p[1]! * normal[1]! + p[2]! * normal[2]!;
    expect(depth(focal)).toBeCloseTo(depth(follower), 9);
    // In the plane, the follower sits where the leader centre maps to.
    const wanted = [6, 4, 7];
    const inPlane = (p: number[]) => {
      const d = depth(p);
      return p.map((v, i) => v - d * normal[i]!);
    };
    close(inPlane(focal), inPlane(wanted));
  });
});

describe('imageCentreMm and centresOffsetMm: a pan copied between panes that are not aligned', () => {
  const identity = [1, 0, 0, 0, 1, 0, 0, 0, 1];
  const ct = { origin: [-191.25, -191.25, 35], direction: identity, spacing: [1.5, 1.5, 2.5], dimensions: [256, 256, 1] };
  // A coronal image: rows along patient x, columns down patient z.
  const coronal = { origin: [-100, 20, 80], direction: [1, 0, 0, 0, 0, -1, 0, 1, 0], spacing: [0.5, 2, 1], dimensions: [401, 51, 1] };

  it('puts the centre half-way across the outermost pixel centres, along each direction', () => {
    close(imageCentreMm(ct), [0, 0, 35]);
    close(imageCentreMm({ ...ct, origin: [-63.75, 10, -20], spacing: [1, 1, 1] }), [63.75, 137.5, -20]);
    close(imageCentreMm(coronal), [0, 20, 30]);
  });

  it('moves the follower from its own image centre as the leader is from its own', () => {
    const follower = { ...ct, origin: [-300, -150, 500], spacing: [0.75, 0.75, 1] };
    const offset = centresOffsetMm(ct, follower);
    const leaderFocal = [12, -7, 35]; // panned 12 mm left and 7 mm anterior of its centre
    const focal = alignedFocalPointMm(leaderFocal, offset, [0, 0, 500], [0, 0, 1]);
    const followerCentre = imageCentreMm(follower);
    close(focal, [followerCentre[0] + 12, followerCentre[1] - 7, 500]);
  });

  it('is no shift between two images of the same grid', () => {
    close(centresOffsetMm(ct, { ...ct, origin: [-191.25, -191.25, 80] }), [0, 0, 45]);
  });
});
