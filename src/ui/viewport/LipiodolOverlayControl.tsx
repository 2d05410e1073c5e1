import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { huCalibration, parseThresholdHu } from '../../core';
import { SUBTRACTION_STACK_PREFIX } from '../../store';
import { huCalibrationText, type Locale } from '../../text';
import { LipiodolOverlay, type LipiodolOverlayStatus, type StackViewportController, type ViewportStack } from '../../viewer';
import { useAppState } from '../hooks';
import { rememberedThresholdHu, rememberThresholdHu } from './lipiodolThreshold';

interface LipiodolOverlayControlProps {
  controller: StackViewportController | null;
  stack: ViewportStack;
}

/** Why a pane offers no overlay, in `locale`, or '' when it does. */
function unavailableReason(stack: ViewportStack, locale: Locale, onSubtraction: string): string {
  if (stack.stackId.startsWith(SUBTRACTION_STACK_PREFIX)) return onSubtraction;
  return huCalibrationText(huCalibration({ modality: stack.modality, seriesDescription: stack.seriesDescription, studyDescription: stack.studyDescription }), locale);
}

/**
 * The pane's "Lipiodol ≥ N HU" toggle, its threshold and the mask canvas over the
 * image. Dense lipiodol looks like arterial enhancement on CT; the mask shows
 * where it is so that a viable diameter is not drawn across oil.
 */
export function LipiodolOverlayControl({ controller, stack }: LipiodolOverlayControlProps) {
  const { t } = useTranslation('viewport');
  const locale = useAppState((state) => state.locale);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [enabled, setEnabled] = useState(false);
  const [thresholdHu, setThresholdHu] = useState(rememberedThresholdHu);
  const [draft, setDraft] = useState(String(thresholdHu));
  const [status, setStatus] = useState<LipiodolOverlayStatus | undefined>();
  const reason = useMemo(() => unavailableReason(stack, locale, t('lipiodol.onSubtraction')), [stack, locale, t]);
  const [overlay, setOverlay] = useState<LipiodolOverlay | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!controller || !canvas) return;
    const created = new LipiodolOverlay(() => controller.viewport, canvas, setStatus);
    setOverlay(created);
    return () => {
      created.destroy();
      setOverlay(null);
    };
  }, [controller]);

  const shown = enabled && reason === '';
  useEffect(() => overlay?.show(shown ? thresholdHu : undefined), [overlay, shown, thresholdHu]);

  const commitDraft = () => {
    const parsed = parseThresholdHu(draft);
    if (parsed === undefined) return setDraft(String(thresholdHu)); // not a number of HU: keep the old threshold
    setThresholdHu(parsed);
    setDraft(String(parsed));
    rememberThresholdHu(parsed);
  };

  return (
    <>
      <canvas ref={canvasRef} className="lipiodol-overlay" data-testid="lipiodol-overlay" data-marked-count={shown && status ? status.markedCount : undefined} />
      <div className="lipiodol-control" data-testid="lipiodol-control">
        <button
          type="button"
          data-testid="lipiodol-toggle"
          aria-pressed={shown}
          disabled={reason !== '' || !controller}
          title={reason || t('lipiodol.toggleTitle')}
          onClick={() => setEnabled(!enabled)}
        >
          {t('lipiodol.toggle')}
        </button>
        <input
          type="text"
          inputMode="numeric"
          aria-label={t('lipiodol.threshold')}
          data-testid="lipiodol-threshold"
          value={draft}
          disabled={reason !== ''}
          size={4}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commitDraft}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commitDraft();
            event.stopPropagation(); // digits and arrows are for the field, not slice navigation
          }}
        />
        HU
        {reason !== '' && <span className="lipiodol-unavailable" data-testid="lipiodol-unavailable">{reason}</span>}
        {shown && status && <span data-testid="lipiodol-count">{status.markedCount} px</span>}
      </div>
    </>
  );
}
