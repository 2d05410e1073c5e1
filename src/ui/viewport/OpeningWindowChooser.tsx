import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { abdomenPreset, saveAbdomenPreset, WINDOW_PRESETS, type WindowPresetId } from '../../viewer';

/**
 * The window abdominal CT opens in (liver unless the reader picks another),
 * remembered in this browser. It applies to series opened from now on: the panes
 * on screen keep the window the reader has.
 */
export function OpeningWindowChooser() {
  const { t } = useTranslation('viewport');
  const [preset, setPreset] = useState<WindowPresetId>(abdomenPreset);
  return (
    <label className="opening-window">
      {t('openingWindow.label')}{' '}
      <select
        data-testid="opening-window"
        title={t('openingWindow.title')}
        value={preset}
        onChange={(event) => {
          const id = event.target.value as WindowPresetId;
          saveAbdomenPreset(id);
          setPreset(id);
        }}
      >
        {WINDOW_PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {p.window ? t('openingWindow.option', { name: t(`preset.${p.id}`), width: p.window.windowWidth, center: p.window.windowCenter }) : t(`preset.${p.id}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
