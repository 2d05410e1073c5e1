import { cache, Enums, eventTarget, imageLoader, utilities, type StackViewport, type Types } from '@cornerstonejs/core';
import { utilities as toolUtilities } from '@cornerstonejs/tools';
import { addMm } from '../core';
import { planeGeometryOf, readoutAt, type Readout } from './cursorReadout';
import { headerWindow, modalityOf, regionHintsOf, transferSyntaxOf } from './imageMetadata';
import { abdomenPreset, openingPresetFor } from './openingWindow';
import { firstImageFailed, markFirstImagePhase } from './firstImageRound';
import { loadImageOnce } from './loadImageOnce';
import { describeLoadError, type LoadError } from './loadError';
import { extendShownStack } from './extendShownStack';
import type { Vec3 } from './orientationMarkers';
import { pixelToWorld, type PixelIndex } from './pixelGeometry';
import { observePaneSize } from './paneResize';
import { getRenderingEngine } from './renderingEngine';
import { StackPrefetcher } from './stackPrefetcher';
import { describeRenderedView, INITIAL_VIEW_STATE, type StackViewState } from './stackViewState';
import { createViewportToolGroup, type PrimaryToolName, type ViewportToolGroup } from './toolGroups';
import { voiRangeFromWindow, WINDOW_PRESETS, type VoiRange, type WindowLevel, type WindowPresetId } from './windowPresets';

/** A zoom this close to 1 (the fitted camera) counts as fitted. */
const FITTED_ZOOM_TOLERANCE = 0.005;

/**
 * One Cornerstone StackViewport on a DOM element, driven without React: it
 * enables the element on the shared engine, owns the viewport's tool group and
 * reports what is on screen after every IMAGE_RENDERED.
 */
export class StackViewportController {
  private state: StackViewState = INITIAL_VIEW_STATE;
  private readonly listeners = new Set<() => void>();
  private readonly toolGroup: ViewportToolGroup;
  private readonly stopObservingSize: () => void;
  private readonly prefetcher: StackPrefetcher;
  private imageIds: string[] = [];
  private destroyed = false;
  private cinePlaying = false;
  /**
   * `getZoom()` at the fitted camera. GPU viewports report zoom relative to the
   * fitted camera already; the CPU fallback reports display pixels per image
   * pixel. Dividing by the fitted value shows the same "100%" in both modes.
   */
  private fitZoom: number | undefined;
  /** The last window set by a preset or a W/L drag, re-asserted on each new slice (see onNewImage). */
  private userVoi: VoiRange | undefined;
  /** The window the stack opened in by its region (liver for abdominal CT…); undefined = the header's. */
  private openingVoi: VoiRange | undefined;
  /** True from showStack until its first image is drawn or has failed. */
  private firstImageLoading = false;
  /**
   * The stack whose background prefetch waits for its first image on screen: started
   * with the stack, its reads and parses ran on the page's thread before that image was drawn.
   */
  private prefetchAfterRender: string[] | undefined;
  /** A longer list for the stack whose first image is still loading (see growStack). */
  private grownWhileLoading: string[] | undefined;

  constructor(
    readonly viewportId: string,
    private readonly element: HTMLDivElement,
  ) {
    getRenderingEngine().enableElement({
      viewportId,
      element,
      type: Enums.ViewportType.STACK,
      defaultOptions: { background: [0, 0, 0] as Types.Point3 },
    });
    this.toolGroup = createViewportToolGroup(viewportId);
    this.prefetcher = new StackPrefetcher(element);
    element.addEventListener(Enums.Events.IMAGE_RENDERED, this.onRendered);
    element.addEventListener(Enums.Events.VOI_MODIFIED, this.onVoiModified);
    element.addEventListener(Enums.Events.STACK_NEW_IMAGE, this.onNewImage);
    eventTarget.addEventListener(Enums.Events.IMAGE_LOAD_ERROR, this.onLoadError);
    this.stopObservingSize = observePaneSize(element, { viewBeforeResize: this.viewBeforeResize });
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): StackViewState => this.state;

  get viewport(): StackViewport {
    return getRenderingEngine().getViewport(this.viewportId) as StackViewport;
  }

  /**
   * Shows `imageIds` from image `startIndex` (e.g. the active lesion's slice). That
   * image is loaded (into the cache, once: see loadImageOnce) before `setStack`,
   * because setStack resolves even when loading fails.
   */
  async showStack(imageIds: string[], startIndex = 0): Promise<void> {
    markFirstImagePhase('viewport-ready');
    this.stopCine();
    this.firstImageLoading = true;
    this.grownWhileLoading = undefined;
    try {
      await this.loadStack(imageIds, startIndex);
    } finally {
      if (this.imageIds === imageIds) this.firstImageLoading = false;
    }
    const grown = this.grownWhileLoading;
    this.grownWhileLoading = undefined;
    if (grown && !this.destroyed && this.imageIds === imageIds) await this.growStack(grown);
  }

  /**
   * Shows a longer list of the same stack, e.g. while a scan is still adding its
   * slices, without moving the reader: the image on screen (or being scrolled to)
   * stays, with its window, zoom and pan; only its index changes when slices were
   * inserted before it, and nothing is drawn again (see extendShownStack). While the
   * stack's first image is loading, the list waits for it; a stack that failed, or that
   * no longer holds the image, is shown anew.
   */
  async growStack(imageIds: string[]): Promise<void> {
    if (this.firstImageLoading) {
      this.grownWhileLoading = imageIds;
      return;
    }
    if (imageIds.length === this.imageIds.length && imageIds.every((id, i) => id === this.imageIds[i])) {
      this.imageIds = imageIds; // the same images (the index was rebuilt): nothing to load
      this.update({ ...this.state, imageIds });
      return;
    }
    const onScreen = this.imageIds[this.state.targetIndex];
    const at = onScreen === undefined ? -1 : imageIds.indexOf(onScreen);
    if (this.state.renderState === 'error' || this.state.renderState === 'idle' || at < 0) return this.showStack(imageIds);
    this.imageIds = imageIds;
    this.update({ ...this.state, imageIds, imageCount: imageIds.length, sliceIndex: at, targetIndex: at });
    if (!extendShownStack(this.viewport, imageIds, at)) {
      // The camera itself, not the view presentation: the CPU path restores a presentation's pan
      // in mm from the patient origin, moving any image not centred on it (see viewSync.ts).
      const camera = this.viewport.getCamera();
      const { voiRange, invert } = this.viewport.getProperties();
      await this.viewport.setStack(imageIds, at);
      if (this.destroyed || this.imageIds !== imageIds) return;
      this.viewport.setCamera(camera);
      this.viewport.setProperties({ voiRange, invert });
      this.viewport.render();
    }
    this.prefetcher.start(imageIds, at);
  }

  private async loadStack(imageIds: string[], startIndex: number): Promise<void> {
    const kept = this.viewKeptAcrossStacks();
    this.imageIds = imageIds;
    this.fitZoom = undefined;
    this.userVoi = undefined;
    this.openingVoi = undefined;
    this.prefetcher.stop();
    this.prefetchAfterRender = undefined;
    const start = Math.max(0, Math.min(imageIds.length - 1, Math.round(startIndex)));
    this.update({ ...INITIAL_VIEW_STATE, imageIds, renderState: 'loading', imageCount: imageIds.length, sliceIndex: start, targetIndex: start });
    const first = imageIds[start];
    if (!first) return this.fail({ code: 'noImages' });
    try {
      await loadImageOnce(first);
      if (this.destroyed || this.imageIds !== imageIds) return;
      markFirstImagePhase('first-image-loaded');
      await this.viewport.setStack(imageIds, start);
      this.prefetchAfterRender = imageIds;
    } catch (error) {
      if (this.destroyed || this.imageIds !== imageIds) return;
      return this.fail(describeLoadError(error, transferSyntaxOf(first)));
    }
    if (this.destroyed || this.imageIds !== imageIds) return;
    const opening = WINDOW_PRESETS.find((p) => p.id === openingPresetFor(regionHintsOf(first), abdomenPreset()))?.window;
    this.openingVoi = opening && voiRangeFromWindow(opening);
    // Only the window of the same modality: HU mean nothing on MR.
    const voi = kept.voi && kept.modality === modalityOf(first) ? kept.voi : this.openingVoi;
    if (voi) {
      this.userVoi = voi;
      this.viewport.setProperties({ voiRange: voi });
    }
    if (kept.parallelScale) {
      this.fitZoom = this.viewport.getZoom(); // setStack fitted the camera; zoom is reported against that
      this.viewport.setCamera({ parallelScale: kept.parallelScale });
    }
    this.viewport.render();
  }

  /**
   * What the reader set in this pane that the next stack keeps, as in a reading
   * room moving between timepoints: the window they chose (with the modality it was
   * chosen on) and, when they zoomed, the scale in millimetres per screen pixel (the
   * camera's parallel scale, half the pane's height in mm), so that a lesion appears
   * the same size on every series whatever its pixel spacing or field of view.
   * A fitted image leaves the next stack fitted: the scale of a stack the reader never
   * zoomed (e.g. the small field of a cone-beam CT shown first while a folder is
   * scanned) would open the next series enlarged, its lesions off-screen.
   */
  private viewKeptAcrossStacks(): { modality?: string; voi?: VoiRange; parallelScale?: number } {
    if (this.state.renderState !== 'rendered' || !this.state.imageId) return {};
    return {
      modality: modalityOf(this.state.imageId),
      voi: this.userVoi,
      parallelScale: this.zoomedByReader() ? this.viewport.getCamera().parallelScale : undefined,
    };
  }

  scrollToIndex(index: number): void {
    if (!this.viewport.getImageIds().length) return;
    const target = Math.max(0, Math.min(this.imageIds.length - 1, Math.round(index)));
    if (target === this.viewport.getTargetImageIdIndex()) return;
    this.update({ ...this.state, renderState: 'loading', error: undefined, targetIndex: target });
    this.prefetcher.setCurrent(target);
    this.viewport.setImageIdIndex(target).catch(() => undefined); // failures arrive as IMAGE_LOAD_ERROR
  }

  setWindow(window: WindowLevel): void {
    this.viewport.setProperties({ voiRange: voiRangeFromWindow(window) });
    this.viewport.render();
  }

  applyPreset(id: WindowPresetId): void {
    const preset = WINDOW_PRESETS.find((p) => p.id === id);
    const window = preset?.window ?? (this.state.imageId ? headerWindow(this.state.imageId) : undefined);
    if (window) this.setWindow(window);
    else {
      // No WindowCenter/Width in the header: fall back to Cornerstone's default (the pixel range).
      const invert = this.viewport.getProperties().invert;
      this.viewport.resetProperties();
      this.userVoi = undefined;
      this.viewport.setProperties({ invert });
      this.viewport.render();
    }
  }

  /** Fits the image to the pane and centres it, keeping W/L and invert. */
  fit(): void {
    this.fitZoom = undefined;
    this.viewport.resetCamera();
    this.viewport.render();
  }

  toggleInvert(): void {
    this.viewport.setProperties({ invert: !this.viewport.getProperties().invert });
    this.viewport.render();
  }

  /** Back to how the stack first appeared: its opening window (see openingWindow.ts), no invert, fitted. */
  reset(): void {
    this.viewport.resetProperties();
    this.userVoi = this.openingVoi;
    if (this.openingVoi) this.viewport.setProperties({ voiRange: this.openingVoi });
    this.fitZoom = undefined;
    this.viewport.resetCamera();
    this.viewport.render();
  }

  setActiveTool(toolName: PrimaryToolName): void {
    this.toolGroup.setActiveTool(toolName);
  }

  /**
   * Screen (CSS) pixels per mm of patient space along the image's rows, at the
   * current zoom; undefined before an image is shown. Square display pixels are
   * assumed, as Cornerstone draws them, so one number holds for both axes.
   */
  mmPerCanvasPixel(): number | undefined {
    const geometry = this.state.renderState === 'rendered' ? planeGeometryOf(this.viewport) : undefined;
    if (!geometry) return undefined;
    const probeMm = 100;
    const [x1, y1] = this.worldToCanvas(geometry.origin);
    const [x2, y2] = this.worldToCanvas(addMm(geometry.origin, geometry.rowCosines.map((v) => v * probeMm)));
    const px = Math.hypot(x2 - x1, y2 - y1);
    return px > 0 ? probeMm / px : undefined;
  }

  /**
   * Plays the stack as a loop at `framesPerSecond` (Cornerstone's cine) until
   * stopCine, another stack or the end of the pane. Returns false when there is
   * nothing to play (fewer than two images on screen).
   */
  playCine(framesPerSecond: number): boolean {
    if (this.state.renderState !== 'rendered' || this.imageIds.length < 2) return false;
    toolUtilities.cine.playClip(this.element, { framesPerSecond, loop: true });
    this.cinePlaying = true;
    return true;
  }

  stopCine(): void {
    if (!this.cinePlaying) return;
    this.cinePlaying = false;
    toolUtilities.cine.stopClip(this.element);
  }

  /** Pixel, patient position and value under a point in CSS pixels relative to the element. */
  readoutAt(canvasPoint: [number, number]): Readout | undefined {
    if (this.state.renderState !== 'rendered') return undefined;
    return readoutAt(this.viewport, canvasPoint);
  }

  worldToCanvas(world: Vec3): [number, number] {
    const [x, y] = this.viewport.worldToCanvas([world[0], world[1], world[2]]);
    return [x, y];
  }

  /** Where the centre of an image pixel is drawn, in CSS pixels; undefined before an image is shown. */
  pixelToCanvas(pixel: PixelIndex): [number, number] | undefined {
    const geometry = this.state.renderState === 'rendered' ? planeGeometryOf(this.viewport) : undefined;
    return geometry && this.worldToCanvas(pixelToWorld(pixel, geometry));
  }

  /**
   * Index of the slice nearest to a patient position, e.g. to show a lesion's
   * slice. Planes of `dicomfile:` images are known only once parsed, so the
   * stack's images not yet in the cache are loaded (as scrolling would) first;
   * those already there are not asked for again, which would read their headers.
   */
  async sliceIndexNearest(world: Vec3): Promise<number | undefined> {
    const viewport = this.viewport;
    const missing = viewport.getImageIds().filter((id) => !cache.isLoaded(id));
    await Promise.all(missing.map((id) => imageLoader.loadAndCacheImage(id, viewport.getLoaderImageOptions(id))));
    if (this.destroyed) return undefined;
    return utilities.getClosestStackImageIndexForPoint([world[0], world[1], world[2]], viewport) ?? undefined;
  }

  destroy(): void {
    this.stopCine();
    this.destroyed = true;
    this.prefetcher.stop();
    this.stopObservingSize();
    this.element.removeEventListener(Enums.Events.IMAGE_RENDERED, this.onRendered);
    this.element.removeEventListener(Enums.Events.VOI_MODIFIED, this.onVoiModified);
    this.element.removeEventListener(Enums.Events.STACK_NEW_IMAGE, this.onNewImage);
    eventTarget.removeEventListener(Enums.Events.IMAGE_LOAD_ERROR, this.onLoadError);
    this.toolGroup.destroy();
    getRenderingEngine().disableElement(this.viewportId);
    this.listeners.clear();
  }

  private readonly onRendered = (): void => {
    if (this.destroyed || this.state.renderState === 'error') return;
    this.fitZoom ??= this.viewport.getZoom();
    const next = describeRenderedView(this.viewport, this.imageIds, this.fitZoom);
    if (next) this.update(next);
    if (next?.renderState !== 'rendered') return;
    markFirstImagePhase('first-render');
    if (this.prefetchAfterRender === this.imageIds) {
      this.prefetchAfterRender = undefined;
      this.prefetcher.start(this.imageIds, this.state.targetIndex);
    }
  };

  /** Whether the image on screen is zoomed away from its fitted camera. */
  private zoomedByReader(): boolean {
    return Math.abs(this.state.zoom - 1) >= FITTED_ZOOM_TOLERANCE;
  }

  /**
   * Panes change size with the layout, the side panels and the window. A fitted image
   * is fitted again (a 1×1 → 2×2 switch would otherwise show it at half size); an image
   * the reader zoomed or panned keeps its scale in mm per screen pixel and the patient
   * point at the pane's centre (the CPU path scales a kept camera with the pane's width:
   * closing a side panel enlarged a zoomed image by 40 %).
   */
  private readonly viewBeforeResize = (): (() => void) | undefined => {
    if (this.destroyed || this.state.renderState !== 'rendered') return undefined;
    const [panX, panY] = this.viewport.getPan();
    if (!this.zoomedByReader() && Math.hypot(panX, panY) < 0.5) return () => this.fit();
    const camera = this.viewport.getCamera();
    const mmPerPixel = this.mmPerCanvasPixel();
    return () => {
      const now = this.mmPerCanvasPixel();
      const { parallelScale } = this.viewport.getCamera();
      if (this.destroyed || !mmPerPixel || !now || !parallelScale) return;
      // mm per screen pixel is proportional to the parallel scale at a given canvas size.
      this.viewport.setCamera({ parallelScale: (parallelScale * mmPerPixel) / now, focalPoint: camera.focalPoint, position: camera.position });
      this.viewport.render();
    };
  };

  private readonly onVoiModified = (event: Event): void => {
    const range = (event as CustomEvent<{ range?: VoiRange }>).detail?.range;
    if (range) this.userVoi = { lower: range.lower, upper: range.upper };
  };

  /**
   * Cornerstone's CPU fallback keeps drawing with the user's window on a new
   * slice but resets the window it reports (and the W/L tool starts from) to
   * the new image's header, right after this event. Setting it again in a
   * microtask, before the next frame, keeps report, tool and picture in step;
   * on the GPU path the window is already kept and this is a no-op.
   */
  private readonly onNewImage = (): void => {
    // Scrolls by the wheel, the keyboard or a linked pane all end here.
    this.prefetcher.setCurrent(this.viewport.getCurrentImageIdIndex());
    queueMicrotask(() => {
      const voi = this.userVoi;
      if (this.destroyed || !voi) return;
      const current = this.viewport.getProperties().voiRange;
      if (!current || current.lower !== voi.lower || current.upper !== voi.upper) {
        this.viewport.setProperties({ voiRange: voi }, true);
      }
    });
  };

  private readonly onLoadError = (event: Event): void => {
    const detail = (event as CustomEvent<{ imageId?: string; error?: unknown }>).detail;
    // Only the image the pane is waiting for: a failed prefetch of another slice is not this pane's error (yet).
    const viewport = this.viewport;
    if (this.destroyed || !detail?.imageId || detail.imageId !== viewport.getImageIds()[viewport.getTargetImageIdIndex()]) return;
    this.fail(describeLoadError(detail.error, transferSyntaxOf(detail.imageId)));
  };

  private fail(error: LoadError): void {
    firstImageFailed();
    this.update({ ...this.state, renderState: 'error', error });
  }

  private update(next: StackViewState): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}

