import { beforeEach, describe, expect, it, vi } from 'vitest';

// A stand-in for Cornerstone's image cache and loader: loads resolve when the test says.
const fake = vi.hoisted(() => {
  const cached = new Map<string, number>();
  const pending = new Map<string, { resolve: () => void; reject: () => void }>();
  const state = { maxBytes: Number.POSITIVE_INFINITY };
  const events = new EventTarget();
  /** Drops `id` from the cache and says so, as Cornerstone's cache does. */
  const evict = (id: string) => {
    fake.cached.delete(id);
    events.dispatchEvent(new CustomEvent('removed', { detail: { imageId: id } }));
  };
  /** Cache look-ups by image id, to see that no step walks the whole stack. */
  const lookups = { count: 0 };
  const fake = { cached, pending, state, events, evict, lookups };
  return fake;
});

vi.mock('@cornerstonejs/core', () => ({
  Enums: { RequestType: { Prefetch: 'prefetch' }, Events: { IMAGE_CACHE_IMAGE_REMOVED: 'removed' } },
  eventTarget: fake.events,
  cache: {
    isLoaded: (id: string) => {
      fake.lookups.count += 1;
      return fake.cached.has(id);
    },
    getImageLoadObject: (id: string) => (fake.cached.has(id) ? {} : undefined),
    getImage: (id: string) => (fake.cached.has(id) ? { sizeInBytes: fake.cached.get(id) } : undefined),
    removeImageLoadObject: (id: string) => fake.evict(id),
    getCacheSize: () => [...fake.cached.values()].reduce((a, b) => a + b, 0),
    getMaxCacheSize: () => fake.state.maxBytes,
  },
  imageLoader: {
    loadAndCacheImage: (id: string) =>
      new Promise((resolve, reject) => {
        fake.pending.set(id, {
          resolve: () => {
            fake.cached.set(id, 10);
            resolve({ sizeInBytes: 10 });
          },
          reject: () => reject(new Error('undecodable')),
        });
      }),
  },
}));

const { StackPrefetcher, isDecodingInBackground, prefetchBehindScan, subscribeBackgroundDecoding } = await import('./stackPrefetcher');

const stack = (name: string, count: number) => Array.from({ length: count }, (_, i) => `${name}:${i}`);
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Completes the pending load of `id` and lets the prefetcher pick its next one. */
async function finish(id: string, ok = true): Promise<void> {
  const load = fake.pending.get(id);
  if (!load) throw new Error(`${id} is not loading; loading: ${[...fake.pending.keys()].join(', ')}`);
  fake.pending.delete(id);
  if (ok) load.resolve();
  else load.reject();
  await flush();
}

const loading = () => [...fake.pending.keys()];

function element(): HTMLElement {
  return { dataset: {} } as unknown as HTMLElement;
}

beforeEach(() => {
  fake.cached.clear();
  fake.pending.clear();
  fake.state.maxBytes = Number.POSITIVE_INFINITY;
});

describe('StackPrefetcher', () => {
  it('decodes nearest first, eight at a time once a slice size is known, and says when every slice is cached', async () => {
    const el = element();
    const ids = stack('a', 11);
    const prefetcher = new StackPrefetcher(el);
    prefetcher.start(ids, 3);
    expect(loading()).toEqual(['a:3']);
    expect(el.dataset.prefetch).toBe('running');
    await finish('a:3');
    expect(loading()).toEqual(['a:4', 'a:2', 'a:5', 'a:1', 'a:6', 'a:0', 'a:7', 'a:8']);
    for (const id of ['a:4', 'a:2', 'a:5', 'a:1', 'a:6', 'a:0', 'a:7', 'a:8', 'a:9', 'a:10']) await finish(id);
    expect(loading()).toEqual([]);
    expect(el.dataset).toMatchObject({ prefetch: 'done', cachedSlices: '11' });
  });

  it('says whether any pane still decodes in the background, and tells its listeners when that changes', async () => {
    const changes: boolean[] = [];
    const unsubscribe = subscribeBackgroundDecoding(() => changes.push(isDecodingInBackground()));
    expect(isDecodingInBackground()).toBe(false);
    const [first, second] = [new StackPrefetcher(element()), new StackPrefetcher(element())];
    first.start(stack('d', 3), 0);
    second.start(stack('e', 2), 0);
    expect(isDecodingInBackground()).toBe(true);
    for (const id of ['d:0', 'd:1', 'd:2']) await finish(id);
    expect(isDecodingInBackground()).toBe(true); // the second pane is not done
    second.stop(); // its pane shows another series, or closes
    expect(isDecodingInBackground()).toBe(false);
    expect(changes).toEqual([true, false]);
    unsubscribe();
  });

  it('keeps one load in flight while a scan runs, and eight from the moment it ends', async () => {
    let endScan = () => undefined as void;
    prefetchBehindScan(new Promise<void>((resolve) => (endScan = resolve)));
    // Prefetchers of earlier tests resume too when the scan ends: only this stack's loads count.
    const mine = () => loading().filter((id) => id.startsWith('s:'));
    const el = element();
    const prefetcher = new StackPrefetcher(el);
    prefetcher.start(stack('s', 20), 10);
    await finish('s:10');
    expect(mine()).toEqual(['s:11']);
    await finish('s:11');
    expect(mine()).toEqual(['s:9']);
    endScan();
    await flush();
    expect(mine()).toEqual(['s:9', 's:12', 's:8', 's:13', 's:7', 's:14', 's:6', 's:15']);
    prefetcher.stop();
  });

  it('decodes only the neighbours of the slice on screen while a scan runs, following the reader', async () => {
    let endScan = () => undefined as void;
    prefetchBehindScan(new Promise<void>((resolve) => (endScan = resolve)));
    const mine = () => loading().filter((id) => id.startsWith('n:'));
    const prefetcher = new StackPrefetcher(element());
    prefetcher.start(stack('n', 40), 10);
    // Slices 2..18 are within eight of slice 10; each finished load starts the next nearest.
    const order: string[] = [];
    while (mine().length > 0) {
      const id = mine()[0]!;
      order.push(id);
      await finish(id);
    }
    expect(order).toHaveLength(17);
    expect(order.map((id) => Number(id.slice(2))).sort((a, b) => a - b)).toEqual(Array.from({ length: 17 }, (_, i) => i + 2));
    prefetcher.setCurrent(30); // the reader scrolled: the window moves with them
    expect(mine()).toEqual(['n:30']);
    endScan();
    await flush();
    expect(mine()).toHaveLength(8);
    prefetcher.stop();
  });

  it('decodes again a slice Cornerstone dropped from its cache meanwhile', async () => {
    const el = element();
    const prefetcher = new StackPrefetcher(el);
    prefetcher.start(stack('a', 3), 0);
    while (loading().length > 0) await finish(loading()[0]!);
    expect(el.dataset).toMatchObject({ prefetch: 'done', cachedSlices: '3' });
    fake.evict('a:2'); // by Cornerstone's own limit, not by the prefetcher
    expect(el.dataset.prefetch).toBe('done'); // until the next load or scroll
    prefetcher.setCurrent(1);
    expect(loading()).toEqual(['a:2']);
    await finish('a:2');
    expect(el.dataset).toMatchObject({ prefetch: 'done', cachedSlices: '3' });
  });

  it('asks the cache about each slice a few times over a whole stack, not once per slice loaded', async () => {
    const el = element();
    const prefetcher = new StackPrefetcher(el);
    prefetcher.start(stack('w', 300), 150);
    fake.lookups.count = 0;
    while (loading().length > 0) await finish(loading()[0]!);
    expect(el.dataset).toMatchObject({ prefetch: 'done', cachedSlices: '300' });
    // Walking from the current slice for each pick (and over every cached slice before each load) took ~45,000.
    expect(fake.lookups.count).toBeLessThan(3 * 300);
  });

  it('skips slices already cached (the one on screen)', () => {
    fake.cached.set('a:0', 10);
    const prefetcher = new StackPrefetcher(element());
    prefetcher.start(stack('a', 10), 0);
    expect(loading()).toEqual(['a:1', 'a:2', 'a:3', 'a:4', 'a:5', 'a:6', 'a:7', 'a:8']);
  });

  it('re-prioritises when the reader scrolls: the next load is at the new slice', async () => {
    const prefetcher = new StackPrefetcher(element());
    prefetcher.start(stack('a', 100), 0);
    await finish('a:0');
    expect(loading()).toEqual(['a:1', 'a:2', 'a:3', 'a:4', 'a:5', 'a:6', 'a:7', 'a:8']);
    prefetcher.setCurrent(60);
    await finish('a:1');
    expect(loading()).toEqual(['a:2', 'a:3', 'a:4', 'a:5', 'a:6', 'a:7', 'a:8', 'a:60']);
    await finish('a:2');
    expect(loading()).toContain('a:61');
  });

  it('stops loading the old stack when the pane switches series', async () => {
    const prefetcher = new StackPrefetcher(element());
    fake.cached.set('b:10', 10); // the pane shows it
    prefetcher.start(stack('a', 50), 0);
    prefetcher.start(stack('b', 50), 10);
    await finish('a:0');
    expect(loading()).toEqual(['b:11', 'b:9', 'b:12', 'b:8', 'b:13', 'b:7', 'b:14', 'b:6']);
    prefetcher.stop();
    await finish('b:11');
    expect(loading()).toEqual(['b:9', 'b:12', 'b:8', 'b:13', 'b:7', 'b:14', 'b:6']);
  });

  it('does not retry a slice that failed to decode', async () => {
    const el = element();
    const prefetcher = new StackPrefetcher(el);
    prefetcher.start(stack('a', 2), 0);
    await finish('a:0', false);
    await finish('a:1');
    expect(loading()).toEqual([]);
    expect(el.dataset).toMatchObject({ prefetch: 'done', cachedSlices: '1' });
  });

  it('within the cache limit, drops the slices farthest from the reader and keeps the nearest', async () => {
    fake.state.maxBytes = 50; // five slices of 10 bytes
    const el = element();
    const prefetcher = new StackPrefetcher(el);
    prefetcher.start(stack('a', 20), 0);
    await finish('a:0');
    // The loads in flight count against the limit too: four beside the one cached.
    expect(loading()).toEqual(['a:1', 'a:2', 'a:3', 'a:4']);
    for (let i = 1; i < 5; i++) await finish(`a:${i}`);
    // Full of slices 0–4, all nearer than 5: nothing dropped, nothing more loaded.
    expect(el.dataset.prefetch).toBe('done');
    expect(loading()).toEqual([]);

    prefetcher.setCurrent(15);
    expect(loading()).toEqual(['a:15', 'a:16', 'a:14', 'a:17', 'a:13']);
    while (loading().length > 0) await finish(loading()[0]!);
    const kept = [...fake.cached.keys()].map((id) => Number(id.split(':')[1])).sort((x, y) => x - y);
    expect(kept.every((index) => Math.abs(index - 15) <= 3)).toBe(true);
  });

  it('makes room with images of stacks no pane shows before dropping any slice of its own', async () => {
    fake.state.maxBytes = 40;
    const prefetcher = new StackPrefetcher(element());
    prefetcher.start(stack('old', 4), 0);
    for (let i = 0; i < 4; i++) await finish(`old:${i}`);
    prefetcher.start(stack('new', 4), 0);
    for (let i = 0; i < 4; i++) await finish(`new:${i}`);
    expect([...fake.cached.keys()].sort()).toEqual(['new:0', 'new:1', 'new:2', 'new:3']);
  });
});
