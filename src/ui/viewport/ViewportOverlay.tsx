import { formatPersonName } from '../../dicom';
import {
  formatReadout,
  formatSeries,
  formatSlice,
  formatWindow,
  formatZoom,
  type Readout,
  type StackViewState,
  type ViewportStack,
} from '../../viewer';
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
  const { orientation } = state;
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
        <div data-testid="overlay-series">{formatSeries(stack.seriesDescription, stack.phaseLabel)}</div>
        {state.imageCount > 0 && <div data-testid="overlay-slice">{formatSlice(state.sliceIndex, state.imageCount, state.slice)}</div>}
      </div>
      <div className="viewport-corner bottom-left">
        {readout && <div data-testid="overlay-readout">{formatReadout(readout)}</div>}
        {state.window && <div data-testid="overlay-wl">{formatWindow(state.window.windowWidth, state.window.windowCenter)}</div>}
        {state.screenPixelsPerMm !== undefined && (
          <div data-testid="overlay-zoom" title="100% = one screen pixel per millimetre, on every series">
            {formatZoom(state.screenPixelsPerMm)}
          </div>
        )}
      </div>
      <div className="viewport-corner bottom-right">
        {stack.hasPixelSpacing ? (
          <ScaleBar {...scale} />
        ) : (
          <div className="viewport-warning" data-testid="calibration-warning">
            No calibration: distances in pixels, no scale bar
          </div>
        )}
        {state.decodeNote && (
          <div className="viewport-warning" data-testid="decode-note">
            {state.decodeNote}
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
