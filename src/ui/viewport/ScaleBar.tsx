import { useTranslation } from 'react-i18next';
import { scaleBarFor } from '../../viewer';

/** The longest a scale bar may be, CSS pixels, however wide the pane. */
const MAX_BAR_PX = 120;

/**
 * A bar of a round length in mm under the image, from the image's pixel spacing at
 * the current zoom. Drawn only when `mmPerPixel` is known: an image without
 * spacing gets no bar (the overlay says why), never a guessed one.
 */
export function ScaleBar({ mmPerPixel, paneWidthPx }: { mmPerPixel: number | undefined; paneWidthPx: number }) {
  const { t } = useTranslation('viewport');
  // Its corner takes at most half the pane (viewport.css); the bar stays inside it.
  const bar = scaleBarFor(mmPerPixel, Math.min(MAX_BAR_PX, paneWidthPx / 2 - 20));
  if (!bar) return null;
  return (
    <div className="scale-bar" data-testid="scale-bar" data-length-mm={bar.lengthMm} aria-label={t('overlay.scale', { lengthMm: bar.lengthMm })}>
      <div className="scale-bar-line" data-testid="scale-bar-line" style={{ width: `${bar.lengthPx}px` }} />
      <span>{bar.lengthMm} mm</span>
    </div>
  );
}
