// Scrolling benchmark: input-to-render latency of one pane and of two linked panes
// (Compare), on the demo studies, at two window sizes, by keyboard (ArrowDown/Up) and
// by wheel. Each step's latency runs from the input event's timestamp to the
// IMAGE_RENDERED of the new slice in every pane that must follow it (page clock);
// Cornerstone renders in the animation frame that shows the slice, so this is input
// to frame. The slices are scrolled through once first, so that decoding is out of
// the figures. Chromium delivers wheel events aligned to animation frames (a
// keydown at once), so the wheel rows include up to a frame of the browser's own
// input latency: a blank page's is printed as the floor. Each step is also split at the
// moment the page's first listener sees the event: the browser's delivery (event
// timestamp to handler) and the viewer's part (handler to rendered), which is all a page
// controls.
//   npx tsx scripts/bench/scroll.ts [--dist DIR] [--query '?render=gpu']   any built app
import path from 'node:path';
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { openApp } from '../../e2e/support/browser.ts';
import { openDemoSession } from '../../e2e/support/demoSession.ts';
import { comparison } from '../../e2e/support/comparison.ts';
import { viewport } from '../../e2e/support/pageObjects.ts';

type ScrollInput = 'key' | 'wheel';

export interface ScrollRun {
  window: string;
  panes: 1 | 2;
  input: ScrollInput | 'wheel on a blank page' | 'key on a blank page';
  renderMode: string;
  steps: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** p95 from the input event's timestamp to the page's first listener: the browser's delivery. */
  deliveryP95Ms: number;
  /** p95 from the page's first listener to the last pane's render: what the viewer adds. */
  viewerP95Ms: number;
}

/** One step: input event timestamp → first listener → every pane rendered (page clock). */
interface StepTimes {
  delivery: number;
  viewer: number;
}

export const SCROLL_WINDOWS = [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
];
const STEPS = 60;
/** Steps in one direction before turning: stays inside any demo stack. */
const STRIDE = 20;
const IMAGE_RENDERED = 'CORNERSTONE_IMAGE_RENDERED';
const INPUTS: ScrollInput[] = ['key', 'wheel'];

/** Records, per input event, when every pane in `viewportIds` has drawn next. */
function installProbe(page: Page, viewportIds: string[], input: ScrollInput): Promise<void> {
  return page.evaluate(
    ({ ids, eventName, inputEvent }) => {
      const probe = { samples: [] as Array<{ delivery: number; viewer: number }>, pending: undefined as { t0: number; handled: number; waiting: Set<string> } | undefined };
      (window as unknown as { __scrollProbe: typeof probe }).__scrollProbe = probe;
      // Capture on document: before Cornerstone's listeners on the pane's element.
      document.addEventListener(inputEvent, (event) => (probe.pending = { t0: event.timeStamp, handled: performance.now(), waiting: new Set(ids) }), { capture: true });
      document.addEventListener(
        eventName,
        (event) => {
          const id = (event as CustomEvent<{ viewportId?: string }>).detail?.viewportId;
          const pending = probe.pending;
          if (!pending || !id || !pending.waiting.delete(id) || pending.waiting.size > 0) return;
          probe.samples.push({ delivery: pending.handled - pending.t0, viewer: performance.now() - pending.handled });
          probe.pending = undefined;
        },
        { capture: true },
      );
    },
    { ids: viewportIds, eventName: IMAGE_RENDERED, inputEvent: input === 'key' ? 'keydown' : 'wheel' },
  );
}

const sampleCount = (page: Page) => page.evaluate(() => (window as unknown as { __scrollProbe: { samples: unknown[] } }).__scrollProbe.samples.length);

/** One slice down or up in vp-0, waiting until the probe has its render. */
async function step(page: Page, input: ScrollInput, down: boolean, expected: number): Promise<void> {
  if (input === 'wheel') await page.mouse.wheel(0, down ? 100 : -100);
  else await page.keyboard.press(down ? 'ArrowDown' : 'ArrowUp');
  await page.waitForFunction((n) => (window as unknown as { __scrollProbe: { samples: unknown[] } }).__scrollProbe.samples.length >= n, expected, { timeout: 30_000 });
}

async function scrollSamples(page: Page, viewportIds: string[], input: ScrollInput): Promise<StepTimes[]> {
  const box = await viewport.pane(page, 'vp-0').boundingBox();
  if (!box) throw new Error('vp-0 is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // A click without a drag focuses the pane for the keys (and leaves the window as it is).
  await page.mouse.down();
  await page.mouse.up();
  const count = await page.evaluate(() => window.__viable?.viewports['vp-0']?.getImageIds().length ?? 0);
  if (count < STRIDE + 2) throw new Error(`vp-0 has ${count} slices; the benchmark needs ${STRIDE + 2}`);
  await page.evaluate((index) => window.__viable?.viewports['vp-0']?.scrollToIndex(index), Math.floor((count - STRIDE) / 2));
  await installProbe(page, viewportIds, input);
  // Warm-up: every slice the measured steps visit, decoded once (in both panes when linked).
  for (let i = 0; i < 2 * STRIDE; i++) await step(page, input, i < STRIDE, i + 1);
  const warm = await sampleCount(page);
  for (let i = 0; i < STEPS; i++) await step(page, input, Math.floor(i / STRIDE) % 2 === 0, warm + i + 1);
  const samples = await page.evaluate(() => (window as unknown as { __scrollProbe: { samples: StepTimes[] } }).__scrollProbe.samples);
  return samples.slice(warm);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ascending = (values: number[]) => [...values].sort((a, b) => a - b);

function summarise(window: string, panes: 1 | 2, input: ScrollRun['input'], renderMode: string, samples: StepTimes[]): ScrollRun {
  const sorted = ascending(samples.map((s) => s.delivery + s.viewer));
  return {
    window,
    panes,
    input,
    renderMode,
    steps: samples.length,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    maxMs: sorted[sorted.length - 1]!,
    deliveryP95Ms: percentile(ascending(samples.map((s) => s.delivery)), 95),
    viewerP95Ms: percentile(ascending(samples.map((s) => s.viewer)), 95),
  };
}

/** Scroll latency at each window size, one pane then two linked panes. */
export async function measureScroll(baseUrl: string, query = '', onStep: (step: string) => void = () => undefined): Promise<ScrollRun[]> {
  const runs: ScrollRun[] = [];
  for (const size of SCROLL_WINDOWS) {
    const label = `${size.width}×${size.height}`;
    const session = await openDemoSession(baseUrl + query, size);
    try {
      const { page } = session;
      await viewport.waitState(page, 'rendered');
      const renderMode = (await page.locator('html').getAttribute('data-render-mode')) ?? 'unknown';
      for (const input of INPUTS) {
        onStep(`${label}: one pane, ${input}`);
        runs.push(summarise(label, 1, input, renderMode, await scrollSamples(page, ['vp-0'], input)));
      }
      onStep(`${label}: two linked panes`);
      await comparison.open(page, 'compare');
      // Linked at the middle of both stacks, so that neither reaches an end while the other scrolls.
      await page.evaluate(() => {
        for (const id of ['vp-0', 'vp-1']) {
          const handle = window.__viable?.viewports[id];
          handle?.scrollToIndex(Math.floor(handle.getImageIds().length / 2));
        }
      });
      await page.getByTestId('link-panes').click();
      await page.waitForFunction(() => document.querySelector('[data-testid="alignment-status"]')?.getAttribute('data-state') === 'aligned');
      for (const input of INPUTS) runs.push(summarise(label, 2, input, renderMode, await scrollSamples(page, ['vp-0', 'vp-1'], input)));
      if (session.log.pageErrors.length) throw new Error(`page errors: ${session.log.pageErrors.join('; ')}`);
    } finally {
      await session.close();
    }
  }
  runs.push(...(await blankPageLatency()));
  return runs;
}

/** The browser's own latency from input event to handler on an empty page at 1920×1080: the floor under every row. */
async function blankPageLatency(): Promise<ScrollRun[]> {
  const session = await openApp('about:blank', '', SCROLL_WINDOWS[SCROLL_WINDOWS.length - 1]);
  try {
    const { page } = session;
    await page.setContent('<div style="width: 100vw; height: 100vh"></div>');
    const rows: ScrollRun[] = [];
    for (const input of INPUTS) {
      await page.evaluate((inputEvent) => {
        const samples: Array<{ delivery: number; viewer: number }> = [];
        (window as unknown as { __scrollProbe: { samples: unknown[] } }).__scrollProbe = { samples };
        // Non-passive, like Cornerstone's wheel listener: the browser must wait for the page.
        document.addEventListener(inputEvent, (event) => {
          event.preventDefault();
          samples.push({ delivery: performance.now() - event.timeStamp, viewer: 0 });
        }, { passive: false });
      }, input === 'key' ? 'keydown' : 'wheel');
      await page.mouse.move(400, 300);
      for (let i = 0; i < STEPS; i++) await step(page, input, true, i + 1);
      const samples = await page.evaluate(() => (window as unknown as { __scrollProbe: { samples: StepTimes[] } }).__scrollProbe.samples);
      rows.push(summarise('1920×1080', 1, `${input} on a blank page`, 'none', samples));
    }
    return rows;
  } finally {
    await session.close();
  }
}

/** The blank page's row for `run`'s input (same run), when `run` is a viewer row. */
function blankRowFor(run: ScrollRun, runs: ScrollRun[]): ScrollRun | undefined {
  return runs.find((other) => other.input === `${run.input} on a blank page`);
}

/** One line per run; "p95 × blank" divides a row's p95 by the blank page's for the same input, measured in the same run. */
export function formatScrollTable(runs: ScrollRun[]): string {
  const header = 'window      panes  input                  render  steps  p50 ms  p95 ms  max ms  p95 × blank  delivery p95  viewer p95';
  const rows = runs.map((r) => {
    const blank = blankRowFor(r, runs);
    const timesBlank = blank ? `${(r.p95Ms / blank.p95Ms).toFixed(2)}×` : '–';
    return [r.window.padEnd(10), String(r.panes).padStart(5), r.input.padEnd(21), r.renderMode.padStart(6), String(r.steps).padStart(5), r.p50Ms.toFixed(1).padStart(6), r.p95Ms.toFixed(1).padStart(6), r.maxMs.toFixed(1).padStart(6), timesBlank.padStart(11), r.deliveryP95Ms.toFixed(1).padStart(12), r.viewerP95Ms.toFixed(1).padStart(10)].join('  ');
  });
  return [header, '-'.repeat(header.length), ...rows].join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const outDir = path.resolve(option('--dist') ?? 'dist');
  const server = await preview({ build: { outDir }, preview: { port: 0, strictPort: false, open: false }, logLevel: 'warn' });
  try {
    const baseUrl = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
    if (!baseUrl) throw new Error('vite preview did not report a local URL');
    const runs = await measureScroll(baseUrl, option('--query') ?? '', (step) => console.log(`  … ${step}`));
    console.log(`\n${formatScrollTable(runs)}`);
  } finally {
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
