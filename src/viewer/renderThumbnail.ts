import { getShouldUseCPURendering, utilities } from '@cornerstonejs/core';
import { afterFirstImageRound } from './firstImageRound';

/**
 * Previews of a stack for the study browser, big enough to tell series apart.
 * Each is drawn as soon as its middle image can be read, without waiting for
 * the viewports: a reader picks the series from them. They render one at a
 * time at Cornerstone's thumbnail priority (below the image a viewport asks
 * for), so the image the reader waits for still comes first. While a pick's first
 * image is on its way they wait for it (at most {@link FIRST_IMAGE_WAIT_MS}): the
 * first stack's thumbnail read, decoded and drew another slice on the page's thread
 * just then.
 */
const CONCURRENT_THUMBNAILS = 1;

/** Longest a thumbnail waits for the first image of a pick (one that never shows must not hold them). */
const FIRST_IMAGE_WAIT_MS = 1000;

const queue: Array<() => Promise<void>> = [];
let running = 0;

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
      await afterFirstImageRound(FIRST_IMAGE_WAIT_MS);
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
    queue.push(job);
    pump();
  });
}
