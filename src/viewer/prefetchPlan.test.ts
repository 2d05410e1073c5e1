import { describe, expect, it } from 'vitest';
import { farthestToEvict, imageCacheBudgetBytes, nearestWanted } from './prefetchPlan';

/** Every slice in the order the prefetcher asks for them when none is cached. */
function decodeOrder(count: number, current: number): number[] {
  const taken = new Set<number>();
  for (let next = nearestWanted(count, current, (i) => !taken.has(i)); next !== undefined; next = nearestWanted(count, current, (i) => !taken.has(i))) {
    taken.add(next);
  }
  return [...taken];
}

const MIB = 2 ** 20;
const GIB = 2 ** 30;

describe('nearestWanted (prefetch order)', () => {
  it('goes outwards from the slice on screen, ahead before behind at equal distance', () => {
    expect(decodeOrder(7, 3)).toEqual([3, 4, 2, 5, 1, 6, 0]);
  });

  it('runs on to the far end once one end is reached', () => {
    expect(decodeOrder(6, 0)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(decodeOrder(6, 5)).toEqual([5, 4, 3, 2, 1, 0]);
    expect(decodeOrder(5, 1)).toEqual([1, 2, 0, 3, 4]);
  });

  it('skips what is cached or in flight and says when nothing is left', () => {
    const cached = new Set([3, 4, 2]);
    expect(nearestWanted(7, 3, (i) => !cached.has(i))).toBe(5);
    expect(nearestWanted(7, 3, () => false)).toBeUndefined();
    expect(nearestWanted(0, 0, () => true)).toBeUndefined();
  });

  it('re-prioritises when the reader scrolls: the next pick starts from the new slice', () => {
    const cached = new Set([10, 11, 9]);
    const wanted = (i: number) => !cached.has(i);
    expect(nearestWanted(100, 10, wanted)).toBe(12);
    expect(nearestWanted(100, 80, wanted)).toBe(80);
  });

  it('starts the search at a given distance, ahead before behind there too', () => {
    const asked: number[] = [];
    expect(nearestWanted(10, 5, (i) => (asked.push(i), i === 2), 3)).toBe(2);
    expect(asked).toEqual([8, 2]);
    expect(nearestWanted(10, 5, () => true, 10)).toBeUndefined();
  });

  it('clamps a current index outside the stack (a stack shorter than the last one)', () => {
    expect(nearestWanted(3, 10, () => true)).toBe(2);
    expect(nearestWanted(3, -4, () => true)).toBe(0);
  });
});

describe('farthestToEvict (cache eviction)', () => {
  it('drops the cached slice farthest from the one on screen', () => {
    expect(farthestToEvict([40, 50, 51, 90], 50, 55)).toBe(90);
    expect(farthestToEvict([10, 50, 60], 50, 55)).toBe(10);
  });

  it('keeps the cache when it holds only slices nearer than the candidate', () => {
    expect(farthestToEvict([48, 49, 50, 51, 52], 50, 53)).toBeUndefined();
    expect(farthestToEvict([], 50, 53)).toBeUndefined();
  });

  it('after a jump, evicts the old neighbourhood for the new one', () => {
    const cached = [0, 1, 2, 3, 4];
    expect(farthestToEvict(cached, 90, 91)).toBe(0);
  });
});

describe('imageCacheBudgetBytes', () => {
  it('takes a quarter of the RAM or half the heap limit, whichever is smaller', () => {
    expect(imageCacheBudgetBytes({ deviceMemoryGb: 8, jsHeapSizeLimit: 4 * GIB })).toBe(2 * GIB);
    expect(imageCacheBudgetBytes({ deviceMemoryGb: 8, jsHeapSizeLimit: 2 * GIB })).toBe(GIB);
    expect(imageCacheBudgetBytes({ deviceMemoryGb: 4 })).toBe(GIB);
  });

  it('keeps between 256 MiB and 4 GiB', () => {
    expect(imageCacheBudgetBytes({ deviceMemoryGb: 0.5 })).toBe(256 * MIB);
    expect(imageCacheBudgetBytes({ jsHeapSizeLimit: 64 * GIB })).toBe(4 * GIB);
  });

  it('uses 1 GiB on a browser that gives no hint', () => {
    expect(imageCacheBudgetBytes({})).toBe(GIB);
    expect(imageCacheBudgetBytes({ deviceMemoryGb: 0, jsHeapSizeLimit: Number.NaN })).toBe(GIB);
  });
});
