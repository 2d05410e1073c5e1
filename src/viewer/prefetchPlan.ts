/**
 * Which slices of a stack to decode ahead and which decoded images to drop,
 * as pure functions of the slice on screen: the reader looks at the slices
 * around the current one next, so those come first and stay longest.
 */

/** How far slice `index` lies from `current` in a stack of `count` (a current index outside the stack counts from its nearest end). */
export function sliceDistance(count: number, current: number, index: number): number {
  return Math.abs(index - Math.max(0, Math.min(count - 1, current)));
}

/**
 * The next slice to decode: the nearest to `current` for which `wanted` holds,
 * the one ahead before the one behind at equal distance (scrolling goes on the
 * way it went); undefined when none is wanted. The search starts `fromDistance`
 * away: a caller that knows every nearer slice unwanted asks only about the rest.
 */
export function nearestWanted(count: number, current: number, wanted: (index: number) => boolean, fromDistance = 0): number | undefined {
  const from = Math.max(0, Math.min(count - 1, current));
  for (let distance = fromDistance; distance < count; distance++) {
    const ahead = from + distance;
    const behind = from - distance;
    if (ahead >= count && behind < 0) return undefined;
    if (ahead < count && wanted(ahead)) return ahead;
    if (distance > 0 && behind >= 0 && wanted(behind)) return behind;
  }
  return undefined;
}

/**
 * The decoded slice to drop to make room for `candidate`: the cached slice
 * farthest from `current`, if it is farther than the candidate (otherwise the
 * cache already holds only nearer slices and nothing is dropped).
 */
export function farthestToEvict(cached: Iterable<number>, current: number, candidate: number): number | undefined {
  let farthest: number | undefined;
  for (const index of cached) {
    if (farthest === undefined || Math.abs(index - current) > Math.abs(farthest - current)) farthest = index;
  }
  return farthest !== undefined && Math.abs(farthest - current) > Math.abs(candidate - current) ? farthest : undefined;
}

/** What the browser says about the machine's memory (either may be missing outside Chromium). */
export interface MemoryHints {
  /** navigator.deviceMemory: RAM in GiB, rounded down to a power of two and capped at 8. */
  deviceMemoryGb?: number;
  /** performance.memory.jsHeapSizeLimit, bytes. */
  jsHeapSizeLimit?: number;
}

const GIB = 2 ** 30;
const MIN_BUDGET_BYTES = 256 * 2 ** 20;
const MAX_BUDGET_BYTES = 4 * GIB;
const UNKNOWN_MACHINE_BUDGET_BYTES = GIB;

/**
 * Bytes of decoded images to keep: a quarter of the RAM and half of the page's
 * heap limit, whichever is smaller (other tabs and the rest of the page need the
 * remainder), between 256 MiB (a 500-slice CT of 512 × 512 pixels) and 4 GiB.
 */
export function imageCacheBudgetBytes(hints: MemoryHints): number {
  const limits = [
    hints.deviceMemoryGb && hints.deviceMemoryGb > 0 ? (hints.deviceMemoryGb * GIB) / 4 : undefined,
    hints.jsHeapSizeLimit && hints.jsHeapSizeLimit > 0 ? hints.jsHeapSizeLimit / 2 : undefined,
  ].filter((limit): limit is number => limit !== undefined);
  const budget = limits.length > 0 ? Math.min(...limits) : UNKNOWN_MACHINE_BUDGET_BYTES;
  return Math.round(Math.max(MIN_BUDGET_BYTES, Math.min(MAX_BUDGET_BYTES, budget)));
}
