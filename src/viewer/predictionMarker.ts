import type { StackViewport } from '@cornerstonejs/core';
import { nearestSlice, type PatientPointMm } from '../core';
import type { SyncPane } from './syncPane';

/**
 * A small ring over a pane at a point the app predicts (where a lesion measured
 * at another timepoint should be), drawn as a DOM element over the canvas rather
 * than as an annotation: it is a hint, not something the reader can edit, save
 * or have counted as a caliper.
 */
export class PredictionMarker {
  private readonly element: HTMLDivElement;

  constructor(
    readonly pane: SyncPane,
    private readonly pointMm: PatientPointMm,
    host: HTMLElement,
  ) {
    this.element = document.createElement('div');
    this.element.className = 'prediction-marker';
    this.element.dataset.testid = 'prediction-marker';
    this.element.title = 'Expected position (from another timepoint)';
    Object.assign(this.element.style, {
      position: 'absolute',
      width: '24px',
      height: '24px',
      marginLeft: '-12px',
      marginTop: '-12px',
      border: '2px dashed #ffd400',
      borderRadius: '50%',
      pointerEvents: 'none',
      zIndex: '5',
      display: 'none',
    });
    host.appendChild(this.element);
  }

  /** Shows the ring only on the slice nearest the point, where it was projected. */
  update(viewport: StackViewport): void {
    const match = nearestSlice(this.pointMm, this.pane);
    const onSlice = match !== undefined && match.index === viewport.getCurrentImageIdIndex();
    if (!onSlice) {
      this.element.style.display = 'none';
      return;
    }
    const [x, y] = viewport.worldToCanvas([...this.pointMm]);
    Object.assign(this.element.style, { display: 'block', left: `${x}px`, top: `${y}px` });
    this.element.dataset.canvasX = String(Math.round(x));
    this.element.dataset.canvasY = String(Math.round(y));
  }

  remove(): void {
    this.element.remove();
  }
}
