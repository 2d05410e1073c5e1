/**
 * Plane geometry of one image: patient coordinates (LPS, mm) ↔ pixel indices, and
 * the value a pixel reads as. Pure, so the arithmetic behind the cursor readout is
 * unit-tested without a browser.
 */
import { dot, toHounsfield, type ImagePlane } from '../core';
import type { Vec3 } from './orientationMarkers';

/** Where an image's pixels lie: the one plane type of core, under the name the viewer has used. */
export type PlaneGeometry = ImagePlane;

export interface PixelIndex {
  column: number;
  row: number;
}

/**
 * The pixel whose centre is nearest to `world`, or undefined outside the image.
 * The point is projected onto the image plane, so a point a fraction of a slice
 * off the plane (canvas picks never are exactly on it) still finds its pixel.
 */
export function worldToPixel(world: Vec3, g: PlaneGeometry): PixelIndex | undefined {
  const d: Vec3 = [world[0] - g.origin[0], world[1] - g.origin[1], world[2] - g.origin[2]];
  const column = Math.round(dot(d, g.rowCosines) / g.columnSpacingMm);
  const row = Math.round(dot(d, g.columnCosines) / g.rowSpacingMm);
  if (column < 0 || row < 0 || column >= g.columns || row >= g.rows) return undefined;
  return { column, row };
}

/** Patient coordinates of a pixel centre (PS3.3 C.7.6.2.1.1). */
export function pixelToWorld({ column, row }: PixelIndex, g: PlaneGeometry): Vec3 {
  const u = column * g.columnSpacingMm;
  const v = row * g.rowSpacingMm;
  const at = (i: 0 | 1 | 2) => g.origin[i] + u * g.rowCosines[i] + v * g.columnCosines[i];
  return [at(0), at(1), at(2)];
}

export type SliceAxis = 'x' | 'y' | 'z';

/**
 * Where a slice lies, as the patient coordinate along the axis closest to the
 * slice normal: z for axials, x for sagittals, y for coronals. Radiologists read
 * "z 35.0 mm" against the scanner's table position, so the sign is the patient
 * coordinate's, not the normal's.
 */
export function slicePosition(origin: Vec3, rowCosines: Vec3, columnCosines: Vec3): { axis: SliceAxis; positionMm: number } {
  const normal: Vec3 = [
    rowCosines[1] * columnCosines[2] - rowCosines[2] * columnCosines[1],
    rowCosines[2] * columnCosines[0] - rowCosines[0] * columnCosines[2],
    rowCosines[0] * columnCosines[1] - rowCosines[1] * columnCosines[0],
  ];
  const axis = ([0, 1, 2] as const).reduce((best, i) => (Math.abs(normal[i]) > Math.abs(normal[best]) ? i : best), 2 as 0 | 1 | 2);
  return { axis: (['x', 'y', 'z'] as const)[axis], positionMm: origin[axis] };
}

export interface ModalityScaling {
  modality: string;
  rescaleSlope: number;
  rescaleIntercept: number;
  /** True when the image loader already applied slope/intercept to the pixel array. */
  alreadyScaled: boolean;
}

/**
 * The value a radiologist reads for a pixel array entry: Hounsfield units for CT
 * (modality LUT applied, whether or not the loader did it), the stored value for
 * everything else (MR signal has no physical unit, so rescaling would only mislead).
 */
export function readoutValue(arrayValue: number, s: ModalityScaling): { value: number; unit: 'HU' | '' } {
  if (s.modality === 'CT') {
    return { value: toHounsfield(arrayValue, s), unit: 'HU' };
  }
  const stored = s.alreadyScaled && s.rescaleSlope !== 0 ? (arrayValue - s.rescaleIntercept) / s.rescaleSlope : arrayValue;
  return { value: stored, unit: '' };
}

/**
 * Whether a header states where its image lies. Cornerstone's metadata fills in
 * an axial identity plane at the origin when it does not, which would put false
 * orientation letters and slice positions on secondary captures and scanned films.
 * Enhanced multi-frame objects keep the plane in their functional groups.
 */
export function declaresPlaneGeometry(instance: Record<string, unknown> | undefined): boolean {
  if (!instance) return true; // no header to contradict Cornerstone's plane
  return ['ImageOrientationPatient', 'SharedFunctionalGroupsSequence', 'PerFrameFunctionalGroupsSequence'].some((k) => instance[k] != null);
}
