import type { StackViewport } from '@cornerstonejs/core';
import type { Vec3 } from './orientationMarkers';
import { pixelToWorld, readoutValue, worldToPixel, type PixelIndex, type PlaneGeometry } from './pixelGeometry';

/** What lies under the cursor: the pixel, its centre in patient mm, and its value. */
export interface Readout {
  pixel: PixelIndex;
  worldMm: Vec3;
  value: number;
  unit: 'HU' | '';
}

/**
 * Reads the pixel under a canvas point (CSS pixels) of a stack viewport.
 * The pixel is found from the same origin/direction/spacing Cornerstone used to
 * place the image, so the readout agrees with what is drawn in GPU and CPU mode.
 * The value comes from the image's pixel array; whether the loader already
 * applied RescaleSlope/Intercept is read from `preScale.scaled` rather than assumed.
 * The array is the voxel manager's: on the CPU path Cornerstone requantises a
 * float-rescaled image (e.g. 8-bit JPEG with RescaleSlope 8.03) to 16 bits there,
 * with its own slope and intercept, and leaves `getPixelData()` as it was.
 */
export function readoutAt(viewport: StackViewport, canvasPoint: [number, number]): Readout | undefined {
  const image = viewport.getCornerstoneImage();
  const geometry = planeGeometryOf(viewport);
  if (!image || !geometry) return undefined;
  const world = viewport.canvasToWorld(canvasPoint);
  const pixel = worldToPixel([world[0], world[1], world[2]], geometry);
  if (!pixel) return undefined;
  const pixels = image.voxelManager?.getScalarData() ?? image.getPixelData();
  // From the array itself: the CPU path's loads give colour as RGBA (4 samples) where numberOfComponents says 3.
  const samples = Math.max(1, Math.round(pixels.length / (image.rows * image.columns)));
  const arrayValue = pixels[(pixel.row * image.columns + pixel.column) * samples];
  if (arrayValue === undefined) return undefined;
  const { value, unit } = readoutValue(arrayValue, {
    modality: viewport.modality,
    rescaleSlope: image.slope ?? 1,
    rescaleIntercept: image.intercept ?? 0,
    alreadyScaled: image.preScale?.scaled === true,
  });
  // Report the pixel centre, not the raw cursor position: it is what the value belongs to.
  return { pixel, worldMm: pixelToWorld(pixel, geometry), value, unit };
}

/** The plane Cornerstone placed the current image on, or undefined before an image is shown. */
export function planeGeometryOf(viewport: StackViewport): PlaneGeometry | undefined {
  const data = viewport.getImageData();
  if (!data) return undefined;
  const { origin, direction, spacing, dimensions } = data;
  return {
    origin: [origin[0], origin[1], origin[2]],
    rowCosines: [direction[0], direction[1], direction[2]],
    columnCosines: [direction[3], direction[4], direction[5]],
    columnSpacingMm: spacing[0],
    rowSpacingMm: spacing[1],
    columns: dimensions[0],
    rows: dimensions[1],
  };
}
