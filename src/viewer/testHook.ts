/**
 * Test hook: `window.__viable.viewports[viewportId]` lets browser tests project
 * known patient coordinates to the canvas and jump to slices without guessing
 * pixel positions. It exposes geometry and navigation only, no pixel or patient
 * data beyond what the page already shows, so it stays in production builds,
 * where the e2e tests run.
 */
import { cache } from '@cornerstonejs/core';
import { annotation as annotationApi } from '@cornerstonejs/tools';
import { headerReparseCount } from './lazyHeader';
import type { Vec3 } from './orientationMarkers';

export interface ViewportTestHandle {
  /** CSS pixels relative to the viewport element. */
  worldToCanvas(worldMm: Vec3): [number, number];
  /** Where the centre of pixel (column, row) of the image on screen is drawn, CSS pixels; undefined before it is shown. */
  pixelToCanvas(pixel: { column: number; row: number }): [number, number] | undefined;
  getCurrentImageId(): string | undefined;
  getImageIds(): string[];
  scrollToIndex(index: number): void;
  /** The patient point at the centre of the pane (the camera's focal point), mm. */
  focalPointMm(): Vec3;
  /** Index of the slice nearest to a patient position (the stack's order, not InstanceNumber's). */
  sliceIndexNearest(worldMm: Vec3): Promise<number | undefined>;
}

interface ViableTestHooks {
  viewports: Record<string, ViewportTestHandle>;
  /** Indices of `imageIds` whose images are decoded in Cornerstone's cache: observes the background prefetch, never starts it. */
  cachedIndices(imageIds: string[]): number[];
  /** Empties Cornerstone's image cache, as its own limit would: a test then watches the prefetch fill it again. */
  purgeImageCache(): void;
  /** Headers parsed again from their kept bytes since the page loaded (see lazyHeader.ts): what a step cost in parsing. */
  headerReparses(): number;
  /** Where the viewer draws a caliper (its annotation's points, patient mm), to compare with what the store holds. */
  caliperPointsMm(id: string): number[][] | undefined;
  /** The image a caliper's annotation is drawn on (e.g. a subtraction image rather than the arterial one). */
  caliperImageId(id: string): string | undefined;
}

function caliperPointsMm(id: string): number[][] | undefined {
  return annotationApi.state.getAnnotation(id)?.data.handles?.points?.map((point) => [...point]);
}

function caliperImageId(id: string): string | undefined {
  return annotationApi.state.getAnnotation(id)?.metadata?.referencedImageId;
}

function cachedIndices(imageIds: string[]): number[] {
  return imageIds.flatMap((id, index) => (cache.isLoaded(id) ? [index] : []));
}

function purgeImageCache(): void {
  cache.purgeCache();
}

declare global {
  interface Window {
    __viable?: ViableTestHooks;
  }
}

/** Publishes `handle` for `viewportId`; the returned function removes it (only if still the same handle). */
export function registerViewportTestHandle(viewportId: string, handle: ViewportTestHandle): () => void {
  window.__viable ??= { viewports: {}, cachedIndices, purgeImageCache, headerReparses: headerReparseCount, caliperPointsMm, caliperImageId };
  const hooks = window.__viable;
  hooks.viewports[viewportId] = handle;
  return () => {
    if (hooks.viewports[viewportId] === handle) delete hooks.viewports[viewportId];
  };
}
