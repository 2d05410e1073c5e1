/**
 * Keyboard slice navigation of a focused pane. ArrowUp/PageUp go towards the
 * first image, as in PACS viewers where the first image is the cranial one.
 */
const PAGE_SLICES = 10;

/** The slice index a key leads to, or undefined when the key does not navigate. */
export function sliceIndexForKey(key: string, current: number, imageCount: number): number | undefined {
  if (imageCount <= 0) return undefined;
  const last = imageCount - 1;
  const clamp = (i: number) => Math.max(0, Math.min(last, i));
  switch (key) {
    case 'ArrowUp':
      return clamp(current - 1);
    case 'ArrowDown':
      return clamp(current + 1);
    case 'PageUp':
      return clamp(current - PAGE_SLICES);
    case 'PageDown':
      return clamp(current + PAGE_SLICES);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}
