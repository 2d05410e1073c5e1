// Pixel maths for the lipiodol overlay and the subtraction view (pure; no DOM or Cornerstone).
export { toHounsfield, type ModalityLut } from './hounsfield.ts';
export { DEFAULT_LIPIODOL_THRESHOLD_HU, MAX_LIPIODOL_THRESHOLD_HU, lipiodolMask, parseThresholdHu, type ThresholdMask } from './lipiodolMask.ts';
export { huCalibration, type HuCalibration, type HuSeriesInput } from './huCalibration.ts';
export type { ImagePlane } from './imagePlane.ts';
export { gridMapping, subtractSlices, type HuSlice, type SubtractionResult } from './subtractSlices.ts';
export { matchSlicesByPosition, matchToleranceMm, matchedRange, type SliceCounterpart } from './matchSlices.ts';
