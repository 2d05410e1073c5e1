import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseAssessment } from '../src/core';
import { openApp, type BrowserSession } from './support/browser';
import { opener } from './support/pageObjects';

/** The assessment file menu, in terms of its data-testids. */
const filesMenu = {
  /** Opens the demo studies and waits until their assessment is open (export enabled). */
  async openDemoAssessment(page: Page): Promise<void> {
    await opener.loadDemo(page);
    // Export is possible from the first study indexed; the assessment is whole once every file is read.
    await opener.waitScan(page, 'done');
    await page.locator('[data-testid="export-json"]:not([disabled])').waitFor({ timeout: 90_000 });
  },

  async download(page: Page, testId: 'export-json' | 'export-csv'): Promise<{ filename: string; text: string }> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
    const file = await download.path();
    return { filename: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
  },

  async importFile(page: Page, file: string): Promise<void> {
    await page.getByTestId('import-json-input').setInputFiles(file);
  },

  /** Waits until autosave has written the latest change. */
  async waitSaved(page: Page): Promise<void> {
    await page.locator('[data-testid="autosave-status"][data-state="saved"]').waitFor();
  },
};

describe('assessment files', () => {
  let session: BrowserSession | undefined;
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'viable-files-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('exports the assessment file (valid under the spec) and the CSV, named after the patient', async () => {
    session = await openApp(inject('baseUrl'));
    const { page } = session;
    await filesMenu.openDemoAssessment(page);

    const json = await filesMenu.download(page, 'export-json');
    expect(json.filename).toMatch(/^viable-VIABLE-DEMO-001-\d{4}-\d{2}-\d{2}\.json$/);
    const parsed = parseAssessment(JSON.parse(json.text));
    expect(parsed.ok).toBe(true);

    const csv = await filesMenu.download(page, 'export-csv');
    expect(csv.filename).toMatch(/^viable-VIABLE-DEMO-001-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text.startsWith('patient_id,lesion_id,role,')).toBe(true);
    expect(csv.text.endsWith('\r\n')).toBe(true);
    expect(session.log.pageErrors).toEqual([]);
  });

  it('refuses an invalid file with located errors and leaves the work untouched', async () => {
    session = await openApp(inject('baseUrl'));
    const { page } = session;
    await filesMenu.openDemoAssessment(page);
    const before = await filesMenu.download(page, 'export-json');

    const bad = JSON.parse(before.text);
    bad.criteria = 'WHO';
    bad.lesions.push({ id: 'T1', role: 'target', organ: 'liver', findings: { [bad.timepoints[0].id]: { viableLongestDiameterMm: -3 } } });
    const badFile = path.join(dir, 'bad.json');
    writeFileSync(badFile, JSON.stringify(bad, null, 2));
    await filesMenu.importFile(page, badFile);

    const errors = opener.notice(page, 'assessment-not-imported');
    await errors.waitFor();
    const text = await errors.innerText();
    expect(text).toContain('criteria: must be one of "mRECIST", "RECIST1.1" or "EASL"');
    expect(text).toMatch(/lesions\[\d+\]\.findings\.[\w-]+\.viableLongestDiameterMm: must be a number >= 0/);
    expect((await filesMenu.download(page, 'export-json')).text).toBe(before.text);

    await page.getByTestId('dismiss-notice').click();
    expect(await errors.count()).toBe(0);
  });

  it('restores an imported assessment after a reload, byte for byte', async () => {
    session = await openApp(inject('baseUrl'));
    const { page } = session;
    await filesMenu.openDemoAssessment(page);
    const exported = JSON.parse((await filesMenu.download(page, 'export-json')).text);
    const firstTimepoint = exported.timepoints[0].id;
    exported.lesions.push({ id: 'T7', role: 'target', organ: 'liver', location: 'VII', findings: { [firstTimepoint]: { viableLongestDiameterMm: 21.5 } } });
    const goodText = `${JSON.stringify(exported, null, 2)}\n`;
    const goodFile = path.join(dir, 'good.json');
    writeFileSync(goodFile, goodText);

    await filesMenu.importFile(page, goodFile);
    await opener.notice(page, 'assessment-imported').waitFor();
    await filesMenu.waitSaved(page);

    await page.reload();
    await filesMenu.openDemoAssessment(page);
    expect((await filesMenu.download(page, 'export-json')).text).toBe(goodText);

    await page.getByTestId('saved-assessments').click();
    const saved = page.locator('[data-testid="saved-assessment"][data-key]');
    await saved.first().waitFor();
    expect(await saved.first().innerText()).toContain('open now');
    expect(await saved.first().getByTestId('delete-saved').isDisabled()).toBe(true);
  });
});
