import { rehearsalSeries } from '../dicom';
import type { AppStore } from '../store';
import { afterFirstImageShown } from './firstImageFirst';
import { openLocalFiles } from './openLocalFiles';
import { beginRehearsal, endRehearsal } from './rehearsal';

/** A few slices: enough for a stack, its prefetch and its thumbnail; a real CT's matrix. */
const REHEARSAL_SLICES = 4;
const REHEARSAL_MATRIX = 512;

/** Longest wait for an idle moment between the rehearsal's steps. */
const IDLE_TIMEOUT_MS = 500;

/** Events of the reader's own: the rehearsal gives way to the first of them. */
const READER_INPUT = ['pointerdown', 'keydown', 'dragenter', 'drop'] as const;

const idleMoment = () =>
  new Promise<void>((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS }) : setTimeout(resolve, 0)));

/**
 * While the start page waits for the reader (choosing a folder takes seconds), opens a tiny
 * synthetic series through the whole path of a pick (scan workers, index, first stack in the
 * hidden first pane, image loader and decoding worker, drawing, study browser) and closes it
 * again. A first pick in a cold page ran all that code for the first time: 100 ms more to its
 * first image than a later pick (150–167 against 40–64 ms), and a third more to decode a
 * hundred slices. Nothing of it is shown, announced or saved (see `rehearsal` in the store);
 * the reader's first input, pick or opening of anything ends it at once (see endRehearsal).
 */
export async function rehearseFirstPick(store: AppStore): Promise<void> {
  await idleMoment();
  const signal = beginRehearsal(store);
  if (!signal) return;
  const giveWay = () => endRehearsal(store);
  for (const type of READER_INPUT) window.addEventListener(type, giveWay, { capture: true });
  try {
    await openLocalFiles(store, rehearsalSeries(REHEARSAL_SLICES, REHEARSAL_MATRIX), { rehearsal: signal });
    if (signal.aborted) return;
    await afterFirstImageShown();
    // The side panels join a frame after the first image, the assessment panel a frame later,
    // the thumbnails and the prefetch after them: idle moments come once all that is done.
    for (let i = 0; i < 3 && !signal.aborted; i++) await idleMoment();
  } finally {
    for (const type of READER_INPUT) window.removeEventListener(type, giveWay, { capture: true });
    endRehearsal(store);
  }
}
