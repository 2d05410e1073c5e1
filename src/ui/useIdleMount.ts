import { useEffect, useState } from 'react';

/** Set on <html> once the workspace is mounted (its value: ms from navigation), hidden or shown; see App. */
export const WARMED_UP_ATTRIBUTE = 'data-warmed-up';

/** At most this long after the start page is drawn, the warm-up runs even if the page was never idle. */
const IDLE_TIMEOUT_MS = 1000;

/**
 * True from the first idle moment after mount: for work done ahead of the reader's
 * first pick (it takes the reader seconds to choose a folder), once the page is drawn.
 */
export function useIdleMount(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(() => setIdle(true), 0);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(() => setIdle(true), { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }, []);
  return idle;
}
