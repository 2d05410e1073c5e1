import { useState } from 'react';
import { abdomenPreset, saveAbdomenPreset, WINDOW_PRESETS, type WindowPresetId } from '../../viewer';

/**
 * The window abdominal CT opens in (liver unless the reader picks another),
 * remembered in this browser. It applies to series opened from now on: the panes
 * on screen keep the window the reader has.
 */
export function OpeningWindowChooser() {
  const [preset, setPreset] = useState<WindowPresetId>(abdomenPreset);
  return (
    <label className="opening-window">
      Abdominal CT opens in{' '}
      <select
        data-testid="opening-window"
        title="Remembered in this browser; chest CT opens in soft tissue, other images in their own window"
        value={preset}
        onChange={(event) => {
          const id = event.target.value as WindowPresetId;
          saveAbdomenPreset(id);
          setPreset(id);
        }}
      >
        {WINDOW_PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {p.window ? `${p.label} (W${p.window.windowWidth} L${p.window.windowCenter})` : p.label}
          </option>
        ))}
      </select>
    </label>
  );
}
