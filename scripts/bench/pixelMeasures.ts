// The pixel side of the loading benchmark as bench measures: "all ready" through the
// viewer's own background prefetch (no test hook) with memory × raw pixels, and
// scrolling latency for one pane and two synced panes.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { generateBenchSeries } from '../synthetic/generate.ts';
import { CT_GRID } from '../synthetic/description.ts';
import { formatBackgroundTable, measureBackgroundLoad, type BackgroundLoad } from './backgroundLoad.ts';
import type { BenchMeasure, Goal } from './measure.ts';
import { formatScrollTable, measureScroll } from './scroll.ts';

/** Memory goal of issue 11: one copy of the pixels after a 1000-slice load. */
const MEMORY_GOAL = 1.15;
/** Scrolling goals at 1920×1080: p95 from the page's handler to render, ms, by pane count. */
const SCROLL_P95_GOAL_MS = { 1: 17, 2: 33 } as const;

export const backgroundLoad: BenchMeasure = {
  name: 'backgroundLoad',
  async run({ baseUrl, workDir, sizes, onStep }) {
    const runs: Array<BackgroundLoad & { slices: number }> = [];
    for (const slices of sizes) {
      const folder = path.join(workDir, `background-${slices}`);
      generateBenchSeries(folder, slices);
      onStep(`${slices} slices: until the background prefetch has decoded every slice`);
      runs.push({ slices, ...(await measureBackgroundLoad(baseUrl, folder, slices, CT_GRID)) });
      rmSync(folder, { recursive: true, force: true });
    }
    const goals: Goal[] = runs
      .filter((run) => run.slices >= 1000)
      .map((run) => {
        const ratio = run.memoryBytes / run.rawPixelBytes;
        return { text: `memory ${ratio.toFixed(2)}× raw pixels after ${run.slices} slices ≤ ${MEMORY_GOAL}×`, met: ratio <= MEMORY_GOAL };
      });
    return { table: formatBackgroundTable(runs), notes: [], goals, record: runs };
  },
};

export const scrolling: BenchMeasure = {
  name: 'scrolling',
  async run({ baseUrl, onStep }) {
    const runs = await measureScroll(baseUrl, '', onStep);
    // Judged on the viewer's part (page's first listener → rendered): a wheel event reaches any page one or two frames
    // after its timestamp (Chromium aligns wheel input to animation frames; a blank page waits as long), which no
    // page can shorten. The whole input-to-render time stays in the goal's text and in the table.
    const goals: Goal[] = runs
      .filter((run) => run.window === '1920×1080' && (run.input === 'key' || run.input === 'wheel'))
      .map((run) => {
        const goal = SCROLL_P95_GOAL_MS[run.panes];
        const blank = runs.find((other) => other.input === `${run.input} on a blank page`);
        const blankNote = blank ? `; a blank page's delivery p95 ${blank.deliveryP95Ms.toFixed(0)} ms` : '';
        const detail = `input to render ${run.p95Ms.toFixed(0)} ms, of which the browser's delivery ${run.deliveryP95Ms.toFixed(0)} ms${blankNote}`;
        return {
          text: `scroll ${run.input}, ${run.panes} pane(s) at ${run.window}: p95 ${run.viewerP95Ms.toFixed(0)} ms from the page's handler to render ≤ ${goal} ms (${detail})`,
          met: run.viewerP95Ms <= goal,
        };
      });
    const notes = [
      'p95 × blank: the row\'s p95 over the p95 of the same input on a blank page in this run, the browser\'s own input delay on this machine at this moment;',
      'on a loaded machine it separates what the viewer adds from what every page pays.',
      'delivery: input event timestamp → the page\'s first listener (the browser\'s part); viewer: that listener → every pane rendered (the goals judge this part).',
    ];
    return { table: formatScrollTable(runs), notes, goals, record: runs };
  },
};
