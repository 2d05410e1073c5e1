import { describe, expect, it } from 'vitest';
import { alignedFocalPointMm } from './alignedPan';

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
