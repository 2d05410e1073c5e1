import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openApp, type BrowserSession } from './support/browser';

// Ground truth written by `npm run test-data:gen` next to the demo studies.
const GROUND_TRUTH = 'test-data/generated/synthetic/ground-truth.json';

interface NamedVoxel {
  name: string;
  sliceIndex: number;
  column: number;
  row: number;
  positionMm: [number, number, number];
  expectedValue: number;
  noiseSigma: number;
}
interface TruthSeries {
  SeriesDescription: string;
  sliceCount: number;
  numberOfFrames: number | null;
  namedVoxels?: NamedVoxel[];
}
interface TruthStudy {
  id: string;
  StudyDate: string;
  series: TruthSeries[];
}

function truthSeries(studyId: string, description: string): { study: TruthStudy; series: TruthSeries } {
  if (!existsSync(GROUND_TRUTH)) throw new Error(`${GROUND_TRUTH} is missing: run npm run test-data:gen`);
  const truth = JSON.parse(readFileSync(GROUND_TRUTH, 'utf8')) as { studies: TruthStudy[] };
  const study = truth.studies.find((s) => s.id === studyId);
  const series = study?.series.find((s) => s.SeriesDescription === description);
  if (!study || !series) throw new Error(`no ${studyId} / ${description} in ${GROUND_TRUTH}`);
  return { study, series };
}

/** Page object for the viewer: load the demo, open a series in vp-0, wait for its render signal. */
const viewer = {
  async loadDemo(page: Page) {
    await page.getByTestId('load-demo').click();
    await page.getByTestId('series-item').first().waitFor({ timeout: 60_000 });
  },

  /** Opens the series into the active pane (vp-0) and waits until its first image is drawn. */
  async openSeries(page: Page, description: string, studyDate: string) {
    const digits = (s: string | null) => (s ?? '').replace(/\D/g, '');
    const items = page.locator(`[data-testid="series-item"][data-series-description="${description}"]`);
    await items.first().waitFor();
    let item = items.first();
    for (const candidate of await items.all()) {
      if (digits(await candidate.getAttribute('data-study-date')) === studyDate) item = candidate;
    }
    const stackId = await item.getAttribute('data-stack-id');
    await item.locator('button.series-open').click();
    return this.waitRendered(page, `[data-stack-id="${stackId}"]`);
  },

  async waitRendered(page: Page, extra = '') {
    const pane = page.locator(`[data-testid="viewport-pane"][data-viewport-id="vp-0"]${extra}`);
    await page.locator(`[data-testid="viewport-pane"][data-viewport-id="vp-0"]${extra}[data-render-state="rendered"]`).waitFor({ timeout: 30_000 });
    return pane;
  },

  /** Shows the slice nearest to `positionMm` and moves the mouse onto that point. */
  async hover(page: Page, positionMm: [number, number, number]) {
    const index = await page.evaluate((p) => window.__viable?.viewports['vp-0']?.sliceIndexNearest(p), positionMm);
    expect(index).toBeTypeOf('number');
    await page.evaluate((i) => window.__viable?.viewports['vp-0']?.scrollToIndex(i), index as number);
    await this.waitRendered(page, `[data-slice-index="${index}"]`);
    const [x, y] = (await page.evaluate((p) => window.__viable?.viewports['vp-0']?.worldToCanvas(p), positionMm)) ?? [NaN, NaN];
    const box = await page.locator('[data-viewport-id="vp-0"] [data-testid="viewport-element"]').boundingBox();
    if (!box) throw new Error('viewport element has no box');
    await page.mouse.move(box.x + x, box.y + y);
    return index as number;
  },

  readout: (page: Page) => page.locator('[data-viewport-id="vp-0"] [data-testid="overlay-readout"]').innerText(),
  text: (page: Page, testId: string) => page.locator(`[data-viewport-id="vp-0"] [data-testid="${testId}"]`).innerText(),
};

/** Asserts that the readout at the aorta centre names the ground-truth pixel and an HU value within 4σ. */
async function expectAortaReadout(page: Page) {
  const { study, series } = truthSeries('CT_BL', 'ART 2.5mm');
  const aorta = series.namedVoxels?.find((v) => v.name === 'aortaCentre');
  if (!aorta) throw new Error('ground truth has no aortaCentre');
  await viewer.openSeries(page, series.SeriesDescription, study.StudyDate);
  await viewer.hover(page, aorta.positionMm);
  const text = await viewer.readout(page);
  const match = /^\((\d+), (\d+)\) · \(([-\d.]+), ([-\d.]+), ([-\d.]+)\) mm · (-?[\d.]+) HU$/.exec(text);
  expect(match, text).not.toBeNull();
  const [, column, row, , , z, hu] = match!.map(Number);
  expect([column, row]).toEqual([aorta.column, aorta.row]);
  expect(z).toBeCloseTo(aorta.positionMm[2], 1);
  expect(Math.abs(hu! - aorta.expectedValue)).toBeLessThanOrEqual(4 * aorta.noiseSigma);
}

describe('stack viewport', () => {
  let session: BrowserSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('reads HU under the cursor, scrolls, windows, and shows RLE and multi-frame series', async () => {
    session = await openApp(inject('baseUrl'));
    const { page, log } = session;
    await viewer.loadDemo(page);
    await expectAortaReadout(page);

    const pane = page.locator('[data-testid="viewport-pane"][data-viewport-id="vp-0"]');
    const index = Number(await pane.getAttribute('data-slice-index'));
    const sliceBefore = await viewer.text(page, 'overlay-slice');
    await page.mouse.down(); // a click without drag focuses the pane and leaves W/L as it is
    await page.mouse.up();
    await page.keyboard.press('ArrowDown');
    await viewer.waitRendered(page, `[data-slice-index="${index + 1}"]`);
    expect(await viewer.text(page, 'overlay-slice')).not.toBe(sliceBefore);
    await page.mouse.wheel(0, -120);
    await viewer.waitRendered(page, `[data-slice-index="${index}"]`);
    expect(await viewer.text(page, 'overlay-slice')).toBe(sliceBefore);

    await page.locator('[data-viewport-id="vp-0"] [data-testid="wl-preset-liver"]').click();
    await expect.poll(() => viewer.text(page, 'overlay-wl')).toBe('W 150 L 90');
    await page.locator('[data-viewport-id="vp-0"] [data-testid="wl-preset-bone"]').click();
    await expect.poll(() => viewer.text(page, 'overlay-wl')).toBe('W 1800 L 400');

    const rle = truthSeries('CT_FU2', 'NC 5mm');
    await viewer.openSeries(page, rle.series.SeriesDescription, rle.study.StudyDate);
    expect(Number(await pane.getAttribute('data-image-count'))).toBe(rle.series.sliceCount);

    const cbct = truthSeries('ANGIO_TACE', 'CBCT ART');
    await viewer.openSeries(page, cbct.series.SeriesDescription, cbct.study.StudyDate);
    expect(Number(await pane.getAttribute('data-image-count'))).toBe(cbct.series.numberOfFrames);
    expect(await page.locator('[data-viewport-id="vp-0"] [data-testid="viewport-error"]').count()).toBe(0);
    expect(log.pageErrors).toEqual([]);
  });

  it('renders and reads the same values with the CPU fallback', async () => {
    session = await openApp(inject('baseUrl'), '/?render=cpu');
    const { page, log } = session;
    expect(await page.locator('html').getAttribute('data-render-mode')).toBe('cpu');
    await viewer.loadDemo(page);
    await expectAortaReadout(page);
    const rle = truthSeries('CT_FU2', 'NC 5mm');
    await viewer.openSeries(page, rle.series.SeriesDescription, rle.study.StudyDate);
    expect(log.pageErrors).toEqual([]);
  });
});
