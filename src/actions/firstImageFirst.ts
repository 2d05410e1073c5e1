import { findStack, selectIndex, type AppState, type AppStore } from '../store';
import { afterFirstImageRound, preloadImage, toViewportStack } from '../viewer';
import { nextTask } from './nextTask';

/**
 * Longest the scan waits for the first image: the image of a huge multi-frame
 * file may take longer to decode, and a pane that never reports must not stall it.
 */
export const FIRST_IMAGE_HOLD_MAX_MS = 1000;

/**
 * Resolves once no pick's first image is on its way, or after {@link FIRST_IMAGE_HOLD_MAX_MS}:
 * for work the reader does not need before that image (opening the patient's assessment,
 * mounting the side panels and the header's tools), which would otherwise hold the page's
 * thread between the pick and that image.
 */
export function afterFirstImageShown(): Promise<void> {
  return afterFirstImageRound(FIRST_IMAGE_HOLD_MAX_MS);
}

/**
 * Keeps a scan's header reads out of the way of the first image. Reading hundreds
 * of heads occupies the main thread (each File.slice is a round trip to the
 * browser process) and queues the first image's own file read behind them, which
 * made the first image wait longer the larger the folder. So the scan's first
 * batch is read alone; when it found images and no pane shows anything yet (its
 * first stack is about to be shown), the next batches wait until that image is
 * drawn or has failed, or {@link FIRST_IMAGE_HOLD_MAX_MS} at most; otherwise they
 * go on at once.
 */
export interface FirstImageHold {
  /** For the scan's `holdBatch`: a promise to wait on before reading batch `batchIndex`, or undefined to read it now. */
  holdBatch(batchIndex: number): Promise<void> | undefined;
  /** Tells what a batch found; only the first batch's findings decide. */
  batchRead(foundImages: boolean): void;
}

export function createFirstImageHold(options: {
  /** Whether every pane is empty, so that the first images found will be shown. */
  panesEmpty: boolean;
  /** Settles once the first image is drawn or has failed (see startFirstImageRound). */
  firstImageShown: Promise<unknown>;
  /** Cancelling the scan releases what is held. */
  signal: AbortSignal;
  maxHoldMs?: number;
}): FirstImageHold {
  const { panesEmpty, firstImageShown, signal, maxHoldMs = FIRST_IMAGE_HOLD_MAX_MS } = options;
  let held = panesEmpty && !signal.aborted;
  let release = () => undefined as void;
  const gate = new Promise<void>((resolve) => {
    release = () => {
      held = false;
      resolve();
    };
  });
  signal.addEventListener('abort', release, { once: true });
  let firstBatchRead = false;
  return {
    holdBatch: (batchIndex) => (held && batchIndex > 0 ? gate : undefined),
    batchRead(foundImages) {
      if (firstBatchRead) return;
      firstBatchRead = true;
      if (!held || !foundImages) return release();
      const timer = setTimeout(release, maxHoldMs);
      void firstImageShown.finally(() => {
        clearTimeout(timer);
        // A task later: the image is drawn in an animation frame, and released in that frame's
        // microtasks the scan's next posts (their files' look-ups, 10-25 ms) ran before the frame
        // was laid out and painted, so the image reached the screen that much later.
        void nextTask().then(release);
      });
    },
  };
}

/** The image a pane opens a stack at when nothing asks for another one: its first. */
function firstImageIdOf(state: AppState, stackId: string): string | undefined {
  const context = findStack(selectIndex(state), stackId);
  return context && toViewportStack(context.stack, context.study, context.patient, '').imageIds[0];
}

/**
 * Starts decoding the first image of the next stack put in pane 1, at the moment
 * it is put there: the pane is then still being mounted (workspace, viewport,
 * tools), and joins this load instead of starting its own after. Returns the
 * function that stops watching (it stops by itself after one stack).
 */
export function preloadFirstStackShown(store: AppStore): () => void {
  const unsubscribe = store.subscribe((state, previous) => {
    const stackId = state.viewportStackIds[0];
    if (!stackId || stackId === previous.viewportStackIds[0]) return;
    unsubscribe();
    const imageId = firstImageIdOf(state, stackId);
    if (imageId) preloadImage(imageId);
  });
  return unsubscribe;
}
