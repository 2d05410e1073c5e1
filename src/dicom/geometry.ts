import { dot } from '../core';
import type { Orientation6, Vec3 } from './types';

/** How a stack's slices lie in the patient. */
export type SliceOrientation = 'axial' | 'coronal' | 'sagittal' | 'oblique' | 'unknown';

// cos 35°: keeps gantry tilts (up to ~30°) axial while truly oblique planes stay oblique.
const MAIN_AXIS_MIN_COS = 0.82;

/** Names the plane whose normal is within ~35° of a patient axis; otherwise oblique. */
export function orientationOf(normal: Vec3 | undefined): SliceOrientation {
  if (!normal) return 'unknown';
  const [x, y, z] = normal.map(Math.abs) as Vec3;
  if (z >= MAIN_AXIS_MIN_COS) return 'axial';
  if (y >= MAIN_AXIS_MIN_COS) return 'coronal';
  if (x >= MAIN_AXIS_MIN_COS) return 'sagittal';
  return 'oblique';
}

/**
 * Direction in which the display index grows, for each plane (LPS): image 1 is the
 * most superior axial, the most anterior coronal, the most right sagittal slice,
 * the radiological convention, so that "down" (wheel, ArrowDown, PageDown) moves
 * toward the feet, the back and the patient's left.
 */
const DISPLAY_DIRECTION: Record<'axial' | 'coronal' | 'sagittal', Vec3> = {
  axial: [0, 0, -1],
  coronal: [0, 1, 0],
  sagittal: [1, 0, 0],
};

/**
 * +1 when a stack's display order runs along `normal` (ascending signed distance),
 * -1 when against it: the sign of the normal's dot product with the plane's
 * {@link DISPLAY_DIRECTION}. An oblique plane is treated as the main plane its
 * normal is closest to, so a tilted stack keeps its true normal and only the
 * direction flips.
 */
export function displaySign(normal: Vec3): 1 | -1 {
  const orientation = orientationOf(normal);
  const [x, y, z] = normal.map(Math.abs) as Vec3;
  const plane =
    orientation === 'axial' || orientation === 'coronal' || orientation === 'sagittal'
      ? orientation
      : z >= y && z >= x
        ? 'axial'
        : y >= x
          ? 'coronal'
          : 'sagittal';
  return dot(normal, DISPLAY_DIRECTION[plane]) >= 0 ? 1 : -1;
}

/** Same plane orientation, allowing for the rounding scanners apply to direction cosines. */
export function sameOrientation(a: Orientation6 | undefined, b: Orientation6 | undefined): boolean {
  if (!a || !b) return a === b;
  return a.every((value, i) => Math.abs(value - (b[i] ?? NaN)) < 1e-3);
}
