/**
 * Orientation labels at the edges of a 2D image, from ImageOrientationPatient.
 * Patient coordinates are DICOM LPS: +x towards the patient's Left, +y Posterior, +z Head.
 */

export type Vec3 = readonly [number, number, number];

export interface OrientationLabels {
  left: string;
  right: string;
  top: string;
  bottom: string;
}

const POSITIVE = ['L', 'P', 'H'] as const;
const NEGATIVE = ['R', 'A', 'F'] as const;
const AXES = [0, 1, 2] as const;

/**
 * Components smaller than this are left out of the label. At 0.25 (about 15°) a
 * slightly tilted axial still reads "L"/"R", while a clearly oblique plane shows
 * two letters, dominant axis first, as radiologists expect.
 */
const OBLIQUE_THRESHOLD = 0.25;

/** Label of the patient direction a vector points to, e.g. (1,0,0) → "L", (0.7,0,-0.7) → "LF". */
export function directionLabel(v: Vec3): string {
  return AXES.filter((axis) => Math.abs(v[axis]) >= OBLIQUE_THRESHOLD)
    .sort((a, b) => Math.abs(v[b]) - Math.abs(v[a]))
    .map((axis) => (v[axis] > 0 ? POSITIVE : NEGATIVE)[axis])
    .join('');
}

function negate(v: Vec3): Vec3 {
  return [-v[0], -v[1], -v[2]];
}

/**
 * Labels at the four edges of an image shown unrotated: columns advance along the
 * row cosines (towards the right edge), rows along the column cosines (towards the bottom).
 */
export function orientationLabels(rowCosines: Vec3, columnCosines: Vec3): OrientationLabels {
  return {
    left: directionLabel(negate(rowCosines)),
    right: directionLabel(rowCosines),
    top: directionLabel(negate(columnCosines)),
    bottom: directionLabel(columnCosines),
  };
}

