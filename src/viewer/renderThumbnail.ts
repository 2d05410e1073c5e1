import { Enums, getEnabledElement, getShouldUseCPURendering, utilities } from '@cornerstonejs/core';

/**
 * Small previews of a stack for the study browser. Thumbnails are extras: they
 * wait until a viewport has drawn its first image, then render one at a time at
 * Cornerstone's thumbnail priority, so they never hold up the image the reader
 * is waiting for or slow down scrolling.
 */
const CONCURRENT_THUMBNAILS = 1;
/** When no viewport ever draws (e.g. the first series cannot be decoded), thumbnails start anyway. */
const GATE_FALLBACK_MS = 5000;

let gate: Promise<void> | undefined;
const queue: Array<() => Promise<void>> = [];
let running = 0;

/** Resolves once any viewport on the page has rendered an image (or after a fallback delay). */
function firstViewportImage(): Promise<void> {
  gate ??= new Promise<void>((resolve) => {
    const timer = window.setTimeout(done, GATE_FALLBACK_MS);
    function done(): void {
      window.clearTimeout(timer);
      document.removeEventListener(Enums.Events.IMAGE_RENDERED, onRendered, true);
      resolve();
    }
    // IMAGE_RENDERED is dispatched on the viewport element without bubbling; a capture listener still sees it.
    function onRendered(event: Event): void {
      const element = (event as CustomEvent<{ element?: HTMLDivElement }>).detail?.element;
      const viewport = element ? getEnabledElement(element)?.viewport : undefined;
      if (viewport && 'getCornerstoneImage' in viewport && viewport.getCornerstoneImage()) done();
    }
    document.addEventListener(Enums.Events.IMAGE_RENDERED, onRendered, true);
  });
  return gate;
}

function pump(): void {
  while (running < CONCURRENT_THUMBNAILS && queue.length > 0) {
    const job = queue.shift()!;
    running++;
    void job().finally(() => {
      running--;
      pump();
    });
  }
}

/**
 * Draws `imageId` fitted into `canvas` at `sizePx` CSS pixels square. Resolves when
 * drawn; rejects when the image cannot be loaded. `signal` drops a job still queued
 * (its canvas left the page).
 */
export function renderThumbnail(canvas: HTMLCanvasElement, imageId: string, sizePx: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const job = async (): Promise<void> => {
      if (signal?.aborted) return reject(signal.reason);
      try {
        const ratio = window.devicePixelRatio || 1;
        canvas.width = Math.round(sizePx * ratio);
        canvas.height = Math.round(sizePx * ratio);
        // Same render path as the viewports, so the cached image suits both.
        await utilities.loadImageToCanvas({ canvas, imageId, useCPURendering: getShouldUseCPURendering() });
        resolve();
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    void firstViewportImage().then(() => {
      queue.push(job);
      pump();
    });
  });
}
