import type { AppStore } from '../store';
import { applyViewportPreset, type WindowPresetId } from '../viewer';

export type { WindowPresetId };

/** Puts a window preset (or the header's window) on the active pane, as a shortcut asks. */
export function applyWindowPreset(store: AppStore, preset: WindowPresetId): void {
  applyViewportPreset(`vp-${store.getState().activeViewportIndex}`, preset);
}
