import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateBenchSeries } from '../scripts/synthetic/generate';
import type { BrowserSession } from './support/browser';
import { openFolderSession } from './support/demoSession';
import { viewport } from './support/pageObjects';

// Background decoding of the stack on screen, with no test hook driving it: the
// hook only reads which slices are in Cornerstone's cache.

const SLICES = 400;
const JUMP_TO = 300;
/** Loads the prefetcher keeps in flight: at most that many slices nearer than the farthest one cached may still be missing. */
const IN_FLIGHT = 4;

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
    await page.evaluate((index) => window.__viable!.viewports['vp-0']!.scrollToIndex(index), JUMP_TO);
    const before = new Set(await cachedIndices());
    const pane = viewport.pane(page).locator('[data-prefetch]');
    const snapshots: number[][] = [];
    while ((await pane.getAttribute('data-prefetch')) !== 'done' || snapshots.length === 0) {
      snapshots.push((await cachedIndices()).filter((index) => !before.has(index)));
      await page.waitForTimeout(20);
    }
    // Nearest first: every slice nearer to the jump than the farthest one decoded since is cached, but for the
    // loads in flight; the farthest few decoded since may have been on their way before the jump, and do not count.
    for (const decodedSince of snapshots) {
      const distances = decodedSince.map((index) => Math.abs(index - JUMP_TO)).sort((a, b) => a - b);
      const reach = distances[distances.length - 1 - IN_FLIGHT];
      if (reach === undefined) continue;
      const cachedWithin = [...before, ...decodedSince].filter((index) => Math.abs(index - JUMP_TO) <= reach).length;
      const within = Math.min(SLICES - 1, JUMP_TO + reach) - Math.max(0, JUMP_TO - reach) + 1;
      expect(cachedWithin, `${decodedSince.length} decoded since the jump, reaching ±${reach}`).toBeGreaterThanOrEqual(within - IN_FLIGHT);
    }
    expect(snapshots.length).toBeGreaterThan(2);
    expect(await cachedIndices()).toHaveLength(SLICES);
    expect(await pane.getAttribute('data-cached-slices')).toBe(String(SLICES));
    expect(session.log.pageErrors).toEqual([]);
  });

  it('renders on the CPU path on this machine (software WebGL), without being asked', async () => {
    expect(await session.page.locator('html').getAttribute('data-render-mode')).toBe('cpu');
  });
});
