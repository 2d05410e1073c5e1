import { startTransition, useEffect, useState } from 'react';

/** Set on <html> once the workspace is mounted (its value: ms from navigation), hidden or shown; see App. */
export const WARMED_UP_ATTRIBUTE = 'data-warmed-up';

/** At most this long after the start page is drawn, the warm-up runs even if the page was never idle. */
const IDLE_TIMEOUT_MS = 1000;

/**
 * True from the first idle moment after mount (or after `round` changes): for work done ahead of the reader's
 * first pick (it takes the reader seconds to choose a folder), once the page is drawn.
 * A transition, so that rendering what it mounts yields to the reader's input (a click
 * on "Open folder" meanwhile is not held behind it).
 */
export function useIdleMount(round = 0): boolean {
  // The round whose idle moment has come: a new round waits for the next one.
  const [idleRound, setIdleRound] = useState<number | undefined>(undefined);
  useEffect(() => {
    const mount = () => startTransition(() => setIdleRound(round));
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(mount, 0);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(mount, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }, [round]);
  return idleRound === round;
}
