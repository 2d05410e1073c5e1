import { utilities, type Types } from '@cornerstonejs/core';
import { convertColorSpace } from '@cornerstonejs/dicom-image-loader';

/** The frame fields that say how a colour pixel array is laid out. */
export interface ColourFrame {
  rows: number;
  columns: number;
  photometricInterpretation: string;
}

/**
 * The RGB samples (3 per pixel) of a colour frame whose array the loader left
 * in another shape, which the renderer rejects ("model.size is not a multiple
 * of model.numberOfComponents") with an uncaught error and a black pane:
 * - uncompressed YBR_FULL_422, 2 samples per pixel (Y1 Y2 Cb Cr per pixel pair),
 *   which the loader's check for 4:2:2 data does not recognise, so it never converts it;
 * - RGB whose pixel data carries the even-length padding byte (odd sizes, e.g. 3 × 3).
 * Undefined when the array already has 3 or 4 samples per pixel; throws, with
 * the sizes, when it has any other length.
 */
export function fitColourSamples(pixels: ArrayLike<number>, frame: ColourFrame): Uint8Array | undefined {
  const count = frame.rows * frame.columns;
  if (pixels.length === 3 * count || pixels.length === 4 * count) return undefined;
  const rgb = new Uint8Array(3 * count);
  if (frame.photometricInterpretation === 'YBR_FULL_422' && pixels.length === 2 * count && count % 2 === 0) {
    // The loader's converter, into a clamped view: out-of-gamut values saturate instead of wrapping.
    convertColorSpace({ ...frame, pixelData: pixels } as never, new Uint8ClampedArray(rgb.buffer), false);
    return rgb;
  }
  if (pixels.length === 3 * count + 1) {
    rgb.set(Array.prototype.slice.call(pixels, 0, 3 * count) as number[]);
    return rgb;
  }
  throw new Error(
    `colour pixel data has ${pixels.length} samples where ${frame.columns} × ${frame.rows} ${frame.photometricInterpretation} pixels need ${3 * count}`,
  );
}

/**
 * Gives a loaded colour image the RGB array {@link fitColourSamples} made, in place,
 * and takes away the loader's `getCanvas`: Cornerstone's CPU path draws through it at
 * the default colour window, and on first use it swaps the frame's RGB samples for
 * an RGBA copy, so that every later read of the pixels (the cursor readout) takes the
 * fourth sample for the next pixel's red, and the image holds its pixels twice.
 * Without it the CPU path draws from the samples through its colour LUT.
 */
export function withFittedColour(image: Types.IImage): Types.IImage {
  if (!image.color || !image.imageFrame) return image;
  (image as { getCanvas?: Types.IImage['getCanvas'] }).getCanvas = undefined;
  const { imageFrame } = image;
  const rgb = fitColourSamples(image.getPixelData(), {
    rows: image.rows,
    columns: image.columns,
    photometricInterpretation: imageFrame.photometricInterpretation,
  });
  if (!rgb) return image;
  // getPixelData() and the loader's getCanvas() (CPU rendering) both read imageFrame.pixelData.
  imageFrame.pixelData = rgb;
  imageFrame.pixelDataLength = rgb.length;
  image.numberOfComponents = 3;
  image.sizeInBytes = rgb.byteLength;
  image.voxelManager = utilities.VoxelManager.createImageVoxelManager({ scalarData: rgb, width: image.columns, height: image.rows, numberOfComponents: 3 });
  return image;
}
