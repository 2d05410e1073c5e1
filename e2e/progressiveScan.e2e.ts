import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, type BrowserSession } from './support/browser';
import { largeFolder, SLICES_PER_SERIES } from './support/largeFolder';
import { opener } from './support/pageObjects';

/** Ten series between the first series' first files and the rest of it: with five, a quiet machine had read them all before the first image and the study browser's next update. */
const FILES = 6000;

describe('a large folder shows its first images while the scan runs (production build)', () => {
  let workDir = '';
  let folder = '';
  let session: BrowserSession | undefined;

  beforeAll(() => {
    workDir = mkdtempSync(path.join(tmpdir(), 'viable-progressive-e2e-'));
    // Most of the first series is read last: a fast scan had completed it before the test looked.
    folder = largeFolder(path.join(workDir, 'large'), FILES, true);
  });
  afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('draws the first image and grows the study browser before the scan ends; the stack grows under the reader without moving the image', async () => {
    session = await openApp(inject('baseUrl'));
    const { page, log } = session;
    // Sampled in the page on every DOM change, so that no state between two polls is missed.
    await page.evaluate(() => {
      const seen: Array<{ status: string | null; series: number; rendered: boolean }> = [];
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      new MutationObserver(() => {
        seen.push({
          status: document.querySelector('[data-testid="scan-progress"]')?.getAttribute('data-status') ?? null,
          series: document.querySelectorAll('[data-testid="series-item"]').length,
          rendered: document.querySelector('[data-testid="viewport-pane"][data-viewport-id="vp-0"][data-render-state="rendered"]') !== null,
        });
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await opener.waitWarmedUp(page);
    await opener.openFolder(page, folder);
    const pane = page.locator('[data-testid="viewport-pane"][data-viewport-id="vp-0"]');
    await page.locator('[data-testid="viewport-pane"][data-viewport-id="vp-0"][data-render-state="rendered"]').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('scan-progress').getAttribute('data-status')).toBe('scanning');
    // The reader moves to the last slice indexed so far; then the rest of the series arrives around it. Counted
    // and moved in one task: with the scan's reads in its workers, the series may be complete a round trip later.
    // Two slices at least: the first image may come while the stack holds the first file alone (the scan's first
    // batch), whose slice stays first in the whole series, so that nothing would move under the reader.
    await page.waitForFunction(() => Number(document.querySelector('[data-viewport-id="vp-0"]')?.getAttribute('data-image-count')) >= 2);
    const indexedSoFar = await page.evaluate(() => {
      const count = Number(document.querySelector('[data-viewport-id="vp-0"]')!.getAttribute('data-image-count'));
      window.__viable!.viewports['vp-0']!.scrollToIndex(count - 1);
      return count;
    });
    expect(indexedSoFar).toBeLessThan(SLICES_PER_SERIES);
    await page.locator('[data-testid="viewport-pane"][data-viewport-id="vp-0"][data-render-state="rendered"]').waitFor();
    const before = await page.evaluate(() => ({
      imageId: window.__viable!.viewports['vp-0']!.getCurrentImageId(),
      index: Number(document.querySelector('[data-viewport-id="vp-0"]')!.getAttribute('data-slice-index')),
      overlay: document.querySelector('[data-testid="overlay-slice"]')!.textContent ?? '',
    }));
    const depthBeforeMm = -Number(/(-?\d+\.\d) mm/.exec(before.overlay)?.[1]);
    // Counted from here: the stack's growth must not draw the image again (it did not change).
    await page.evaluate(() => {
      const pane = document.querySelector('[data-viewport-id="vp-0"]')!;
      (window as unknown as { __drawn: number }).__drawn = 0;
      pane.addEventListener('CORNERSTONE_IMAGE_RENDERED', () => (window as unknown as { __drawn: number }).__drawn++, true);
    });

    await opener.waitScan(page, 'done', 240_000);
    await page.locator(`[data-testid="viewport-pane"][data-viewport-id="vp-0"][data-image-count="${SLICES_PER_SERIES}"][data-render-state="rendered"]`).waitFor();
    expect(await page.evaluate(() => window.__viable!.viewports['vp-0']!.getCurrentImageId())).toBe(before.imageId);
    // Slices lie 1 mm apart from the top: in the whole series the image sits at its depth in mm, further down than before.
    expect(depthBeforeMm).toBeGreaterThan(before.index);
    expect(Number(await pane.getAttribute('data-slice-index'))).toBe(depthBeforeMm);
    expect(await page.evaluate(() => (window as unknown as { __drawn: number }).__drawn)).toBe(0);
    // The viewport itself holds the whole series: its last slice can be scrolled to.
    await page.evaluate((last) => window.__viable!.viewports['vp-0']!.scrollToIndex(last), SLICES_PER_SERIES - 1);
    await page.locator(`[data-testid="viewport-pane"][data-viewport-id="vp-0"][data-slice-index="${SLICES_PER_SERIES - 1}"][data-render-state="rendered"]`).waitFor();

    const seen = await page.evaluate(() => (window as unknown as { __seen: Array<{ status: string | null; series: number; rendered: boolean }> }).__seen);
    const whileScanning = seen.filter((s) => s.status === 'scanning');
    const finalSeries = FILES / SLICES_PER_SERIES;
    expect(await page.getByTestId('series-item').count()).toBe(finalSeries);
    expect(whileScanning.some((s) => s.rendered)).toBe(true);
    const seriesCounts = [...new Set(whileScanning.map((s) => s.series))].filter((n) => n > 0);
    expect(seriesCounts.length).toBeGreaterThan(1); // the browser grew in steps while the scan ran
    expect(Math.min(...seriesCounts)).toBeLessThan(finalSeries);
    expect(log.pageErrors).toEqual([]);
  });
});
