/**
 * The window a series opens in when the reader has not chosen one in that pane
 * yet. Abdominal CT opens in the reader's abdominal preset (the liver window
 * unless they chose another), chest CT in the soft-tissue window; anything else
 * (MR, cone-beam CT of unknown region, other body parts) in the image's own window.
 */
import { WINDOW_PRESETS, type WindowPresetId } from './windowPresets';

/** What the header says about the region imaged. */
export interface RegionHints {
  Modality?: unknown;
  BodyPartExamined?: unknown;
  StudyDescription?: unknown;
  SeriesDescription?: unknown;
}

// Words of BodyPartExamined (PS3.16 CID 4031 uses ABDOMEN, LIVER, ABDOMENPELVIS…) and of
// free-text descriptions, English, German/French/Spanish/Italian abbreviations and Chinese/Japanese.
const ABDOMEN = /abd|liver|hepat|leber|foie|higado|fegato|肝|腹/i;
const CHEST = /chest|thorax|thorac|lung|poumon|torace|胸|肺/i;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The preset a CT series opens in, by region; 'header' when the region is not abdomen or chest, or not CT. */
export function openingPresetFor(hints: RegionHints, abdomenPreset: WindowPresetId): WindowPresetId {
  if (text(hints.Modality).toUpperCase() !== 'CT') return 'header';
  // The body part, when present, is the coded answer; descriptions are the fallback.
  for (const source of [hints.BodyPartExamined, `${text(hints.SeriesDescription)} ${text(hints.StudyDescription)}`]) {
    const words = text(source);
    if (ABDOMEN.test(words)) return abdomenPreset;
    if (CHEST.test(words)) return 'softTissue';
  }
  return 'header';
}

const STORAGE_KEY = 'viable.abdomenWindowPreset';
export const DEFAULT_ABDOMEN_PRESET: WindowPresetId = 'liver';

/** The preset abdominal CT opens in, as the reader last chose it in this browser. */
export function readAbdomenPreset(): WindowPresetId {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage blocked (private mode, policy): the built-in default.
  }
  return WINDOW_PRESETS.find((preset) => preset.id === saved)?.id ?? DEFAULT_ABDOMEN_PRESET;
}

export function saveAbdomenPreset(id: WindowPresetId): void {
  try {
    localStorage.setItem(STORAGE_KEY, id);
  } catch {
    // Not remembered; the choice still applies to series opened in this page.
  }
  chosen = id;
}

let chosen: WindowPresetId | undefined;

/** The reader's abdominal preset, read from storage once per page. */
export function abdomenPreset(): WindowPresetId {
  chosen ??= readAbdomenPreset();
  return chosen;
}
