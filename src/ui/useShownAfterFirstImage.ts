import { useEffect, useState } from 'react';
import { afterFirstImageShown } from '../actions';

/**
 * Longest a part held back by `holdWhile` (a running scan) waits after the first image:
 * a large folder's scan takes tens of seconds, and its study browser fills in meanwhile.
 */
const HOLD_AT_MOST_MS = 1000;

/** Runs `then` once the browser has painted the next frame (after its rendering steps, in a task of its own). */
function afterNextPaint(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(then, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * `show`, except that a part turning from hidden to shown waits while a pick's first image
 * is on its way (see afterFirstImageShown: at most a second), and then for that image's
 * frame to be painted. For the parts of the workspace the reader does not need to see that
 * image: the side panels and the header's tools. Mounted at the pick and at the first stack,
 * they were rendered and laid out on the page's thread between the pick and the first image.
 * Mounted by an ordinary (urgent) update, not in a transition: the study browser, mounted in
 * a transition, stayed away for a whole 3000-file scan, whose updates kept interrupting it.
 * A part already shown stays shown; hidden, it goes at once.
 *
 * With `holdWhile` (a scan runs, a pane decodes its stack), the part also waits until it has
 * been false over a painted frame, or {@link HOLD_AT_MOST_MS} after the image at most:
 * mounting the side panels took the page's thread 100–150 ms, which a scan of a hundred
 * files waited for (a third of it), and then the decoding of its slices.
 */
export function useShownAfterFirstImage(show: boolean, holdWhile = false): boolean {
  const [shown, setShown] = useState(show);
  const [imagePainted, setImagePainted] = useState(false);
  const [heldLongEnough, setHeldLongEnough] = useState(false);
  // `holdWhile` has stayed false over a painted frame since the image.
  const [released, setReleased] = useState(false);
  if (!show && (shown || imagePainted || heldLongEnough || released)) {
    setShown(false);
    setImagePainted(false);
    setHeldLongEnough(false);
    setReleased(false);
  }
  if (holdWhile && released) setReleased(false);
  useEffect(() => {
    if (!show || shown || imagePainted) return;
    let cancelPaintWait: (() => void) | undefined;
    let cancelled = false;
    void afterFirstImageShown().then(() => {
      if (!cancelled) cancelPaintWait = afterNextPaint(() => setImagePainted(true));
    });
    return () => {
      cancelled = true;
      cancelPaintWait?.();
    };
  }, [show, shown, imagePainted]);
  useEffect(() => {
    if (!imagePainted || shown) return;
    const timer = setTimeout(() => setHeldLongEnough(true), HOLD_AT_MOST_MS);
    return () => clearTimeout(timer);
  }, [imagePainted, shown]);
  // A frame after the hold ends, unless it came back meanwhile: a scan's end, for one, is the
  // render in which the pane gets its whole stack, and its background decoding starts (a new
  // hold) only in that render's effects.
  useEffect(() => {
    if (!imagePainted || shown || holdWhile) return;
    return afterNextPaint(() => setReleased(true));
  }, [imagePainted, shown, holdWhile]);
  if (show && !shown && imagePainted && (released || heldLongEnough)) setShown(true);
  return show && shown;
}

/**
 * `show`, except that turning from hidden to shown waits for the next frame to be painted:
 * for a part mounted right after another, so that the two mounts are two tasks instead of
 * one long one. Hidden, it goes at once.
 */
export function useShownAfterNextPaint(show: boolean): boolean {
  const [shown, setShown] = useState(show);
  if (!show && shown) setShown(false);
  useEffect(() => {
    if (!show || shown) return;
    return afterNextPaint(() => setShown(true));
  }, [show, shown]);
  return show && shown;
}
