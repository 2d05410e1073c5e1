import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateBenchSeries } from '../scripts/synthetic/generate';
import type { BrowserSession } from './support/browser';
import { openFolderSession } from './support/demoSession';
import { viewport } from './support/pageObjects';

// Background decoding of the stack on screen, with no test hook driving it: the
// hooks only read which slices are in Cornerstone's cache and empty it.

const SLICES = 400;
const JUMP_TO = 300;
/** Loads the prefetcher keeps in flight: at most that many slices nearer than the farthest one cached may still be missing. */
const IN_FLIGHT = 8;

let session: BrowserSession;
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'viable-prefetch-'));
  generateBenchSeries(folder, SLICES);
  session = await openFolderSession(inject('baseUrl'), folder);
});

afterAll(async () => {
  await session?.close();
  rmSync(folder, { recursive: true, force: true });
});

const cachedIndices = () =>
  session.page.evaluate(() => {
    const hooks = window.__viable!;
    return hooks.cachedIndices(hooks.viewports['vp-0']!.getImageIds());
  });

describe('background prefetch', () => {
  it('decodes every slice of the shown stack, nearest to the slice on screen first', async () => {
    const { page } = session;
    const pane = viewport.pane(page).locator('[data-prefetch]');
    // Decoding runs faster than the test can look while the scan feeds the stack: it starts over from an empty cache.
    await viewport.pane(page).locator(`[data-prefetch="done"][data-cached-slices="${SLICES}"]`).waitFor({ state: 'attached', timeout: 120_000 });
    await page.evaluate(() => window.__viable!.purgeImageCache());
    expect(await cachedIndices()).toEqual([]);
    // Sampled in the page at every turn of its event loop, so that no step of the prefetch is missed.
    const snapshots = await page.evaluate(async (index) => {
      const hooks = window.__viable!;
      const ids = () => hooks.viewports['vp-0']!.getImageIds();
      const element = document.querySelector<HTMLElement>('[data-viewport-id="vp-0"] [data-prefetch]')!;
      hooks.viewports['vp-0']!.scrollToIndex(index);
      const seen: number[][] = [];
      while (element.dataset.prefetch !== 'done' || seen.length === 0) {
        seen.push(hooks.cachedIndices(ids()));
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return seen;
    }, JUMP_TO);
    // Nearest first: every slice nearer to the jump than the farthest one decoded is cached, but for the loads
    // in flight, which may finish in any order.
    for (const decodedSince of snapshots) {
      const distances = decodedSince.map((index) => Math.abs(index - JUMP_TO)).sort((a, b) => a - b);
      const reach = distances[distances.length - 1 - IN_FLIGHT];
      if (reach === undefined) continue;
      const cachedWithin = decodedSince.filter((index) => Math.abs(index - JUMP_TO) <= reach).length;
      const within = Math.min(SLICES - 1, JUMP_TO + reach) - Math.max(0, JUMP_TO - reach) + 1;
      expect(cachedWithin, `${decodedSince.length} decoded, reaching ±${reach}`).toBeGreaterThanOrEqual(within - IN_FLIGHT);
    }
    expect(snapshots.length).toBeGreaterThan(10);
    expect(await cachedIndices()).toHaveLength(SLICES);
    expect(await pane.getAttribute('data-cached-slices')).toBe(String(SLICES));
    expect(session.log.pageErrors).toEqual([]);
  });

  it('renders on the CPU path on this machine (software WebGL), without being asked', async () => {
    expect(await session.page.locator('html').getAttribute('data-render-mode')).toBe('cpu');
  });
});
