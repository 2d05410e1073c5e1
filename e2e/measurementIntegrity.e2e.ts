import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, onTestFailed } from 'vitest';
import type { BrowserSession } from './support/browser';
import { openDemoSession } from './support/demoSession';
import { isoDate, readGroundTruth, type GroundTruth, type GroundTruthLesionTimepoint } from './support/groundTruth';
import { drawCaliper, lesionTable } from './support/measuring';
import { opener, studyBrowser, viewport } from './support/pageObjects';

// Measurement integrity (issue 9): a caliper is never silently summed into another,
// a viable diameter off the arterial phase does not count until the reader says so,
// Viable Ø and EASL ⟂ are never added, and destructive actions say what they removed.

let session: BrowserSession;
let truth: GroundTruth;
let baseline: string;
let exportDir: string;

const at = (lesionId: string, timepoint = 'BL'): GroundTruthLesionTimepoint =>
  truth.lesions.find((l) => l.id === lesionId)!.timepoints.find((t) => t.timepoint === timepoint)!;

/** The number in the panel's baseline sum ("70.0 mm", "672.0 mm²"), or NaN. */
async function baselineSum(): Promise<number> {
  const text = await session.page.getByTestId('baseline-sum').innerText();
  return Number(/([\d.]+)\s*mm/.exec(text)?.[1] ?? NaN);
}

async function openSeries(description: string): Promise<void> {
  const stackId = await studyBrowser.open(session.page, description, baseline);
  await viewport.waitState(session.page, 'rendered', { stackId });
}

async function lesionIds(): Promise<string[]> {
  return session.page.getByTestId('lesion-row').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.lesionId ?? ''));
}

beforeAll(async () => {
  truth = readGroundTruth();
  baseline = isoDate(truth.studies.find((s) => s.timepoint === 'BL')!.StudyDate);
  exportDir = mkdtempSync(path.join(tmpdir(), 'viable-integrity-'));
  session = await openDemoSession(inject('baseUrl'));
});

beforeEach(async ({ task }) => {
  onTestFailed(async () => {
    await session.page.screenshot({ path: path.join('e2e-artifacts', `integrity-${task.name.replace(/\W+/g, '-')}.png`) });
  });
  // Every test starts from an empty assessment on the open demo.
  const { page } = session;
  for (const id of await lesionIds()) {
    await lesionTable.activate(page, id);
    await page.getByTestId('delete-lesion').click();
  }
  await expect.poll(lesionIds).toEqual([]);
  await page.getByTestId('criteria-mRECIST').click();
});

afterAll(async () => {
  await session?.close();
  rmSync(exportDir, { recursive: true, force: true });
});

describe('a second caliper on the selected lesion (issue 9.2)', () => {
  it('becomes a new target instead of being summed into T1; merge as fragment, replace and undo are one click each', async () => {
    const { page } = session;
    await openSeries('ART 2.5mm');
    await drawCaliper(page, 'ViableDiameter', ...at('T1').viableEndpointsMm!);
    await lesionTable.row(page, 'T1').waitFor();
    const t1 = await lesionTable.firstNumber(page, 'T1', baseline);
    expect(t1).toBeCloseTo(at('T1').viableLongestDiameterMm, 0);

    // T1 is still selected: the next tumour's caliper must not become 42 + 28 = 70 mm of T1.
    await drawCaliper(page, 'ViableDiameter', ...at('T2').viableEndpointsMm!);
    await lesionTable.row(page, 'T2').waitFor();
    const t2 = await lesionTable.firstNumber(page, 'T2', baseline);
    expect(t2).toBeCloseTo(at('T2').viableLongestDiameterMm, 0);
    expect(await lesionTable.firstNumber(page, 'T1', baseline)).toBe(t1);
    await expect.poll(() => page.getByTestId('notice').innerText()).toContain('T1 already has a viable Ø');

    // The reader meant two fragments of one split lesion: shown as such, and summed.
    await page.getByTestId('notice-merge-fragment').click();
    await expect.poll(lesionIds).toEqual(['T1']);
    await expect.poll(() => lesionTable.cell(page, 'T1', baseline).innerText()).toBe(`${t1.toFixed(1)} + ${t2.toFixed(1)}, 2 fragments`);
    await expect.poll(baselineSum).toBeCloseTo(t1 + t2, 1);
    await expect(page.getByTestId('notice').count()).resolves.toBe(0);

    // Undo takes the merge back; the notice of an undone step does not linger.
    await page.getByTestId('undo').click();
    await expect.poll(lesionIds).toEqual(['T1', 'T2']);
    await expect.poll(baselineSum).toBeCloseTo(t1 + t2, 1);

    // Replace: a third caliper on T2 stands for T2 instead of its first one.
    await lesionTable.activate(page, 'T2');
    // Off T2's caliper (4 mm aside), so that the drag starts a new caliper whatever the tool lets grab.
    const aside = (p: number[]): [number, number, number] => [p[0]!, p[1]! + 4, p[2]!];
    await drawCaliper(page, 'ViableDiameter', aside(at('T2').viableEndpointsMm![0]), aside(at('T2').centreMm!));
    await lesionTable.row(page, 'T3').waitFor();
    const shorter = await lesionTable.firstNumber(page, 'T3', baseline);
    await page.getByTestId('notice-replace-caliper').click();
    await expect.poll(lesionIds).toEqual(['T1', 'T2']);
    await expect.poll(() => lesionTable.firstNumber(page, 'T2', baseline)).toBe(shorter);
    await expect.poll(baselineSum).toBeCloseTo(t1 + shorter, 1);

    // Undo from the notice after drawing: the caliper and the lesion made for it go.
    await lesionTable.activate(page, 'T2');
    await drawCaliper(page, 'ViableDiameter', ...at('T2').viableEndpointsMm!);
    await lesionTable.row(page, 'T3').waitFor();
    await page.getByTestId('notice-undo').click();
    await expect.poll(lesionIds).toEqual(['T1', 'T2']);
    await expect(page.getByTestId('notice').count()).resolves.toBe(0);
  });
});

describe('a viable diameter off the arterial phase (issue 9.3)', () => {
  it('does not count under mRECIST until the reader confirms the phase, and is shown greyed with the reason', async () => {
    const { page } = session;
    await openSeries('PV 2.5mm');
    await drawCaliper(page, 'ViableDiameter', ...at('T1').viableEndpointsMm!);
    await lesionTable.row(page, 'T1').waitFor();
    await expect.poll(() => lesionTable.cell(page, 'T1', baseline).innerText()).toBe('— (1 caliper not counted)');
    expect(await baselineSum()).toBeNaN();
    await expect.poll(() => page.getByTestId('caliper-notes').innerText()).toContain('portal-venous series, not counted');
    await lesionTable.cell(page, 'T1', baseline).click();
    const item = page.getByTestId('caliper-item').first();
    expect(await item.getAttribute('data-counted')).toBe('false');
    expect(await item.getByTestId('caliper-note').innerText()).toContain('Confirm the phase if this image is arterial');

    await item.getByTestId('confirm-phase').click();
    await expect.poll(() => lesionTable.firstNumber(page, 'T1', baseline)).toBeCloseTo(at('T1').viableLongestDiameterMm, 0);
    await expect.poll(baselineSum).toBeCloseTo(at('T1').viableLongestDiameterMm, 0);
    expect(await page.getByTestId('caliper-item').first().getAttribute('data-counted')).toBe('true');
    await page.getByTestId('undo').click();
    await expect.poll(() => lesionTable.cell(page, 'T1', baseline).innerText()).toBe('— (1 caliper not counted)');

    // Correcting the series' phase in the study browser counts the calipers already drawn on it.
    await studyBrowser.overridePhase(page, 'PV 2.5mm', baseline, 'arterial');
    await expect.poll(baselineSum).toBeCloseTo(at('T1').viableLongestDiameterMm, 0);
    await studyBrowser.overridePhase(page, 'PV 2.5mm', baseline, 'portal-venous');
    await expect.poll(() => lesionTable.cell(page, 'T1', baseline).innerText()).toBe('— (1 caliper not counted)');
  });
});

describe('Viable Ø and EASL ⟂ on one lesion (issue 9.4)', () => {
  it('are never added; EASL uses its own pair, mRECIST the longest viable diameter, and the exported file scores the same in the CLI', async () => {
    const { page } = session;
    await openSeries('ART 2.5mm');
    await drawCaliper(page, 'ViableBidirectional', ...at('T1').viableEndpointsMm!);
    await lesionTable.row(page, 'T1').waitFor();
    await expect.poll(() => lesionTable.cell(page, 'T1', baseline).innerText()).toMatch(/×/);
    const [long, short] = (/(\d+\.\d) × (\d+\.\d)/.exec(await lesionTable.cell(page, 'T1', baseline).innerText()) ?? []).slice(1).map(Number) as [number, number];
    // A Viable Ø drawn after it on the same lesion: a different kind, so it joins T1 and is not summed.
    await drawCaliper(page, 'ViableDiameter', ...at('T1').viableEndpointsMm!);
    await expect.poll(() => page.getByTestId('caliper-target').innerText()).toBe('New calipers go to T1');
    expect(await lesionIds()).toEqual(['T1']);
    await expect.poll(baselineSum).toBeCloseTo(long, 0);
    expect(await baselineSum()).toBeLessThan(long * 1.5);

    const panel: Record<string, number> = {};
    for (const criteria of ['mRECIST', 'RECIST1.1', 'EASL'] as const) {
      await page.getByTestId(`criteria-${criteria}`).click();
      await expect.poll(() => page.getByTestId(`criteria-${criteria}`).getAttribute('aria-pressed')).toBe('true');
      panel[criteria] = await baselineSum();
    }
    // RECIST 1.1 reads whole diameters, and none was drawn: no sum in the panel (NaN) nor in the CLI (null).
    expect(panel['RECIST1.1']).toBeNaN();
    expect(panel.EASL).toBeCloseTo(long * short, 0);
    await page.getByTestId('criteria-mRECIST').click();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
    const file = path.join(exportDir, 'easl.json');
    await download.saveAs(file);
    for (const criteria of ['mRECIST', 'RECIST1.1', 'EASL'] as const) {
      const cli = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/assess.ts', file, '--criteria', criteria, '--json'], { encoding: 'utf8' });
      expect(cli.status, cli.stderr).toBe(0);
      const result = JSON.parse(cli.stdout) as { baseline: { targetSum: number | null } };
      if (Number.isNaN(panel[criteria])) expect(result.baseline.targetSum).toBeNull();
      else expect(result.baseline.targetSum).toBeCloseTo(panel[criteria]!, 1);
    }
  });
});

describe('a new lesion measured with Viable Ø (issue 9.7)', () => {
  it('takes the viable diameter as its size: shown in the table, and it qualifies as a new lesion', async () => {
    const { page } = session;
    const fu2 = isoDate(truth.studies.find((s) => s.timepoint === 'FU2')!.StudyDate);
    const art = await studyBrowser.open(page, 'ART 2.5mm', fu2);
    await viewport.waitState(page, 'rendered', { stackId: art });
    await page.getByTestId('add-new').click();
    await drawCaliper(page, 'ViableDiameter', ...at('N1', 'FU2').viableEndpointsMm!);
    await expect.poll(() => lesionTable.cell(page, 'N1', fu2).innerText()).toMatch(/^viable \d+\.\d$/);
    expect(await lesionTable.firstNumber(page, 'N1', fu2)).toBeCloseTo(at('N1', 'FU2').viableLongestDiameterMm, 0);
    const row = page.locator(`[data-testid="response-row"][data-timepoint-id="${fu2}"]`);
    await expect.poll(() => row.getByTestId('response-new').innerText()).toBe('yes');
    expect(await page.getByTestId('response-panel').innerText()).not.toContain('needs a longest diameter');
  });
});

describe('destructive actions (issue 9.10)', () => {
  it('deleting a lesion measured on several dates, or importing over it, says what went and offers Undo; close all clears the notice', async () => {
    const { page } = session;
    await openSeries('ART 2.5mm');
    await drawCaliper(page, 'ViableDiameter', ...at('T1').viableEndpointsMm!);
    await lesionTable.row(page, 'T1').waitFor();
    const fu1 = isoDate(truth.studies.find((s) => s.timepoint === 'FU1')!.StudyDate);
    const fu1Art = await studyBrowser.open(page, 'ART 2.5mm', fu1);
    await viewport.waitState(page, 'rendered', { stackId: fu1Art });
    await lesionTable.activate(page, 'T1');
    await drawCaliper(page, 'ViableDiameter', ...at('T1', 'FU1').viableEndpointsMm!);
    await expect.poll(() => lesionTable.firstNumber(page, 'T1', fu1)).toBeCloseTo(at('T1', 'FU1').viableLongestDiameterMm, 0);

    await page.getByTestId('delete-lesion').click();
    await expect.poll(() => page.getByTestId('notice').innerText()).toMatch(/Deleted T1 with 2 calipers and its findings at Baseline, FU1/);
    await page.getByTestId('notice-undo').click();
    await expect.poll(lesionIds).toEqual(['T1']);
    expect(await lesionTable.firstNumber(page, 'T1', fu1)).toBeCloseTo(at('T1', 'FU1').viableLongestDiameterMm, 0);
    await expect(page.getByTestId('notice').count()).resolves.toBe(0);

    // Importing a file over this work says what it replaced, and Undo import brings it back.
    await page.getByTestId('import-json-input').setInputFiles(path.resolve('test-data/assessments/synthetic-demo.json'));
    await expect.poll(() => opener.notice(page, 'assessment-imported').innerText()).toContain('It replaced the previous assessment: 1 lesion and 2 calipers.');
    await expect.poll(lesionIds).not.toEqual(['T1']);
    await page.getByTestId('notice-undo').click();
    await expect.poll(lesionIds).toEqual(['T1']);
    expect(await lesionTable.firstNumber(page, 'T1', fu1)).toBeCloseTo(at('T1', 'FU1').viableLongestDiameterMm, 0);

    await lesionTable.activate(page, 'T1');
    await page.getByTestId('delete-lesion').click();
    await opener.notice(page, 'lesion-deleted').waitFor();
    await opener.closeAll(page);
    await opener.loadDemo(page);
    await opener.waitScan(page, 'done');
    // The new folder may bring its own notice (the first stack settled); the deletion's is gone.
    await expect(opener.notice(page, 'lesion-deleted').count()).resolves.toBe(0);
  });
});
