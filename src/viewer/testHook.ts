/**
 * Test hook: `window.__viable.viewports[viewportId]` lets browser tests project
 * known patient coordinates to the canvas and jump to slices without guessing
 * pixel positions. It exposes geometry and navigation only, no pixel or patient
 * data beyond what the page already shows, so it stays in production builds,
 * where the e2e tests run.
 */
import type { Vec3 } from './orientationMarkers';

export interface ViewportTestHandle {
  /** CSS pixels relative to the viewport element. */
  worldToCanvas(worldMm: Vec3): [number, number];
  getCurrentImageId(): string | undefined;
  getImageIds(): string[];
  scrollToIndex(index: number): void;
  /** Index of the slice nearest to a patient position (the stack's order, not InstanceNumber's). */
  sliceIndexNearest(worldMm: Vec3): Promise<number | undefined>;
}

interface ViableTestHooks {
  viewports: Record<string, ViewportTestHandle>;
}

declare global {
  interface Window {
    __viable?: ViableTestHooks;
  }
}

/** Publishes `handle` for `viewportId`; the returned function removes it (only if still the same handle). */
export function registerViewportTestHandle(viewportId: string, handle: ViewportTestHandle): () => void {
  window.__viable ??= { viewports: {} };
  const hooks = window.__viable;
  hooks.viewports[viewportId] = handle;
  return () => {
    if (hooks.viewports[viewportId] === handle) delete hooks.viewports[viewportId];
  };
}
