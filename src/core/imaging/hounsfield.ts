/**
 * Hounsfield units from a CT pixel array: the modality LUT (RescaleSlope and
 * RescaleIntercept, PS3.3 C.11.1). The image loader may already have applied it
 * (its "pre-scaled" arrays), so the caller says which; the value is never guessed.
 */

/** How a pixel array's entries become HU. */
export interface ModalityLut {
  rescaleSlope: number;
  rescaleIntercept: number;
  /** True when the array already holds HU (the loader applied slope and intercept). */
  alreadyScaled: boolean;
}

/** HU of one pixel array entry. */
export function toHounsfield(arrayValue: number, lut: ModalityLut): number {
  return lut.alreadyScaled ? arrayValue : arrayValue * lut.rescaleSlope + lut.rescaleIntercept;
}
