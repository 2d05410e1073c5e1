import { useEffect, useState } from 'react';
import { afterFirstImageShown } from '../actions';

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
 */
export function useShownAfterFirstImage(show: boolean): boolean {
  const [shown, setShown] = useState(show);
  if (!show && shown) setShown(false);
  useEffect(() => {
    if (!show || shown) return;
    let cancelPaintWait: (() => void) | undefined;
    let cancelled = false;
    void afterFirstImageShown().then(() => {
      if (!cancelled) cancelPaintWait = afterNextPaint(() => setShown(true));
    });
    return () => {
      cancelled = true;
      cancelPaintWait?.();
    };
  }, [show, shown]);
  return show && shown;
}
