import { startTransition, useEffect, useState } from 'react';
import { afterFirstImageShown } from '../actions';

/**
 * `show`, except that a part turning from hidden to shown waits while a pick's first
 * image is on its way (at most a second, see afterFirstImageShown), and then mounts in a
 * transition (rendered in slices that yield to input). For the parts of the workspace the
 * reader does not need to see that image: the side panels and the header's tools. Mounted
 * at the pick and at the first stack, they were rendered and laid out on the page's thread
 * between the pick and the first image (React in one task at the first stack, style and
 * layout before the first render). A part already shown stays shown; hidden, it goes at once.
 */
export function useShownAfterFirstImage(show: boolean): boolean {
  const [shown, setShown] = useState(show);
  if (!show && shown) setShown(false);
  useEffect(() => {
    if (!show || shown) return;
    let cancelled = false;
    void afterFirstImageShown().then(() => {
      if (!cancelled) startTransition(() => setShown(true));
    });
    return () => {
      cancelled = true;
    };
  }, [show, shown]);
  return show && shown;
}
