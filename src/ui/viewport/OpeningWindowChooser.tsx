import { useState } from 'react';
import { abdomenPreset, saveAbdomenPreset, WINDOW_PRESETS, type WindowPresetId } from '../../viewer';

/**
 * The window abdominal CT opens in (liver unless the reader picks another),
 * remembered in this browser. It applies to series opened from now on: the panes
 * on screen keep the window the reader has.
 */
export function OpeningWindowChooser() {
  const [preset, setPreset] = useState<WindowPresetId>(abdomenPreset);
  // Compact for the header at 1366 px: the words are in the options and the tooltip.
  return (
    <select
      className="opening-window"
      data-testid="opening-window"
      aria-label="Window abdominal CT opens in"
      title="The window abdominal CT series open in (remembered in this browser); chest CT opens in soft tissue, other images in their own window"
      value={preset}
      onChange={(event) => {
        const id = event.target.value as WindowPresetId;
        saveAbdomenPreset(id);
        setPreset(id);
      }}
    >
      {WINDOW_PRESETS.map((p) => (
        <option key={p.id} value={p.id}>
          Abd. CT: {p.label}
        </option>
      ))}
    </select>
  );
}
