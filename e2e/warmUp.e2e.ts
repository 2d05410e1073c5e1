import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, inject, it, onTestFinished } from 'vitest';
import { openApp, type BrowserSession } from './support/browser';
import { DEMO_DIR, readGroundTruth } from './support/groundTruth';
import { largeFolder } from './support/largeFolder';
import { opener, viewport } from './support/pageObjects';

describe('warm-up on the start page, and the first image first (production build)', () => {
  const truth = readGroundTruth();
  const series = truth.studies[0]!.series[0]!;
  let session: BrowserSession | undefined;

  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('mounts the workspace and the first viewport, unseen, before the pick, and shows that same viewport after it', async () => {
    session = await openApp(inject('baseUrl'));
    const { page, log } = session;
    await page.getByTestId('start-page').waitFor();
    await opener.waitWarmedUp(page);
    // Warm but unseen: the start page is what the reader sees and can use.
    expect(await page.getByTestId('start-page').isVisible()).toBe(true);
    expect(await opener.workspaceSeen(page)).toBe(false);
    // Under the start page, which takes the reader's clicks.
    expect(await page.getByTestId('load-demo').evaluate((button) => {
      const box = button.getBoundingClientRect();
      return button.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
    })).toBe(true);
    const canvas = page.locator('[data-testid="viewport-pane"][data-viewport-id="vp-0"] [data-testid="viewport-element"] canvas');
    expect(await canvas.count()).toBeGreaterThan(0);
    // Laid out at its size while hidden, so that the viewport fits the image at once when shown.
    const box = await page.locator('[data-testid="viewport-pane"][data-viewport-id="vp-0"] [data-testid="viewport-element"]').boundingBox();
    expect(box?.width).toBeGreaterThan(100);
    expect(box?.height).toBeGreaterThan(100);
    await canvas.first().evaluate((element) => element.setAttribute('data-created-before-pick', ''));
    // Drawn, at an opacity no one sees, so that the browser has painted it (and made the canvas's picture
    // for the screen) before the pick rather than in the frames the first image waits behind.
    const drawn = await page.locator('.workspace-frame').evaluate((frame) => {
      const style = getComputedStyle(frame);
      return { visibility: style.visibility, opacity: Number(style.opacity) };
    });
    expect(drawn.visibility).toBe('visible');
    expect(drawn.opacity).toBeGreaterThan(0);
    expect(drawn.opacity).toBeLessThan(0.01);

    await opener.openFolder(page, path.join(DEMO_DIR, series.folder));
    await viewport.waitState(page, 'rendered');
    expect(await opener.workspaceSeen(page)).toBe(true);
    expect(await page.getByTestId('start-page').count()).toBe(0);
    // The viewport created while the reader chose a folder is the one that shows the image: nothing was built at the pick.
    expect(await canvas.first().getAttribute('data-created-before-pick')).toBe('');
    expect(log.pageErrors).toEqual([]);
  });

  it('has every decoding worker fetch and compile its WASM codecs before the pick, not at the first image', async () => {
    session = await openApp(inject('baseUrl'));
    const { page, log } = session;
    await opener.waitWarmedUp(page);
    const decoders = page.workers().filter((worker) => worker.url().includes('decodeImageFrameWorker'));
    expect(decoders.length).toBeGreaterThan(0);
    for (const worker of decoders) {
      // Each worker's own resource timeline: what it fetched (nothing is opened, so nothing was decoded).
      const fetched = () => worker.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
      for (const codec of ['charlswasm_decode', 'openjpegwasm_decode', 'openjphjs']) {
        await expect.poll(async () => (await fetched()).some((name) => name.includes(codec)), { timeout: 10_000 }).toBe(true);
      }
    }
    expect(log.pageErrors).toEqual([]);
  });

  it('"Close all" hides the workspace again and keeps it warm', async () => {
    session = await openApp(inject('baseUrl'));
    const { page, log } = session;
    await opener.openFolder(page, path.join(DEMO_DIR, series.folder));
    await viewport.waitState(page, 'rendered');
    await opener.closeAll(page);
    expect(await opener.workspaceSeen(page)).toBe(false);
    expect(await page.getByTestId('load-demo').isVisible()).toBe(true);
    expect(log.pageErrors).toEqual([]);
  });

  it("starts the pane's background prefetch only once the first image is drawn", async () => {
    session = await openApp(inject('baseUrl'));
    const { page, log } = session;
    await opener.waitWarmedUp(page);
    await page.evaluate(() => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('[data-viewport-id="vp-0"] [data-prefetch]')) return;
        (window as unknown as { __prefetchStartedAt: number }).__prefetchStartedAt = performance.now();
        observer.disconnect();
      });
      observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-prefetch'] });
    });
    await opener.openFolder(page, path.join(DEMO_DIR, series.folder));
    await viewport.pane(page).locator('[data-prefetch]').waitFor({ state: 'attached' });
    const { renderedAt, prefetchStartedAt } = await page.evaluate(() => ({
      renderedAt: performance.getEntriesByName('viable:first-image:first-render', 'mark')[0]?.startTime,
      prefetchStartedAt: (window as unknown as { __prefetchStartedAt?: number }).__prefetchStartedAt,
    }));
    expect(renderedAt).toBeGreaterThan(0);
    // Its reads and parses would otherwise take the page's thread between the first image's decode and its drawing.
    expect(prefetchStartedAt).toBeGreaterThan(renderedAt!);
    expect(log.pageErrors).toEqual([]);
  });

  it('mounts the side panels, then the header\'s tools, once the pane has decoded its stack, a second after the first image at most', async () => {
    // Long enough that its scan outlasts the first image (the pane's stack grows at the scan's end), short enough to decode within that second.
    const SLICES = 150;
    const folder = largeFolder(mkdtempSync(path.join(tmpdir(), 'viable-panels-')), SLICES);
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    session = await openApp(inject('baseUrl'));
    const { page, log } = session;
    await opener.waitWarmedUp(page);
    await page.evaluate((slices) => {
      const times: Record<string, number> = {};
      (window as unknown as { __times: typeof times }).__times = times;
      const observer = new MutationObserver(() => {
        // Every slice of the series: while it is scanned the pane's stack is only what is indexed so far.
        if (document.querySelector(`[data-viewport-id="vp-0"] [data-prefetch="done"][data-cached-slices="${slices}"]`)) times.decodedAt ??= performance.now();
        if (document.querySelector('[data-testid="study-browser"]')) times.panelsAt ??= performance.now();
        if (document.querySelector('[data-testid="close-all"]')) times.toolsAt ??= performance.now();
        if (times.toolsAt !== undefined) observer.disconnect();
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    }, SLICES);
    await opener.openFolder(page, folder);
    await page.getByTestId('close-all').waitFor();
    const { renderedAt, decodedAt, panelsAt, toolsAt } = await page.evaluate(() => ({
      renderedAt: performance.getEntriesByName('viable:first-image:first-render', 'mark')[0]?.startTime ?? NaN,
      ...(window as unknown as { __times: { decodedAt?: number; panelsAt?: number; toolsAt?: number } }).__times,
    }));
    // Mounted while the slices decode, the panels held the decoding back (~90 ms of a 100-slice folder).
    expect(decodedAt).toBeDefined();
    expect(panelsAt).toBeGreaterThanOrEqual(decodedAt!);
    // Never later than a second (and a frame or two) after the first image.
    expect(panelsAt! - renderedAt).toBeLessThan(1500);
    // The header's tools held the scan of a 100-slice folder back too; they come after the panels, in a task of their own.
    expect(toolsAt).toBeGreaterThan(panelsAt!);
    expect(toolsAt! - renderedAt).toBeLessThan(1500);
    expect(log.pageErrors).toEqual([]);
  });
});
