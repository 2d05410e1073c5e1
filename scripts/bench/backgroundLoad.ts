// "All ready" without any test hook: pick a folder, then wait until the viewer's own
// background prefetch has decoded every slice of the stack it shows (the pane's
// data-prefetch="done" with data-cached-slices = the series' slices), and weigh the
// page's memory then against the raw pixels (rows × columns × 2 bytes per slice).
import type { Page } from 'playwright-core';
import { openApp } from '../../e2e/support/browser.ts';

export interface BackgroundLoad {
  /** From the folder input's change event until every slice is decoded (page clock). */
  allReadyMs: number;
  /** Main-thread JS heap plus ArrayBuffer backing stores after a garbage collection, bytes. */
  memoryBytes: number;
  /** The same on the start page before the pick: what the app holds without images. */
  idleMemoryBytes: number;
  rawPixelBytes: number;
  renderMode: string;
  /**
   * With every slice decoded, from the first slice to the last as to a lesion: finding
   * the slice nearest to a patient point (the plane of every slice is read) and
   * showing it, ms (page clock).
   */
  jumpMs: number;
}

const TIMEOUT_MS = 10 * 60_000;
const PANE = '[data-testid="viewport-pane"][data-viewport-id="vp-0"]';

function markPickAndReady(page: Page, slices: number): Promise<void> {
  return page.evaluate(({ pane, slices }) => {
    const marks: { picked?: number; ready?: number } = {};
    (window as unknown as { __loadMarks: typeof marks }).__loadMarks = marks;
    document.addEventListener('change', () => (marks.picked ??= performance.now()), { capture: true, once: true });
    new MutationObserver(() => {
      if (document.querySelector(`${pane} [data-prefetch="done"][data-cached-slices="${slices}"]`)) marks.ready ??= performance.now();
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-prefetch', 'data-cached-slices'] });
  }, { pane: PANE, slices });
}

async function memoryAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usage.usedSize + usage.backingStorageSize;
}

/**
 * Jumps pane 1 from its first slice to the one nearest to the last slice's centre, the
 * way the e2e helpers go to a lesion (sliceIndexNearest, then scrollToIndex); throws
 * when it lands elsewhere.
 */
async function measureJump(page: Page): Promise<number> {
  // Each step is its own evaluate: tsx compiles a function declared inside one with a helper the page lacks.
  const last = await page.evaluate(() => window.__viable!.viewports['vp-0']!.getImageIds().length - 1);
  await showSlice(page, last);
  const target = await page.evaluate(() => window.__viable!.viewports['vp-0']!.focalPointMm());
  await showSlice(page, 0);
  const { index, ms } = await page.evaluate(async (point) => {
    const pane = window.__viable!.viewports['vp-0']!;
    const started = performance.now();
    const found = await pane.sliceIndexNearest(point);
    if (found === undefined) return { index: -1, ms: Number.NaN };
    pane.scrollToIndex(found);
    const wanted = pane.getImageIds()[found];
    while (pane.getCurrentImageId() !== wanted) await new Promise((resolve) => requestAnimationFrame(resolve));
    return { index: found, ms: performance.now() - started };
  }, target);
  if (index !== last) throw new Error(`the jump landed on slice ${index}, not ${last}`);
  return ms;
}

/** Shows slice `index` in pane 1 and waits until it is the pane's current image. */
function showSlice(page: Page, index: number): Promise<void> {
  return page.evaluate(async (index) => {
    const pane = window.__viable!.viewports['vp-0']!;
    pane.scrollToIndex(index);
    const wanted = pane.getImageIds()[index];
    while (pane.getCurrentImageId() !== wanted) await new Promise((resolve) => requestAnimationFrame(resolve));
  }, index);
}

/** Opens `folder` (`slices` images of rows × columns, 16-bit) and measures the background load. */
export async function measureBackgroundLoad(baseUrl: string, folder: string, slices: number, grid: { rows: number; columns: number }): Promise<BackgroundLoad> {
  const session = await openApp(baseUrl);
  try {
    const { page, log } = session;
    await page.getByTestId('start-page').waitFor();
    const idleMemoryBytes = await memoryAfterGc(page);
    await markPickAndReady(page, slices);
    await page.getByTestId('folder-input').setInputFiles(folder);
    // "done" with fewer slices is a stack the scan is still growing (or a cache too small: the timeout says so).
    await page.locator(`${PANE} [data-prefetch="done"][data-cached-slices="${slices}"]`).waitFor({ state: 'attached', timeout: TIMEOUT_MS });
    const marks = await page.evaluate(() => (window as unknown as { __loadMarks: { picked?: number; ready?: number } }).__loadMarks);
    if (marks.picked === undefined || marks.ready === undefined) throw new Error(`missing page marks: ${JSON.stringify(marks)}`);
    const memoryBytes = await memoryAfterGc(page);
    const jumpMs = await measureJump(page);
    if (log.pageErrors.length) throw new Error(`page errors: ${log.pageErrors.join('; ')}`);
    return {
      allReadyMs: marks.ready - marks.picked,
      memoryBytes,
      jumpMs,
      idleMemoryBytes,
      rawPixelBytes: slices * grid.rows * grid.columns * 2,
      renderMode: (await page.locator('html').getAttribute('data-render-mode')) ?? 'unknown',
    };
  } finally {
    await session.close();
  }
}

/** One row per series size: all ready, and memory against the raw pixels, in total and above the idle page. */
export function formatBackgroundTable(runs: Array<BackgroundLoad & { slices: number }>): string {
  const MB = 2 ** 20;
  const header = 'slices  render  all ready s  memory MB  raw MB  × raw  (memory − idle) × raw  jump ms';
  const rows = runs.map((r) =>
    [
      String(r.slices).padStart(6),
      r.renderMode.padStart(6),
      (r.allReadyMs / 1000).toFixed(2).padStart(11),
      (r.memoryBytes / MB).toFixed(0).padStart(9),
      (r.rawPixelBytes / MB).toFixed(0).padStart(6),
      (r.memoryBytes / r.rawPixelBytes).toFixed(2).padStart(5),
      ((r.memoryBytes - r.idleMemoryBytes) / r.rawPixelBytes).toFixed(2).padStart(21),
      r.jumpMs.toFixed(0).padStart(7),
    ].join('  '),
  );
  return [header, '-'.repeat(header.length), ...rows].join('\n');
}
