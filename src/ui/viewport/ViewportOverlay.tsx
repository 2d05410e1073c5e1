import { useTranslation } from 'react-i18next';
import { formatPersonName } from '../../dicom';
import { formatReadout, formatSeries, type Readout, type StackViewState, type ViewportStack } from '../../viewer';
import { ScaleBar } from './ScaleBar';

interface ViewportOverlayProps {
  stack: ViewportStack;
  state: StackViewState;
  readout: Readout | undefined;
  /** mm per screen pixel at the current zoom and the pane's width (CSS px), for the scale bar. */
  scale: { mmPerPixel: number | undefined; paneWidthPx: number };
}

/** Text drawn over the image: who and what is shown, where, how it is windowed, and the value under the cursor. */
export function ViewportOverlay({ stack, state, readout, scale }: ViewportOverlayProps) {
  const { t } = useTranslation(['viewport', 'common']);
  const { orientation, slice } = state;
  const phase = stack.phase === 'subtraction' ? t('overlay.subtractionPhase') : t(`common:phase.${stack.phase}`);
  // Im is 1-based; the slice position has one decimal like every mm on screen.
  const number = { number: state.sliceIndex + 1, count: state.imageCount };
  return (
    <div className="viewport-overlay" aria-live="off">
      <div className="viewport-corner top-left">
        <div data-testid="overlay-patient">
          {formatPersonName(stack.patientName)} · {stack.patientId}
        </div>
        <div data-testid="overlay-study">
          {stack.studyDate} · {stack.studyDescription}
        </div>
      </div>
      <div className="viewport-corner top-right">
        <div data-testid="overlay-series">{formatSeries(stack.seriesDescription, phase)}</div>
        {state.imageCount > 0 && (
          <div data-testid="overlay-slice">
            {slice ? t('overlay.sliceAt', { ...number, axis: slice.axis, positionMm: slice.positionMm.toFixed(1) }) : t('overlay.slice', number)}
          </div>
        )}
      </div>
      <div className="viewport-corner bottom-left">
        {readout && <div data-testid="overlay-readout">{formatReadout(readout)}</div>}
        {state.window && (
          // Rounded, as window settings are written on reports.
          <div data-testid="overlay-wl">{t('overlay.window', { width: Math.round(state.window.windowWidth), center: Math.round(state.window.windowCenter) })}</div>
        )}
        {state.screenPixelsPerMm !== undefined && (
          // 100% is one screen pixel per mm of patient space: the same percentage shows a lesion at the same size on every series.
          <div data-testid="overlay-zoom" title={t('overlay.zoomTitle')}>
            {t('overlay.zoom', { percent: Math.round(state.screenPixelsPerMm * 100) })}
          </div>
        )}
      </div>
      <div className="viewport-corner bottom-right">
        {stack.hasPixelSpacing ? (
          <ScaleBar {...scale} />
        ) : (
          <div className="viewport-warning" data-testid="calibration-warning">
            {t('overlay.noCalibration')}
          </div>
        )}
        {state.decodeNote && (
          <div className="viewport-warning" data-testid="decode-note">
            {t(`overlay.decodeNote.${state.decodeNote}`)}
          </div>
        )}
      </div>
      {orientation && (
        <>
          <div className="orientation-marker left" data-testid="orientation-left">{orientation.left}</div>
          <div className="orientation-marker right" data-testid="orientation-right">{orientation.right}</div>
          <div className="orientation-marker top" data-testid="orientation-top">{orientation.top}</div>
          <div className="orientation-marker bottom" data-testid="orientation-bottom">{orientation.bottom}</div>
        </>
      )}
    </div>
  );
}
