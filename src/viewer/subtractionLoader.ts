/**
 * The `subtraction:` image loader: arterial minus non-contrast of the same study,
 * computed on demand from the two decoded slices (core's subtractSlices) and cached
 * by Cornerstone like any image. The derived image lies exactly on the arterial
 * slice's plane, so its geometry is the arterial image's: calipers drawn on it
 * measure the same millimetres, and the cursor reads HU of difference.
 */
import { imageLoader, metaData, utilities, type Types } from '@cornerstonejs/core';
import { subtractSlices, type ImagePlane, type ModalityLut } from '../core';
import { missingCounterpartText, parseSubtractionImageId, SUBTRACTION_SCHEME } from './subtractionImageId';

/**
 * Default window of a subtraction image: 0 HU (no enhancement) dark grey, the
 * ~100 HU of arterially enhancing HCC bright.
 */
const SUBTRACTION_WINDOW = { windowCenter: 60, windowWidth: 300 } as const;

/** Modules whose content differs from the arterial image's: the pixels are signed HU differences with no rescale. */
function ownModule(type: string, arterialImageId: string): unknown {
  switch (type) {
    case 'modalityLutModule':
      return { rescaleSlope: 1, rescaleIntercept: 0, rescaleType: 'HU' };
    case 'voiLutModule':
      return { windowCenter: [SUBTRACTION_WINDOW.windowCenter], windowWidth: [SUBTRACTION_WINDOW.windowWidth] };
    case 'imagePixelModule': {
      const arterial = metaData.get(type, arterialImageId) as Record<string, unknown> | undefined;
      return arterial && { ...arterial, bitsAllocated: 16, bitsStored: 16, highBit: 15, pixelRepresentation: 1, photometricInterpretation: 'MONOCHROME2', samplesPerPixel: 1 };
    }
    default:
      return undefined;
  }
}

/** Everything else (plane, series, study, patient, frame of reference) is the arterial image's. */
function subtractionMetadata(type: string, imageId: string): unknown {
  const source = parseSubtractionImageId(imageId);
  if (!source) return undefined;
  return ownModule(type, source.arterialImageId) ?? metaData.get(type, source.arterialImageId);
}

function planeOf(imageId: string, image: Types.IImage): ImagePlane {
  const plane = metaData.get('imagePlaneModule', imageId) as Types.ImagePlaneModule | undefined;
  if (!plane?.imagePositionPatient || !plane.rowCosines || !plane.columnCosines) throw new Error('a source slice has no position in the patient');
  const vec = (v: ArrayLike<number>): [number, number, number] => [v[0]!, v[1]!, v[2]!];
  return {
    origin: vec(plane.imagePositionPatient),
    rowCosines: vec(plane.rowCosines),
    columnCosines: vec(plane.columnCosines),
    columnSpacingMm: plane.columnPixelSpacing ?? image.columnPixelSpacing,
    rowSpacingMm: plane.rowPixelSpacing ?? image.rowPixelSpacing,
    columns: image.columns,
    rows: image.rows,
  };
}

/** The modality LUT of a loaded image; whether the loader already applied it is read, not assumed. */
export function modalityLutOf(image: Types.IImage): ModalityLut {
  return { rescaleSlope: image.slope ?? 1, rescaleIntercept: image.intercept ?? 0, alreadyScaled: image.preScale?.scaled === true };
}

function derivedImage(imageId: string, arterial: Types.IImage, differenceHu: Int16Array): Types.IImage {
  let minPixelValue = 0;
  let maxPixelValue = 0;
  for (const value of differenceHu) {
    if (value < minPixelValue) minPixelValue = value;
    if (value > maxPixelValue) maxPixelValue = value;
  }
  const { columns, rows } = arterial;
  const voxelManager = utilities.VoxelManager.createImageVoxelManager({ scalarData: differenceHu, width: columns, height: rows, numberOfComponents: 1 });
  return {
    imageId,
    referencedImageId: arterial.imageId,
    minPixelValue,
    maxPixelValue,
    slope: 1,
    intercept: 0,
    windowCenter: SUBTRACTION_WINDOW.windowCenter,
    windowWidth: SUBTRACTION_WINDOW.windowWidth,
    voiLUTFunction: arterial.voiLUTFunction,
    getPixelData: () => voxelManager.getScalarData(),
    getCanvas: undefined as never, // grey-scale: renderers read the pixel data
    rows,
    columns,
    height: rows,
    width: columns,
    color: false,
    rgba: false,
    numberOfComponents: 1,
    columnPixelSpacing: arterial.columnPixelSpacing,
    rowPixelSpacing: arterial.rowPixelSpacing,
    sliceThickness: arterial.sliceThickness,
    invert: false,
    photometricInterpretation: 'MONOCHROME2',
    sizeInBytes: differenceHu.byteLength,
    FrameOfReferenceUID: arterial.FrameOfReferenceUID,
    dataType: 'Int16Array',
    voxelManager,
  };
}

async function loadSubtraction(imageId: string): Promise<Types.IImage> {
  const source = parseSubtractionImageId(imageId);
  if (!source) throw new Error(`not a subtraction image id: ${imageId}`);
  if (source.nonContrastImageId === null) throw new Error(missingCounterpartText(source));
  const [arterial, nonContrast] = await Promise.all([
    // The sources' own load options (scaling) are the loader's defaults: modalityLutOf reads which were applied.
    imageLoader.loadAndCacheImage(source.arterialImageId),
    imageLoader.loadAndCacheImage(source.nonContrastImageId),
  ]);
  if (arterial.color || nonContrast.color) throw new Error('subtraction needs grey-scale CT images');
  const { differenceHu } = subtractSlices(
    { pixels: arterial.getPixelData(), plane: planeOf(source.arterialImageId, arterial), lut: modalityLutOf(arterial) },
    { pixels: nonContrast.getPixelData(), plane: planeOf(source.nonContrastImageId, nonContrast), lut: modalityLutOf(nonContrast) },
  );
  return derivedImage(imageId, arterial, differenceHu);
}

let registered = false;

/**
 * Registers the loader and its metadata provider, once. Done when the first
 * subtraction stack is built, since only those stacks hand out such ids.
 */
export function registerSubtractionLoader(): void {
  if (registered) return;
  registered = true;
  // Above the DICOM loader's providers, which know nothing of these ids.
  metaData.addProvider(subtractionMetadata, 10_000);
  imageLoader.registerImageLoader(SUBTRACTION_SCHEME, (imageId) => ({ promise: loadSubtraction(imageId) }));
}
