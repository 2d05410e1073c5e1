import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserSession } from './support/browser';
import { openFolderSession } from './support/demoSession';
import { DEMO_DIR, isoDate, readGroundTruth } from './support/groundTruth';
import { drawCaliper, lesionTable } from './support/measuring';
import { studyBrowser, viewport } from './support/pageObjects';
import { dcmtkTool } from './support/transcode';

// Issue 9.1: a diagnostic CT after TACE whose description says so ("CT LIVER POST TACE")
// is a follow-up timepoint with a response; only imaging during the procedure (the
// cone-beam CT) is left out. The demo's baseline and FU1 arterial series and its
// cone-beam CT are copied, with FU1's StudyDescription changed by dcmtk's dcmodify.

const FOLLOW_UP_DESCRIPTION = 'CT LIVER POST TACE';
const truth = readGroundTruth();
const studyOf = (timepoint: string) => truth.studies.find((s) => s.timepoint === timepoint)!;
const baselineDate = isoDate(studyOf('BL').StudyDate);
const followUpDate = isoDate(studyOf('FU1').StudyDate);
const cbct = truth.studies.find((s) => s.series.some((series) => series.SeriesDescription === 'CBCT ART'))!;
const dir = mkdtempSync(path.join(tmpdir(), 'viable-post-tace-'));
let session: BrowserSession;

function copySeries(folder: string): string {
  const target = path.join(dir, folder);
  cpSync(path.join(DEMO_DIR, folder), target, { recursive: true });
  return target;
}

const studyItem = (date: string) => session.page.locator(`[data-testid="study-item"][data-study-date="${date}"]`);

beforeAll(async () => {
  copySeries(studyOf('BL').series.find((s) => s.SeriesDescription === 'ART 2.5mm')!.folder);
  const followUp = copySeries(studyOf('FU1').series.find((s) => s.SeriesDescription === 'ART 2.5mm')!.folder);
  copySeries(cbct.series[0]!.folder);
  const files = readdirSync(followUp).map((name) => path.join(followUp, name));
  execFileSync(dcmtkTool('dcmodify'), ['-nb', '-m', `(0008,1030)=${FOLLOW_UP_DESCRIPTION}`, ...files], { stdio: 'pipe' });

  session = await openFolderSession(inject('baseUrl'), dir);
});

afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a follow-up CT described "POST TACE"', () => {
  it('is a timepoint, while the cone-beam CT during TACE is left out with its reason', async () => {
    const followUp = studyItem(followUpDate);
    await expect.poll(() => followUp.locator('h3').innerText()).toContain(FOLLOW_UP_DESCRIPTION);
    expect(await followUp.getByTestId('study-included').isChecked()).toBe(true);
    expect(await followUp.getByTestId('study-timepoint').innerText()).toMatch(/^FU1 \+42 d$/);
    const procedure = studyItem(isoDate(cbct.StudyDate));
    expect(await procedure.getByTestId('study-included').isChecked()).toBe(false);
    expect(await procedure.locator('.study-inclusion').innerText()).toContain('intra-procedural imaging (angiography / cone-beam CT)');
  });

  it('gets a response from the calipers drawn on it, not NE', async () => {
    const { page } = session;
    const t1 = truth.lesions.find((l) => l.id === 'T1')!;
    await page.getByTestId('add-target').click();
    await lesionTable.row(page, 'T1').waitFor();
    for (const [timepoint, date] of [
      ['BL', baselineDate],
      ['FU1', followUpDate],
    ] as const) {
      const at = t1.timepoints.find((t) => t.timepoint === timepoint)!;
      const stackId = await studyBrowser.open(page, 'ART 2.5mm', date);
      await viewport.waitState(page, 'rendered', { stackId });
      await lesionTable.activate(page, 'T1');
      await drawCaliper(page, 'ViableDiameter', ...at.viableEndpointsMm!);
      await expect.poll(() => lesionTable.firstNumber(page, 'T1', date)).toBeCloseTo(at.viableLongestDiameterMm, 0);
    }
    // T1 alone: 42 mm → 14 mm viable, −66.7%: PR.
    const row = page.locator(`[data-testid="response-row"][data-timepoint-id="${followUpDate}"]`);
    await expect.poll(() => row.getAttribute('data-overall')).toBe('PR');
    expect(await row.getByTestId('response-target').innerText()).toBe('PR');
  });

  it('names missing values in words, never by field name (issue 9.16)', async () => {
    const { page } = session;
    // Viable Ø calipers alone give EASL no perpendicular diameter.
    await page.getByTestId('criteria-EASL').click();
    const panel = page.getByTestId('response-panel');
    await expect.poll(() => panel.getAttribute('data-criteria')).toBe('EASL');
    const shown = `${await page.getByTestId('response-warnings').innerText()}\n${await page.getByTestId('response-reasons').innerText()}`;
    expect(shown).toContain('T1 has no viable perpendicular diameter at');
    expect(shown).not.toMatch(/\b[a-z]+(?:[A-Z][a-z]+)+\b/);
    await page.getByTestId('criteria-mRECIST').click();
  });
});
