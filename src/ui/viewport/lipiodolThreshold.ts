import { DEFAULT_LIPIODOL_THRESHOLD_HU, parseThresholdHu } from '../../core';

/** Where the reader's lipiodol threshold is remembered in this browser (one value for every pane). */
const STORAGE_KEY = 'viable.lipiodolThresholdHu';

export function rememberedThresholdHu(): number {
  try {
    return parseThresholdHu(localStorage.getItem(STORAGE_KEY) ?? '') ?? DEFAULT_LIPIODOL_THRESHOLD_HU;
  } catch {
    return DEFAULT_LIPIODOL_THRESHOLD_HU; // storage blocked: the default still works
  }
}

export function rememberThresholdHu(thresholdHu: number): void {
  try {
    localStorage.setItem(STORAGE_KEY, String(thresholdHu));
  } catch {
    // Storage blocked or full: the threshold holds for this page only.
  }
}
