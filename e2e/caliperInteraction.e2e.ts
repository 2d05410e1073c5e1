import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, onTestFailed } from 'vitest';
import type { BrowserSession } from './support/browser';
import { openDemoSession } from './support/demoSession';
import { isoDate, readGroundTruth, type GroundTruth, type Vec3 } from './support/groundTruth';
import { drawCaliper, lesionTable, pagePointOf, showSliceOf } from './support/measuring';
import { studyBrowser, viewport } from './support/pageObjects';

// What the mouse may do to a caliper: zoom, pan and window/level drags that start on
// one leave it where it is; only the caliper's own tool on the left button moves it,
// and each drag is one undo step. The finding editor shows what the calipers measured.

let session: BrowserSession;
let truth: GroundTruth;
let baselineDate: string;
/** The zoom label of the fitted image (zoom is physical: 100% = one screen pixel per mm, not "fitted"). */
let fittedZoom: string;

const t1 = () => truth.lesions.find((l) => l.id === 'T1')!.timepoints.find((t) => t.timepoint === 'BL')!;
const mid = (a: Vec3, b: Vec3): Vec3 => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2];

/** The calipers the store holds, by id, read from the exported assessment file. */
async function storedCalipers(page: Page): Promise<Record<string, number[][]>> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    lesions: { findings: Record<string, { measurements?: { id: string; pointsMm: number[][] }[] }> }[];
  };
  const calipers = exported.lesions.flatMap((lesion) => Object.values(lesion.findings).flatMap((finding) => finding.measurements ?? []));
  return Object.fromEntries(calipers.map((c) => [c.id, c.pointsMm]));
}

/** Where the viewer draws a caliper (its annotation's points). */
const shownPoints = (page: Page, id: string) => page.evaluate((uid) => window.__viable!.caliperPointsMm(uid), id);

const zoomText = (page: Page) => viewport.pane(page).getByTestId('overlay-zoom').innerText();
const windowText = (page: Page) => viewport.pane(page).getByTestId('overlay-wl').innerText();

async function drag(page: Page, [x, y]: [number, number], dx: number, dy: number, button: 'left' | 'right' | 'middle' = 'left'): Promise<void> {
  await page.mouse.move(Math.round(x), Math.round(y));
  await page.mouse.down({ button });
  await page.mouse.move(Math.round(x + dx), Math.round(y + dy), { steps: 6 });
  await page.mouse.up({ button });
}

beforeAll(async () => {
  truth = readGroundTruth();
  baselineDate = isoDate(truth.studies.find((s) => s.timepoint === 'BL')!.StudyDate);
  session = await openDemoSession(inject('baseUrl'));
  const art = await studyBrowser.open(session.page, 'ART 2.5mm', baselineDate);
  await viewport.waitState(session.page, 'rendered', { stackId: art });
  fittedZoom = await zoomText(session.page);
  await drawCaliper(session.page, 'ViableDiameter', ...t1().viableEndpointsMm!);
  await lesionTable.row(session.page, 'T1').waitFor();
});

beforeEach(({ task }) => {
  onTestFailed(async () => {
    await session.page.screenshot({ path: path.join('e2e-artifacts', `caliperInteraction-${task.name.replace(/\W+/g, '-')}.png`) });
  });
});

afterAll(async () => {
  await session?.close();
});

describe('caliper interaction', () => {
  it('zooms, pans and windows without moving a caliper the drag starts on', async () => {
    const { page } = session;
    const [from, to] = t1().viableEndpointsMm!;
    await expect.poll(() => lesionTable.firstNumber(page, 'T1', baselineDate)).toBeCloseTo(t1().viableLongestDiameterMm, 0);
    const stored = await storedCalipers(page);
    const [id] = Object.keys(stored);
    expect(Object.keys(stored)).toHaveLength(1);
    const storedBefore = stored[id!]!;
    const shownBefore = await shownPoints(page, id!);
    expect(shownBefore).toHaveLength(2);
    await showSliceOf(page, to);

    for (const tool of ['WindowLevel', 'ViableDiameter'] as const) {
      // With the caliper's own tool on the left button, the other buttons still zoom and pan.
      if (tool === 'ViableDiameter') await page.getByTestId('tool-ViableDiameter').click();
      for (const [where, point] of [['handle', to], ['line', mid(from, to)]] as const) {
        const zoomBefore = await zoomText(page);
        await drag(page, await pagePointOf(page, point), 0, -40, 'right');
        await expect.poll(() => zoomText(page), { message: `right-drag on the ${where} zooms (${tool})` }).not.toBe(zoomBefore);

        const canvasBefore = await pagePointOf(page, from);
        await drag(page, await pagePointOf(page, point), 30, 20, 'middle');
        await expect.poll(async () => (await pagePointOf(page, from))[0] - canvasBefore[0], { message: `middle-drag on the ${where} pans (${tool})` }).toBeCloseTo(30, -1);

        if (tool === 'WindowLevel') {
          const windowBefore = await windowText(page);
          await drag(page, await pagePointOf(page, point), 25, 15, 'left');
          await expect.poll(() => windowText(page), { message: `left-drag on the ${where} windows` }).not.toBe(windowBefore);
        }
        expect(await shownPoints(page, id!), `viewer caliper after drags on the ${where} (${tool})`).toEqual(shownBefore);
      }
    }
    await page.getByTestId('tool-ViableDiameter').click();
    expect((await storedCalipers(page))[id!]).toEqual(storedBefore);
    expect(await lesionTable.firstNumber(page, 'T1', baselineDate)).toBeCloseTo(t1().viableLongestDiameterMm, 0);
  });

  it('makes each of two drags of the same caliper its own undo step', async () => {
    const { page } = session;
    const [from, to] = t1().viableEndpointsMm!;
    await viewport.pane(page).getByTestId('viewport-fit').click();
    await expect.poll(() => zoomText(page)).toBe(fittedZoom);
    await showSliceOf(page, to);
    const original = await lesionTable.firstNumber(page, 'T1', baselineDate);
    const [x, y] = await pagePointOf(page, to);
    const [fx, fy] = await pagePointOf(page, from);
    // Each drag pulls the second endpoint a sixth of the way back towards the first.
    const step = [(fx - x) / 6, (fy - y) / 6] as const;
    await page.getByTestId('tool-ViableDiameter').click();
    await drag(page, [x, y], step[0], step[1]);
    await expect.poll(() => lesionTable.firstNumber(page, 'T1', baselineDate)).toBeLessThan(original - 3);
    const afterFirst = await lesionTable.firstNumber(page, 'T1', baselineDate);
    await drag(page, [x + step[0], y + step[1]], step[0], step[1]);
    await expect.poll(() => lesionTable.firstNumber(page, 'T1', baselineDate)).toBeLessThan(afterFirst - 3);
    await page.getByTestId('tool-ViableDiameter').click();

    await page.getByTestId('undo').click();
    await expect.poll(() => lesionTable.firstNumber(page, 'T1', baselineDate)).toBe(afterFirst);
    await page.getByTestId('undo').click();
    await expect.poll(() => lesionTable.firstNumber(page, 'T1', baselineDate)).toBe(original);
  });
});

describe('finding editor of a measured finding', () => {
  it('shows the caliper values, not editable, and says that they come from the calipers', async () => {
    const { page } = session;
    await lesionTable.cell(page, 'T1', baselineDate).click();
    const editor = page.locator(`[data-testid="finding-editor"][data-lesion-id="T1"][data-timepoint-id="${baselineDate}"]`);
    await editor.waitFor();
    const viable = editor.getByTestId('finding-viableLongestDiameterMm');
    await expect.poll(async () => Number(await viable.inputValue())).toBeCloseTo(t1().viableLongestDiameterMm, 0);
    expect(await viable.isDisabled()).toBe(true);
    expect(await editor.getByTestId('finding-viableLongestDiameterMm-source').innerText()).toContain('from the caliper');

    // A whole diameter typed first, then measured: the caliper's value is shown and the typed one is said to be unused.
    const whole = editor.getByTestId('finding-longestDiameterMm');
    await whole.fill('45');
    await whole.blur();
    await expect.poll(() => lesionTable.wholeNumber(page, 'T1', baselineDate)).toBe(45);
    await drawCaliper(page, 'WholeDiameter', ...t1().wholeEndpointsMm!);
    await expect.poll(async () => Number(await whole.inputValue())).toBeCloseTo(t1().longestDiameterMm, 0);
    expect(await whole.isDisabled()).toBe(true);
    expect(await editor.getByTestId('finding-longestDiameterMm-source').innerText()).toContain('the typed 45.0 is not used');
  });
});
