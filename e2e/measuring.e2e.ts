import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, onTestFailed } from 'vitest';
import { openApp, type BrowserSession } from './support/browser';
import { isoDate, readGroundTruth, type GroundTruth } from './support/groundTruth';
import { drawCaliper, lesionTable, readResponsePanel } from './support/measuring';
import { opener, studyBrowser, viewport } from './support/pageObjects';

// The measuring workflow on the synthetic studies, as a reader does it: targets
// measured by dragging between the ground truth's endpoints on the arterial phase
// of each timepoint, non-targets and the new lesion marked, then the categories
// compared with the ground truth, after a reload, and through the exported file.

const TOLERANCE_MM = 0.5;
let session: BrowserSession;
let truth: GroundTruth;
const dateOf = (timepoint: string) => isoDate(truth.studies.find((s) => s.timepoint === timepoint)!.StudyDate);
const exportDir = mkdtempSync(path.join(tmpdir(), 'viable-export-'));

async function openDemo() {
  await opener.loadDemo(session.page);
  await opener.waitScan(session.page, 'done');
  await viewport.waitState(session.page, 'rendered');
  await session.page.getByTestId('lesion-row').first().or(session.page.getByTestId('add-target')).first().waitFor();
}

async function selectCell(lesionId: string, timepointId: string) {
  await lesionTable.cell(session.page, lesionId, timepointId).click();
  await session.page.locator(`[data-testid="finding-editor"][data-lesion-id="${lesionId}"][data-timepoint-id="${timepointId}"]`).waitFor();
}

async function expectedCategories() {
  const of = (criteria: 'mRECIST' | 'RECIST1.1') => truth.expectedResponses.find((r) => r.criteria === criteria)!;
  const byDate = (criteria: 'mRECIST' | 'RECIST1.1') =>
    Object.fromEntries(of(criteria).timepoints.filter((t) => t.overall).map((t) => [dateOf(t.timepoint), t.overall!]));
  return { mrecist: byDate('mRECIST'), recist: byDate('RECIST1.1'), mrecistBor: of('mRECIST').bestOverallResponse, recistBor: of('RECIST1.1').bestOverallResponse };
}

beforeAll(async () => {
  truth = readGroundTruth();
  session = await openApp(inject('baseUrl'));
  await openDemo();
});

beforeEach(({ task }) => {
  // What the page looked like when a step failed, for whoever reads the CI log.
  onTestFailed(async () => {
    await session.page.screenshot({ path: path.join('e2e-artifacts', `measuring-${task.name.replace(/\W+/g, '-')}.png`) });
  });
});

afterAll(async () => {
  await session?.close();
});

describe('measuring the synthetic studies', () => {
  it('records each target caliper within 0.5 mm of the ground truth on the arterial phase of every timepoint', async () => {
    const { page } = session;
    for (const lesion of truth.lesions.filter((l) => l.role === 'target')) {
      await page.getByTestId('add-target').click();
      await lesionTable.row(page, lesion.id).waitFor();
      for (const at of lesion.timepoints) {
        const timepointId = dateOf(at.timepoint);
        const stackId = await studyBrowser.open(page, 'ART 2.5mm', timepointId);
        await viewport.waitState(page, 'rendered', { stackId });
        await lesionTable.activate(page, lesion.id);
        if (at.viableEndpointsMm) {
          await drawCaliper(page, 'ViableDiameter', ...at.viableEndpointsMm);
          await expect.poll(() => lesionTable.firstNumber(page, lesion.id, timepointId)).toBeCloseTo(at.viableLongestDiameterMm, 0);
          expect(Math.abs((await lesionTable.firstNumber(page, lesion.id, timepointId)) - at.viableLongestDiameterMm)).toBeLessThanOrEqual(TOLERANCE_MM);
        } else {
          await selectCell(lesion.id, timepointId);
          await page.getByTestId('viable-zero').click();
        }
        await drawCaliper(page, 'WholeDiameter', ...at.wholeEndpointsMm!);
        await expect.poll(() => lesionTable.wholeNumber(page, lesion.id, timepointId)).toBeGreaterThan(0);
        expect(Math.abs((await lesionTable.wholeNumber(page, lesion.id, timepointId)) - at.longestDiameterMm)).toBeLessThanOrEqual(TOLERANCE_MM);
      }
    }
  });

  it('marks the non-target and the new lesion', async () => {
    const { page } = session;
    const nonTarget = truth.lesions.find((l) => l.role === 'non-target')!;
    await page.getByTestId('add-non-target').click();
    for (const at of nonTarget.timepoints) {
      await selectCell('NT1', dateOf(at.timepoint));
      await page.getByTestId('finding-status').selectOption(at.present ? 'present' : 'absent');
    }
    const newLesion = truth.lesions.find((l) => l.role === 'new')!;
    const appeared = newLesion.timepoints.find((t) => t.present)!;
    const timepointId = dateOf(appeared.timepoint);
    await page.getByTestId('add-new').click();
    await selectCell('N1', timepointId);
    await page.getByTestId('finding-status').selectOption('present');
    await page.getByTestId('finding-pattern').selectOption('typical');
    const stackId = await studyBrowser.open(page, 'ART 2.5mm', timepointId);
    await viewport.waitState(page, 'rendered', { stackId });
    await drawCaliper(page, 'WholeDiameter', ...appeared.wholeEndpointsMm!);
    await expect.poll(() => lesionTable.firstNumber(page, 'N1', timepointId)).toBeGreaterThan(0);
    expect(Math.abs((await lesionTable.firstNumber(page, 'N1', timepointId)) - appeared.longestDiameterMm)).toBeLessThanOrEqual(TOLERANCE_MM);
  });

  it("shows the ground truth's mRECIST and RECIST 1.1 categories for both follow-ups", async () => {
    const panel = await readResponsePanel(session.page);
    const expected = await expectedCategories();
    expect(panel.mrecist).toEqual(expected.mrecist);
    expect(panel.recist).toEqual(expected.recist);
    expect(panel.overall).toEqual(expected.mrecist);
    expect([panel.mrecistBor, panel.recistBor]).toEqual([expected.mrecistBor, expected.recistBor]);
  });

  it('exports JSON that npm run assess scores exactly as the panel does', async () => {
    const { page } = session;
    const panel = await readResponsePanel(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
    const file = path.join(exportDir, 'assessment.json');
    await download.saveAs(file);
    for (const [criteria, categories] of [['mRECIST', panel.mrecist], ['RECIST1.1', panel.recist]] as const) {
      const cli = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/assess.ts', file, '--criteria', criteria, '--json'], { encoding: 'utf8' });
      expect(cli.status, cli.stderr).toBe(0);
      const result = JSON.parse(cli.stdout) as { timepoints: { timepoint: string; overallResponse: string }[] };
      expect(Object.fromEntries(result.timepoints.map((t) => [t.timepoint, t.overallResponse]))).toEqual(categories);
    }
  });

  it('refuses an invalid import with the located error and keeps the work', async () => {
    const { page } = session;
    const before = await readResponsePanel(page);
    const bad = path.join(exportDir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'tumor-response-assessment', version: 1, criteria: 'mRECIST', timepoints: [{ id: 'x', date: '2026-01-12' }], lesions: [{ id: 'T1', role: 'target', organ: 'liver', findings: { x: { viableLongestDiameterMm: -3 } } }] }));
    await page.getByTestId('import-json-input').setInputFiles(bad);
    await expect.poll(() => opener.notice(page, 'assessment-not-imported').innerText()).toContain('lesions[0].findings.x.viableLongestDiameterMm: must be a number >= 0');
    expect(await readResponsePanel(page)).toEqual(before);
  });

  it('brings everything back after a page reload', async () => {
    const { page } = session;
    const before = await readResponsePanel(page);
    const t1 = await lesionTable.firstNumber(page, 'T1', dateOf('FU1'));
    await page.locator('[data-testid="autosave-status"][data-state="saved"]').waitFor();
    await page.reload();
    await openDemo();
    await lesionTable.row(page, 'N1').waitFor();
    expect(await lesionTable.firstNumber(page, 'T1', dateOf('FU1'))).toBe(t1);
    expect(await readResponsePanel(page)).toEqual(before);
  });
});
