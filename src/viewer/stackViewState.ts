import type { StackViewport, Types } from '@cornerstonejs/core';
import { decodeNote, type DecodedFrameInfo, type DecodeNote } from './decodeNote';
import type { LoadError } from './loadError';
import { planeGeometryTags } from './imageMetadata';
import { orientationLabels, type OrientationLabels, type Vec3 } from './orientationMarkers';
import { declaresPlaneGeometry, slicePosition, type SliceAxis } from './pixelGeometry';
import { windowFromVoiRange, type WindowLevel } from './windowPresets';

export type RenderState = 'idle' | 'loading' | 'rendered' | 'error';

/** What the pane shows around the image; a new object on every change, for React's useSyncExternalStore. */
export interface StackViewState {
  /** The stack this state describes (the array given to showStack), so a pane can tell a stale state from its new stack's. */
  imageIds: readonly string[];
  renderState: RenderState;
  /** Why nothing is shown when `renderState` is 'error'. */
  error?: LoadError;
  /** Index of the image on screen (0-based). */
  sliceIndex: number;
  /** Index being loaded after a scroll; equals `sliceIndex` once rendered. */
  targetIndex: number;
  imageCount: number;
  imageId?: string;
  window?: WindowLevel;
  /** 1 = image fitted to the pane (how the pane tells a fitted image from one the reader zoomed). */
  zoom: number;
  /**
   * Screen (CSS) pixels per millimetre of patient space: the zoom the reader sees,
   * the same physical scale on every series whatever its pixel spacing. On images
   * without PixelSpacing Cornerstone's world unit is the pixel, so this is screen
   * pixels per image pixel there.
   */
  screenPixelsPerMm?: number;
  invert: boolean;
  slice?: { axis: SliceAxis; positionMm: number };
  orientation?: OrientationLabels;
  /** A warning about how the image's pixels were decoded (see decodeNote). */
  decodeNote?: DecodeNote;
}

export const INITIAL_VIEW_STATE: StackViewState = {
  imageIds: [],
  renderState: 'idle',
  sliceIndex: 0,
  targetIndex: 0,
  imageCount: 0,
  zoom: 1,
  invert: false,
};

const PROBE_MM = 10;

/** Screen pixels between two points 10 mm apart in the view plane, per mm (works alike on GPU and CPU rendering). */
function screenPixelsPerMm(viewport: StackViewport): number | undefined {
  const { focalPoint, viewUp } = viewport.getCamera();
  if (!focalPoint || !viewUp) return undefined;
  const [x1, y1] = viewport.worldToCanvas(focalPoint);
  const probe: Types.Point3 = [focalPoint[0] + viewUp[0] * PROBE_MM, focalPoint[1] + viewUp[1] * PROBE_MM, focalPoint[2] + viewUp[2] * PROBE_MM];
  const [x2, y2] = viewport.worldToCanvas(probe);
  const pixels = Math.hypot(x2 - x1, y2 - y1) / PROBE_MM;
  return Number.isFinite(pixels) && pixels > 0 ? pixels : undefined;
}

/**
 * The state of a viewport that has just drawn its current image; undefined when
 * what was drawn is not that (no image yet, a scroll target still loading, or
 * the previous stack).
 * `fitZoom` is the viewport's `getZoom()` at the fitted camera.
 */
export function describeRenderedView(viewport: StackViewport, imageIds: readonly string[], fitZoom: number): StackViewState | undefined {
  const image = viewport.getCornerstoneImage();
  const index = viewport.getCurrentImageIdIndex();
  // The last check catches a re-render of the previous stack while a new one is still loading.
  if (!image || index !== viewport.getTargetImageIdIndex() || imageIds[index] !== image.imageId) return undefined;
  const { voiRange, invert } = viewport.getProperties();
  const { origin, direction } = viewport.getImageData() ?? {};
  // Cornerstone substitutes an axial plane at the origin for headers without one; letters and positions would then lie.
  const geometry =
    origin && direction && declaresPlaneGeometry(planeGeometryTags(image.imageId))
      ? {
          origin: [origin[0], origin[1], origin[2]] as Vec3,
          row: [direction[0], direction[1], direction[2]] as Vec3,
          column: [direction[3], direction[4], direction[5]] as Vec3,
        }
      : undefined;
  return {
    imageIds,
    renderState: 'rendered',
    sliceIndex: index,
    targetIndex: index,
    imageCount: imageIds.length,
    imageId: image.imageId,
    window: voiRange ? windowFromVoiRange(voiRange) : undefined,
    zoom: viewport.getZoom() / fitZoom,
    screenPixelsPerMm: screenPixelsPerMm(viewport),
    invert: invert === true,
    slice: geometry && slicePosition(geometry.origin, geometry.row, geometry.column),
    orientation: geometry && orientationLabels(geometry.row, geometry.column),
    decodeNote: decodeNote(image.imageFrame as DecodedFrameInfo | undefined),
  };
}
