/**
 * Window presets for reading liver CT, and the DICOM linear VOI function
 * (PS3.3 C.11.2.1.2) that turns a window into the value range Cornerstone uses.
 * Kept free of Cornerstone so that the arithmetic is unit-tested in Node.
 */

export interface WindowLevel {
  windowWidth: number;
  windowCenter: number;
}

export interface VoiRange {
  lower: number;
  upper: number;
}

export type WindowPresetId = 'header' | 'liver' | 'abdomen' | 'softTissue' | 'bone' | 'lung';

/** A preset; its name is in the `viewport` catalogue under `preset.<id>`. */
export interface WindowPreset {
  id: WindowPresetId;
  /** Undefined for 'header': the image's own WindowCenter/WindowWidth. */
  window?: WindowLevel;
}

export const WINDOW_PRESETS: readonly WindowPreset[] = [
  { id: 'header' },
  // Narrow liver window: arterial enhancement of viable tumour vs. parenchyma is a few tens of HU.
  { id: 'liver', window: { windowWidth: 150, windowCenter: 90 } },
  { id: 'abdomen', window: { windowWidth: 400, windowCenter: 40 } },
  { id: 'softTissue', window: { windowWidth: 350, windowCenter: 50 } },
  { id: 'bone', window: { windowWidth: 1800, windowCenter: 400 } },
  { id: 'lung', window: { windowWidth: 1500, windowCenter: -600 } },
];

/** The DICOM linear VOI function's value range; identical to Cornerstone's `windowLevel.toLowHighRange`. */
export function voiRangeFromWindow({ windowWidth, windowCenter }: WindowLevel): VoiRange {
  return {
    lower: windowCenter - 0.5 - (windowWidth - 1) / 2,
    upper: windowCenter - 0.5 + (windowWidth - 1) / 2,
  };
}

/** Inverse of {@link voiRangeFromWindow}, so that a preset reads back as the numbers it was set with. */
export function windowFromVoiRange({ lower, upper }: VoiRange): WindowLevel {
  return { windowWidth: Math.abs(upper - lower) + 1, windowCenter: (lower + upper + 1) / 2 };
}

/** First value of a DICOM multi-valued number (WindowCenter may hold several windows), if finite. */
export function firstNumber(value: unknown): number | undefined {
  const first = Array.isArray(value) ? (value as unknown[])[0] : value;
  const n = typeof first === 'string' ? Number.parseFloat(first) : first;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}
