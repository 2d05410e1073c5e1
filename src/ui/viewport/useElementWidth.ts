import { useEffect, useState, type RefObject } from 'react';

/**
 * The element's clientWidth, CSS pixels, kept up to date by a ResizeObserver (0 until
 * first laid out). Reading clientWidth while rendering would force a synchronous
 * layout of the whole page on every render, which during a scan's updates cost
 * a long task each time.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    // Called after layout, so the read below costs nothing extra.
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
