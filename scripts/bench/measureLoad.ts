// One benchmark run in headless Chromium: pick a folder, wait for the scan and the
// first image, then (optionally) until the viewer's own background prefetch has decoded
// every slice of the first pane (no test hook asks the page to decode); timings come
// from the page's own clock, main-thread tasks from a PerformanceObserver of long tasks.
import type { CDPSession, Page } from 'playwright-core';
import { openApp } from '../../e2e/support/browser.ts';
import { FIRST_IMAGE_MARK_PREFIX, type FirstImagePhase } from '../../src/viewer/firstImageRound.ts';
import { startCpuProfile, sourceMapLocator } from './cpuProfile.ts';
import { type LongTasksAroundPick, longTasksAroundPick, ownLongTasks } from './longTasks.ts';
import { type AttributedTask, attributeLongTasks } from './taskAttribution.ts';

export interface LoadMeasurement {
  files: number;
  /** The input's change event, ms on the page's clock (the origin of the other times). */
  pickedAt: number;
  /** Node-side duration of Playwright's setInputFiles (handing the folder to the page). */
  setInputFilesMs: number;
  /** From the input's change event to the scan's "done". */
  scanMs: number;
  filesPerSecond: number;
  /** From the change event to the progress bar on screen. */
  progressBarMs: number;
  /** From the change event to the first image drawn in the first viewport. */
  firstImageMs: number;
  /**
   * The app's own marks on the way to that image (src/viewer/firstImageRound.ts), ms
   * from the change event; a phase the app did not mark (e.g. an older build) is missing.
   */
  phases: Partial<Record<FirstImagePhase, number>>;
  /** From the first image until the pane's prefetch has decoded every slice; NaN when not asked. */
  decodeAllMs: number;
  /** From the change event until the pane's prefetch has decoded every slice; NaN when not asked. */
  allDecodedMs: number;
  /** The longest main-thread task from the change event to the end of the run, ms (long tasks are those over 50 ms; 0 when none). */
  longestTaskMs: number;
  /** The same long tasks split into the browser's FileList build and Viable's work after the change event. */
  longTasks: LongTasksAroundPick;
  /** Peak JSHeapUsedSize of the page's main thread (CDP Performance metrics), MB. */
  peakHeapMb: number;
  /**
   * Peak of the main thread's JS heap plus ArrayBuffer backing stores (CDP Runtime.getHeapUsage), MB:
   * decoded pixels live in ArrayBuffers, which JSHeapUsedSize leaves out.
   */
  peakHeapWithBuffersMb: number;
  /**
   * Viable's long tasks after the change event (the pick's task from the change event on)
   * with who spent their time, from a CPU profile; empty unless asked (`profileOutDir`).
   */
  attributedTasks: AttributedTask[];
  /**
   * When the page said it was warmed up (<html data-warmed-up>: the workspace mounted ahead
   * of the pick, in idle time), ms from navigation; NaN for a build that never says so.
   */
  warmedUpMs: number;
  /** 'gpu' or 'cpu', as the app chose. */
  renderMode: string;
  /** Slices of the first pane the prefetch decoded (all `files`); NaN when not asked. */
  decodedSlices: number;
}

/** What {@link installMarks} time-stamps in the page, ms on the page's clock. */
export interface PageMarks {
  picked?: number;
  progressBar?: number;
  scanDone?: number;
  firstImage?: number;
  /** The first pane's prefetch reported every slice of its stack decoded (data-prefetch="done"). */
  allDecoded?: number;
  /** Long tasks as [start, duration], ms. */
  longTasks: Array<[number, number]>;
}

const TIMEOUT_MS = 10 * 60_000;
/** How long to wait for the page's warm-up before picking anyway (a build without one). */
const WARM_UP_WAIT_MS = 5_000;

/**
 * Waits until the page says it is warmed up, as a reader who takes seconds to choose a
 * folder never races the warm-up; returns when it was, ms from navigation (NaN: never said).
 */
async function waitForWarmUp(page: Page): Promise<number> {
  const warmed = page.locator('html[data-warmed-up]');
  const said = await warmed.waitFor({ state: 'attached', timeout: WARM_UP_WAIT_MS }).then(
    () => true,
    () => false,
  );
  return said ? Number(await warmed.getAttribute('data-warmed-up')) : Number.NaN;
}
const HEAP_SAMPLE_MS = 200;

/** Installs listeners that time-stamp the folder pick, the scan's end, the first render and (unless 0) `slices` slices decoded. */
export function installMarks(page: Page, slices: number): Promise<void> {
  return page.evaluate((slices) => {
    const marks: PageMarks = { longTasks: [] };
    (window as unknown as { __benchMarks: PageMarks }).__benchMarks = marks;
    // Capture on document runs before React's root listener (which clears the input).
    document.addEventListener('change', () => (marks.picked ??= performance.now()), { capture: true, once: true });
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) marks.longTasks.push([task.startTime, task.duration]);
    }).observe({ type: 'longtask', buffered: true });
    const pane = '[data-testid="viewport-pane"][data-viewport-id="vp-0"]';
    const pending: Array<['progressBar' | 'scanDone' | 'firstImage' | 'allDecoded', string]> = [
      ['progressBar', '[data-testid="scan-progress"]'],
      ['scanDone', '[data-testid="scan-progress"][data-status="done"]'],
      ['firstImage', `${pane}[data-render-state="rendered"]`],
    ];
    // "done" with fewer slices is a stack the scan is still growing.
    if (slices) pending.push(['allDecoded', `${pane} [data-prefetch="done"][data-cached-slices="${slices}"]`]);
    // Each mark is queried only until it has matched: the page pays for this observer at every DOM change.
    const observer = new MutationObserver(() => {
      for (let i = pending.length - 1; i >= 0; i--) {
        const [mark, selector] = pending[i]!;
        if (!document.querySelector(selector)) continue;
        marks[mark] = performance.now();
        pending.splice(i, 1);
      }
      if (pending.length === 0) observer.disconnect();
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status', 'data-render-state', 'data-prefetch', 'data-cached-slices'] });
  }, slices);
}

/** The marks {@link installMarks} has taken so far. */
export function readMarks(page: Page): Promise<PageMarks> {
  return page.evaluate(() => (window as unknown as { __benchMarks: PageMarks }).__benchMarks);
}

interface HeapPeaks {
  jsHeapUsed: number;
  withBuffers: number;
}

/** Samples the main thread's heap until stopped; returns the peaks in bytes. */
function sampleHeap(cdp: CDPSession): { stop(): Promise<HeapPeaks> } {
  const peaks: HeapPeaks = { jsHeapUsed: 0, withBuffers: 0 };
  let running = true;
  const loop = (async () => {
    while (running) {
      const [{ metrics }, usage] = await Promise.all([cdp.send('Performance.getMetrics'), cdp.send('Runtime.getHeapUsage')]);
      peaks.jsHeapUsed = Math.max(peaks.jsHeapUsed, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      peaks.withBuffers = Math.max(peaks.withBuffers, usage.usedSize + usage.backingStorageSize);
      await new Promise((resolve) => setTimeout(resolve, HEAP_SAMPLE_MS));
    }
  })();
  // When the run fails first, the browser closes under the loop: that failure, not the loop's, is the one to report.
  loop.catch(() => undefined);
  return {
    async stop() {
      running = false;
      await loop;
      return peaks;
    },
  };
}

/** Opens `folder` (holding `files` files) in a fresh browser and measures loading it; `decodeAll` also decodes every slice of the first pane. */
export async function measureLoad(
  baseUrl: string,
  folder: string,
  files: number,
  options: {
    decodeAll: boolean;
    onStep?: (step: string) => void;
    /** The served build's folder: profiles the main thread and attributes each long task, through the build's source maps. */
    profileOutDir?: string;
  },
): Promise<LoadMeasurement> {
  const onStep = options.onStep ?? (() => undefined);
  const session = await openApp(baseUrl);
  try {
    const { page, context, log } = session;
    await page.getByTestId('start-page').waitFor();
    const warmedUpMs = await waitForWarmUp(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const heap = sampleHeap(cdp);
    await installMarks(page, options.decodeAll ? files : 0);
    const profile = options.profileOutDir !== undefined ? await startCpuProfile(page, cdp) : undefined;

    onStep('picking the folder');
    const pickStarted = performance.now();
    await page.getByTestId('folder-input').setInputFiles(folder);
    const setInputFilesMs = performance.now() - pickStarted;
    onStep('scanning');
    const scan = page.locator('[data-testid="scan-progress"]:is([data-status="done"], [data-status="failed"], [data-status="cancelled"])');
    await scan.waitFor({ timeout: TIMEOUT_MS });
    const status = await scan.getAttribute('data-status');
    if (status !== 'done') throw new Error(`scan ${status}: ${await scan.innerText()}`);
    onStep('waiting for the first image');
    const pane = page.locator('[data-testid="viewport-pane"][data-viewport-id="vp-0"]:is([data-render-state="rendered"], [data-render-state="error"])');
    await pane.waitFor({ timeout: TIMEOUT_MS });
    if ((await pane.getAttribute('data-render-state')) !== 'rendered') throw new Error(`first image: ${await pane.innerText()}`);

    if (options.decodeAll) {
      onStep('until the background prefetch has decoded every slice');
      const decoded = page.locator(`[data-testid="viewport-pane"][data-viewport-id="vp-0"] [data-prefetch="done"][data-cached-slices="${files}"]`);
      await decoded.waitFor({ state: 'attached', timeout: TIMEOUT_MS });
    }
    const marks = await readMarks(page);
    const phaseMarks = await page.evaluate(
      (prefix) => performance.getEntriesByType('mark').flatMap((mark) => (mark.name.startsWith(prefix) ? [[mark.name.slice(prefix.length), mark.startTime] as const] : [])),
      FIRST_IMAGE_MARK_PREFIX,
    );
    const samples = (await profile?.stop()) ?? [];
    const peakHeap = await heap.stop();
    const renderMode = (await page.locator('html').getAttribute('data-render-mode')) ?? 'unknown';
    if (log.pageErrors.length) throw new Error(`page errors: ${log.pageErrors.join('; ')}`);
    const { picked, progressBar, scanDone, firstImage, allDecoded, longTasks } = marks;
    if (picked === undefined || progressBar === undefined || scanDone === undefined || firstImage === undefined) {
      throw new Error(`missing page marks: ${JSON.stringify(marks)}`);
    }
    const scanMs = scanDone - picked;
    const split = longTasksAroundPick(longTasks, picked);
    const attributedTasks = options.profileOutDir !== undefined ? attributeLongTasks(ownLongTasks(longTasks, picked), samples, sourceMapLocator(options.profileOutDir)) : [];
    return {
      files,
      pickedAt: picked,
      setInputFilesMs,
      scanMs,
      filesPerSecond: files / (scanMs / 1000),
      progressBarMs: progressBar - picked,
      firstImageMs: firstImage - picked,
      phases: Object.fromEntries(phaseMarks.map(([phase, at]) => [phase, at - picked])),
      decodeAllMs: allDecoded !== undefined ? allDecoded - firstImage : Number.NaN,
      allDecodedMs: allDecoded !== undefined ? allDecoded - picked : Number.NaN,
      longestTaskMs: split.longestTaskMs,
      longTasks: split,
      attributedTasks,
      peakHeapMb: peakHeap.jsHeapUsed / 2 ** 20,
      peakHeapWithBuffersMb: peakHeap.withBuffers / 2 ** 20,
      warmedUpMs,
      renderMode,
      decodedSlices: allDecoded !== undefined ? files : Number.NaN,
    };
  } finally {
    await session.close();
  }
}
