import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, onTestFailed } from 'vitest';
import { openApp, type BrowserSession } from './support/browser';
import { isoDate, readGroundTruth, type GroundTruth } from './support/groundTruth';
import { drawCaliper, lesionTable, pagePointOf, readResponsePanel, showSliceOf } from './support/measuring';
import { opener, studyBrowser, viewport } from './support/pageObjects';

// Editing calipers: the finding follows a moved or deleted caliper, undo and redo
// step through those edits, a finding jumps to its caliper, and a viable diameter
// on the wrong phase is flagged.

let session: BrowserSession;
let truth: GroundTruth;
let baselineDate: string;
let baselineArt: string;

const t1 = () => truth.lesions.find((l) => l.id === 'T1')!.timepoints.find((t) => t.timepoint === 'BL')!;

beforeAll(async () => {
  truth = readGroundTruth();
  baselineDate = isoDate(truth.studies.find((s) => s.timepoint === 'BL')!.StudyDate);
  session = await openApp(inject('baseUrl'));
  await opener.loadDemo(session.page);
  await opener.waitScan(session.page, 'done');
  baselineArt = await studyBrowser.open(session.page, 'ART 2.5mm', baselineDate);
  await viewport.waitState(session.page, 'rendered', { stackId: baselineArt });
});

beforeEach(({ task }) => {
  onTestFailed(async () => {
    await session.page.screenshot({ path: path.join('e2e-artifacts', `editing-${task.name.replace(/\W+/g, '-')}.png`) });
  });
});

afterAll(async () => {
  await session?.close();
});

describe('editing calipers', () => {
  it('files a caliper drawn with no lesion selected under a new target', async () => {
    const { page } = session;
    await drawCaliper(page, 'ViableDiameter', ...t1().viableEndpointsMm!);
    await lesionTable.row(page, 'T1').waitFor();
    await expect.poll(() => lesionTable.firstNumber(page, 'T1', baselineDate)).toBeCloseTo(t1().viableLongestDiameterMm, 0);
  });

  it('follows a moved endpoint, and undo / redo step through the move', async () => {
    const { page } = session;
    const [from, to] = t1().viableEndpointsMm!;
    const before = await lesionTable.firstNumber(page, 'T1', baselineDate);
    await showSliceOf(page, to);
    const [x, y] = await pagePointOf(page, to);
    const [fx, fy] = await pagePointOf(page, from);
    // Drag the second endpoint a fifth of the way back towards the first, with the caliper's own tool.
    await page.getByTestId('tool-ViableDiameter').click();
    await page.mouse.move(Math.round(x), Math.round(y));
    await page.mouse.down();
    await page.mouse.move(Math.round(x + (fx - x) / 5), Math.round(y + (fy - y) / 5), { steps: 4 });
    await page.mouse.up();
    await page.getByTestId('tool-ViableDiameter').click();
    await expect.poll(() => lesionTable.firstNumber(page, 'T1', baselineDate)).toBeLessThan(before - 5);
    const moved = await lesionTable.firstNumber(page, 'T1', baselineDate);
    await page.getByTestId('undo').click();
    await expect.poll(() => lesionTable.firstNumber(page, 'T1', baselineDate)).toBe(before);
    await page.getByTestId('redo').click();
    await expect.poll(() => lesionTable.firstNumber(page, 'T1', baselineDate)).toBe(moved);
    await page.getByTestId('undo').click();
    await expect.poll(() => lesionTable.firstNumber(page, 'T1', baselineDate)).toBe(before);
  });

  it('jumps from a finding to its caliper on another series', async () => {
    const { page } = session;
    const portal = await studyBrowser.open(page, 'PV 2.5mm', baselineDate);
    await viewport.waitState(page, 'rendered', { stackId: portal });
    await lesionTable.cell(page, 'T1', baselineDate).click();
    const pane = await viewport.waitState(page, 'rendered', { stackId: baselineArt });
    const sliceIndex = Number(await pane.getAttribute('data-slice-index'));
    const expected = await page.evaluate((p) => window.__viable!.viewports['vp-0']!.sliceIndexNearest(p), t1().viableEndpointsMm![0]);
    expect(sliceIndex).toBe(expected);
  });

  it('deletes a caliper from the finding, and Ctrl+Z brings it back', async () => {
    const { page } = session;
    await page.getByTestId('caliper-item').first().waitFor();
    await page.getByTestId('delete-caliper').first().click();
    await expect.poll(() => lesionTable.cell(page, 'T1', baselineDate).innerText()).toBe('—');
    await page.locator('body').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => lesionTable.firstNumber(page, 'T1', baselineDate)).toBeCloseTo(t1().viableLongestDiameterMm, 0);
  });

  it('flags a viable diameter drawn on the portal-venous phase', async () => {
    const { page } = session;
    const portal = await studyBrowser.open(page, 'PV 2.5mm', baselineDate);
    await viewport.waitState(page, 'rendered', { stackId: portal });
    await page.getByTestId('add-target').click();
    await drawCaliper(page, 'ViableDiameter', ...truth.lesions.find((l) => l.id === 'T2')!.timepoints[0]!.viableEndpointsMm!);
    await expect.poll(() => page.getByTestId('notice').innerText()).toContain('portal-venous');
    await expect.poll(() => page.getByTestId('caliper-notes').innerText()).toContain('not counted — mRECIST measures viable tumour on the arterial phase');
    expect(await lesionTable.row(page, 'T2').getByTestId('lesion-warning').getAttribute('title')).toContain('portal-venous');
  });

  it('moves a caliper filed under the active lesion to a new target in one click', async () => {
    const { page } = session;
    const art = await studyBrowser.open(page, 'ART 2.5mm', baselineDate);
    await viewport.waitState(page, 'rendered', { stackId: art });
    await lesionTable.activate(page, 'T1');
    // T1 has no whole-lesion diameter yet, so T2's lands on T1 until the reader moves it.
    const t2 = truth.lesions.find((l) => l.id === 'T2')!.timepoints[0]!;
    await drawCaliper(page, 'WholeDiameter', ...t2.wholeEndpointsMm!);
    await expect.poll(() => page.getByTestId('selected-caliper').innerText()).toContain('a caliper of T1');
    await page.getByTestId('caliper-to-new-target').click();
    await lesionTable.row(page, 'T3').waitFor();
    await expect.poll(() => lesionTable.wholeNumber(page, 'T3', baselineDate)).toBeCloseTo(t2.longestDiameterMm, 0);
    expect(await lesionTable.wholeNumber(page, 'T1', baselineDate)).toBeNaN();
    expect(await lesionTable.firstNumber(page, 'T1', baselineDate)).toBeCloseTo(t1().viableLongestDiameterMm, 0);
  });

  it('opens the saved assessment for review before any image is open, and keeps it when the images come', async () => {
    const { page } = session;
    await page.locator('[data-testid="autosave-status"][data-state="saved"]').waitFor();
    await opener.closeAll(page);
    await page.getByTestId('saved-assessments').click();
    await page.getByTestId('open-saved').click();
    await lesionTable.row(page, 'T2').waitFor();
    expect(await lesionTable.firstNumber(page, 'T1', baselineDate)).toBeCloseTo(t1().viableLongestDiameterMm, 0);
    await opener.loadDemo(page);
    await opener.waitScan(page, 'done');
    await viewport.waitState(page, 'rendered');
    expect(await lesionTable.firstNumber(page, 'T1', baselineDate)).toBeCloseTo(t1().viableLongestDiameterMm, 0);
  });

  it('imports the example assessment of the demo and links its BL/FU timepoints to the open studies', async () => {
    const { page } = session;
    await page.getByTestId('import-json-input').setInputFiles('test-data/assessments/synthetic-demo.json');
    await opener.notice(page, 'assessment-imported').waitFor();
    const baselineStudy = page.locator(`[data-testid="study-item"][data-study-date="${baselineDate}"]`);
    await expect.poll(() => baselineStudy.getByTestId('study-timepoint').innerText()).toBe('Baseline');
    const panel = await readResponsePanel(page);
    expect(panel.mrecist).toEqual({ FU1: 'PR', FU2: 'PD' });
    expect(panel.recist).toEqual({ FU1: 'SD', FU2: 'PD' });
    expect((await page.getByTestId('response-summary').innerText()).replace(/\s+/g, ' ')).toBe('mRECIST FU1 PR FU2 PD best PR');
  });
});
