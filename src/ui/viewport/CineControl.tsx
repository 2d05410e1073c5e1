import { Pause, Play } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../IconButton';

/** Frame rates offered, frames per second. */
export const CINE_RATES = [5, 10, 15, 20, 30] as const;

export interface CineProps {
  playing: boolean;
  fps: number;
  /** False when there is nothing to play (no image, or a single one). */
  canPlay: boolean;
  onToggle: () => void;
  onFpsChange: (fps: number) => void;
}

/** Play/pause through the pane's slices and the speed, in frames per second. */
export function CineControl({ playing, fps, canPlay, onToggle, onFpsChange }: CineProps) {
  const { t } = useTranslation('viewport');
  return (
    <span className="viewport-toolbar-group" role="group" aria-label={t('cine.group')}>
      <IconButton
        icon={playing ? Pause : Play}
        label={playing ? t('cine.pause') : t('cine.play')}
        title={playing ? t('cine.pauseTitle') : t('cine.playTitle')}
        data-testid="cine-toggle"
        aria-pressed={playing}
        disabled={!canPlay && !playing}
        onClick={onToggle}
      />
      <select
        className="cine-fps"
        data-testid="cine-fps"
        aria-label={t('cine.speed')}
        title={t('cine.speed')}
        value={fps}
        onChange={(event) => onFpsChange(Number(event.target.value))}
      >
        {CINE_RATES.map((rate) => (
          <option key={rate} value={rate}>
            {t('cine.rate', { fps: rate })}
          </option>
        ))}
      </select>
    </span>
  );
}
