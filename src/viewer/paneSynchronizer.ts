import { Enums, type StackViewport } from '@cornerstonejs/core';
import { applyOffset, nearestSlice, type PatientPointMm, type SeriesRef } from '../core';
import { PredictionMarker } from './predictionMarker';
import { getRenderingEngine } from './renderingEngine';
import type { SyncPane } from './syncPane';
import { scrollViewportToImage } from './viewportRegistry';
import { ViewSync } from './viewSync';

/** Offset from one series' space to another's (`pointTo = pointFrom + offset`), or undefined when unrelated. */
export type OffsetResolver = (from: SeriesRef, to: SeriesRef) => PatientPointMm | undefined;

export interface PaneSyncOptions {
  /** Scrolling one pane scrolls the others to the same anatomical level. */
  slices: boolean;
  windowLevel: boolean;
  zoomPan: boolean;
}

const sameImageIds = (a: readonly string[], b: readonly string[]) => a === b || (a.length === b.length && a.every((id, i) => id === b[i]));

/** A point clicked in a pane in landmark mode, in that pane's patient space. */
export interface PickedPoint {
  viewportId: string;
  worldMm: PatientPointMm;
}

// Scrolls this synchroniser asked for, remembered so that their STACK_NEW_IMAGE is
// not taken for the reader's and echoed back (which would make panes fight over
// rounding when spacings differ). Entries expire in case a load never completes.
const ECHO_WINDOW_MS = 3000;

/**
 * Keeps the panes of a comparison in step. Cornerstone's own slice synchronizers
 * match slices within one Frame of Reference; follow-ups have their own, so this
 * one maps positions through the alignments (`OffsetResolver`). It listens in the
 * capture phase on the document, because Cornerstone's element events do not
 * bubble and panes come and go with the layout. Window and scale go through
 * Cornerstone's synchronizers (ViewSync), which a pane joins once it has drawn
 * its stack.
 */
export class PaneSynchronizer {
  private panes = new Map<string, SyncPane>();
  private options: PaneSyncOptions = { slices: true, windowLevel: false, zoomPan: false };
  private readonly expected = new Map<string, Map<number, number>>();
  private readonly markers = new Map<string, PredictionMarker>();
  /** Points to ring in panes still loading the stack they will show them on. */
  private readonly pendingMarkers = new Map<string, PatientPointMm>();
  private readonly viewSync: ViewSync;
  private picker: ((point: PickedPoint) => void) | null = null;

  constructor(private readonly resolveOffset: OffsetResolver) {
    this.viewSync = new ViewSync((fromViewportId, toViewportId) => {
      const from = this.panes.get(fromViewportId);
      const to = this.panes.get(toViewportId);
      return from && to ? this.resolveOffset(from.series, to.series) : undefined;
    });
    document.addEventListener(Enums.Events.STACK_NEW_IMAGE, this.onNewImage, true);
    document.addEventListener(Enums.Events.IMAGE_RENDERED, this.onRendered, true);
    document.addEventListener('mousedown', this.onMouseDown, true);
  }

  setPanes(panes: SyncPane[]): void {
    const previous = this.panes;
    this.panes = new Map(panes.map((pane) => [pane.viewportId, pane]));
    for (const [viewportId, pane] of previous) {
      const next = this.panes.get(viewportId);
      // The same stack handed again (e.g. Compare pressed while open) keeps its place: it would rejoin only at its next render.
      if (!next || !sameImageIds(next.imageIds, pane.imageIds)) this.viewSync.leave(viewportId);
    }
    for (const [viewportId, marker] of this.markers) {
      if (this.panes.get(viewportId) !== marker.pane) this.clearMarker(viewportId);
    }
  }

  setOptions(options: PaneSyncOptions): void {
    this.options = options;
    this.viewSync.setOptions(options.windowLevel, options.zoomPan);
  }

  /** While set, a click in a pane picks a point (and does nothing else). */
  setPicker(picker: ((point: PickedPoint) => void) | null): void {
    this.picker = picker;
  }

  /** The centre of the slice a pane shows, in its own space ("link at the current level"). */
  currentCentre(viewportId: string): PatientPointMm | undefined {
    const pane = this.panes.get(viewportId);
    const viewport = pane && this.viewportShowing(pane);
    return viewport ? pane.centresMm[viewport.getCurrentImageIdIndex()] : undefined;
  }

  /**
   * Brings a pane to the slice nearest `pointMm` (its own space) without moving
   * the others; with `marker`, rings the point there. A pane still loading its
   * stack opens at that slice. Returns the slice index.
   */
  goTo(viewportId: string, pointMm: PatientPointMm, marker = false): number | undefined {
    const pane = this.panes.get(viewportId);
    const match = pane && nearestSlice(pointMm, pane);
    if (!pane || !match) return undefined;
    this.clearMarker(viewportId);
    const viewport = this.viewportShowing(pane);
    if (!viewport || !this.viewSync.isMember(viewportId)) {
      if (marker) this.pendingMarkers.set(viewportId, pointMm);
      scrollViewportToImage(viewportId, pane.imageIds[match.index]!);
      return match.index;
    }
    if (marker && viewport) this.markers.set(viewportId, new PredictionMarker(pane, pointMm, viewport.element));
    this.scroll(pane, match.index);
    if (viewport) this.markers.get(viewportId)?.update(viewport);
    return match.index;
  }

  clearMarker(viewportId: string): void {
    this.pendingMarkers.delete(viewportId);
    this.markers.get(viewportId)?.remove();
    this.markers.delete(viewportId);
  }

  destroy(): void {
    document.removeEventListener(Enums.Events.STACK_NEW_IMAGE, this.onNewImage, true);
    document.removeEventListener(Enums.Events.IMAGE_RENDERED, this.onRendered, true);
    document.removeEventListener('mousedown', this.onMouseDown, true);
    for (const viewportId of [...this.markers.keys()]) this.clearMarker(viewportId);
    this.viewSync.destroy();
  }

  /** The pane's viewport if it still shows the pane's stack (a new stack may be loading). */
  private viewportShowing(pane: SyncPane): StackViewport | undefined {
    const viewport = getRenderingEngine().getViewport(pane.viewportId) as StackViewport | undefined;
    const ids = viewport?.getImageIds?.() ?? [];
    return ids.length === pane.imageIds.length && ids[0] === pane.imageIds[0] ? viewport : undefined;
  }

  private scroll(pane: SyncPane, index: number): void {
    const viewport = this.viewportShowing(pane);
    if (!viewport || viewport.getCurrentImageIdIndex() === index) return;
    const pending = this.expected.get(pane.viewportId) ?? new Map<number, number>();
    pending.set(index, Date.now());
    this.expected.set(pane.viewportId, pending);
    viewport.setImageIdIndex(index).catch(() => undefined); // failures arrive as IMAGE_LOAD_ERROR, shown by the pane
  }

  /** True (and forgotten) when this image change is one this class asked for. */
  private isEcho(viewportId: string, index: number): boolean {
    const pending = this.expected.get(viewportId);
    if (!pending) return false;
    const now = Date.now();
    for (const [i, at] of pending) if (now - at > ECHO_WINDOW_MS) pending.delete(i);
    return pending.delete(index);
  }

  private readonly onNewImage = (event: Event): void => {
    const { viewportId, imageIdIndex } = (event as CustomEvent<{ viewportId: string; imageIdIndex: number }>).detail;
    const source = this.panes.get(viewportId);
    if (!source || this.isEcho(viewportId, imageIdIndex) || !this.options.slices) return;
    const viewport = this.viewportShowing(source);
    // An image the reader has already scrolled past: only the slice they stop on leads.
    if (!viewport || viewport.getTargetImageIdIndex() !== imageIdIndex) return;
    const centre = source.centresMm[imageIdIndex];
    if (!centre) return;
    for (const target of this.panes.values()) {
      if (target === source) continue;
      const offset = this.resolveOffset(source.series, target.series);
      const match = offset && nearestSlice(applyOffset(centre, offset), target);
      if (match) this.scroll(target, match.index);
    }
  };

  private readonly onRendered = (event: Event): void => {
    const { viewportId } = (event as CustomEvent<{ viewportId: string }>).detail;
    const pane = this.panes.get(viewportId);
    const viewport = pane && this.viewportShowing(pane);
    if (!pane || !viewport) return;
    if (!this.viewSync.isMember(viewportId)) this.viewSync.join(viewportId, pane.windowGroup);
    const pendingMarker = this.pendingMarkers.get(viewportId);
    if (pendingMarker) {
      this.pendingMarkers.delete(viewportId);
      this.markers.set(viewportId, new PredictionMarker(pane, pendingMarker, viewport.element));
    }
    this.markers.get(viewportId)?.update(viewport);
  };

  private readonly onMouseDown = (event: MouseEvent): void => {
    if (!this.picker || event.button !== 0) return;
    for (const pane of this.panes.values()) {
      const viewport = this.viewportShowing(pane);
      if (!viewport || !viewport.element.contains(event.target as Node)) continue;
      // The click is a landmark, not the start of a W/L drag or a caliper.
      event.stopPropagation();
      event.preventDefault();
      const rect = viewport.element.getBoundingClientRect();
      const [x, y, z] = viewport.canvasToWorld([event.clientX - rect.left, event.clientY - rect.top]);
      this.picker({ viewportId: pane.viewportId, worldMm: [x, y, z] });
      return;
    }
  };
}
