// Scrolling benchmark: input-to-render latency of one pane and of two linked panes
// (Compare), on the demo studies, at two window sizes. Each wheel step's latency runs
// from the wheel event's timestamp to the IMAGE_RENDERED of the new slice in every
// pane that must follow it (page clock). The stack is scrolled through once first,
// so that decoding is out of the figures: this measures drawing.
//   npx tsx scripts/bench/scroll.ts [--dist DIR] [--query '?render=gpu']   any built app
import path from 'node:path';
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { openDemoSession } from '../../e2e/support/demoSession.ts';
import { comparison } from '../../e2e/support/comparison.ts';
import { viewport } from '../../e2e/support/pageObjects.ts';

export interface ScrollRun {
  window: string;
  panes: 1 | 2;
  renderMode: string;
  steps: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export const SCROLL_WINDOWS = [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
];
const STEPS = 80;
/** Steps in one direction before turning: stays inside any demo stack. */
const STRIDE = 20;
const IMAGE_RENDERED = 'CORNERSTONE_IMAGE_RENDERED';

/** Records, per wheel event, when every pane in `viewportIds` has drawn next. */
function installProbe(page: Page, viewportIds: string[]): Promise<void> {
  return page.evaluate(
    ({ ids, eventName }) => {
      const probe = { samples: [] as number[], pending: undefined as { t0: number; waiting: Set<string> } | undefined };
      (window as unknown as { __scrollProbe: typeof probe }).__scrollProbe = probe;
      document.addEventListener('wheel', (event) => (probe.pending = { t0: event.timeStamp, waiting: new Set(ids) }), { capture: true });
      document.addEventListener(
        eventName,
        (event) => {
          const id = (event as CustomEvent<{ viewportId?: string }>).detail?.viewportId;
          const pending = probe.pending;
          if (!pending || !id || !pending.waiting.delete(id) || pending.waiting.size > 0) return;
          probe.samples.push(performance.now() - pending.t0);
          probe.pending = undefined;
        },
        { capture: true },
      );
    },
    { ids: viewportIds, eventName: IMAGE_RENDERED },
  );
}

const sampleCount = (page: Page) => page.evaluate(() => (window as unknown as { __scrollProbe: { samples: number[] } }).__scrollProbe.samples.length);

/** One wheel step over vp-0, waiting until the probe has its render. */
async function wheelStep(page: Page, down: boolean, expected: number): Promise<void> {
  await page.mouse.wheel(0, down ? 100 : -100);
  await page.waitForFunction((n) => (window as unknown as { __scrollProbe: { samples: number[] } }).__scrollProbe.samples.length >= n, expected, { timeout: 30_000 });
}

async function scrollSamples(page: Page, viewportIds: string[]): Promise<number[]> {
  const box = await viewport.pane(page, 'vp-0').boundingBox();
  if (!box) throw new Error('vp-0 is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const count = await page.evaluate(() => window.__viable?.viewports['vp-0']?.getImageIds().length ?? 0);
  if (count < STRIDE + 2) throw new Error(`vp-0 has ${count} slices; the benchmark needs ${STRIDE + 2}`);
  await page.evaluate((index) => window.__viable?.viewports['vp-0']?.scrollToIndex(index), Math.floor((count - STRIDE) / 2));
  await installProbe(page, viewportIds);
  // Warm-up: every slice the measured steps visit, decoded once (in both panes when linked).
  for (let i = 0; i < 2 * STRIDE; i++) await wheelStep(page, i < STRIDE, i + 1);
  const warm = await sampleCount(page);
  for (let i = 0; i < STEPS; i++) await wheelStep(page, Math.floor(i / STRIDE) % 2 === 0, warm + i + 1);
  const samples = await page.evaluate(() => (window as unknown as { __scrollProbe: { samples: number[] } }).__scrollProbe.samples);
  return samples.slice(warm);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summarise(window: string, panes: 1 | 2, renderMode: string, samples: number[]): ScrollRun {
  const sorted = [...samples].sort((a, b) => a - b);
  return { window, panes, renderMode, steps: samples.length, p50Ms: percentile(sorted, 50), p95Ms: percentile(sorted, 95), maxMs: sorted[sorted.length - 1]! };
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
      onStep(`${label}: one pane`);
      runs.push(summarise(label, 1, renderMode, await scrollSamples(page, ['vp-0'])));
      onStep(`${label}: two linked panes`);
      await comparison.open(page, 'compare');
      await page.getByTestId('link-panes').click(); // at whatever levels they show: the offset does not matter here
      await page.waitForFunction(() => document.querySelector('[data-testid="alignment-status"]')?.getAttribute('data-state') === 'aligned');
      runs.push(summarise(label, 2, renderMode, await scrollSamples(page, ['vp-0', 'vp-1'])));
      if (session.log.pageErrors.length) throw new Error(`page errors: ${session.log.pageErrors.join('; ')}`);
    } finally {
      await session.close();
    }
  }
  return runs;
}

export function formatScrollTable(runs: ScrollRun[]): string {
  const header = 'window      panes  render  steps  p50 ms  p95 ms  max ms';
  const rows = runs.map((r) =>
    [r.window.padEnd(10), String(r.panes).padStart(5), r.renderMode.padStart(6), String(r.steps).padStart(5), r.p50Ms.toFixed(1).padStart(6), r.p95Ms.toFixed(1).padStart(6), r.maxMs.toFixed(1).padStart(6)].join('  '),
  );
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
