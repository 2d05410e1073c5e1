import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, type BrowserSession } from './support/browser';
import { openDemoSession } from './support/demoSession';
import { opener } from './support/pageObjects';
import { chooseLanguage } from './support/language';
import { readGroundTruth } from './support/groundTruth';
import { pageRegionStats, pdfText, pdfWords } from './support/pdf';
import { truthAssessment } from './support/truthAssessment';

// The printable report: the command line's (no images) and the viewer's (key
// images re-rendered from the open studies), printed by Chromium to PDF on A4
// and Letter, then read back with poppler: every lesion's values and the
// categories in the text, and an image above every key image's caption.

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'viable-report-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function printPdf(page: Page, name: string, format: 'A4' | 'Letter'): Promise<string> {
  const file = path.join(dir, `${name}-${format}.pdf`);
  await page.pdf({ path: file, format, printBackground: true });
  return file;
}

/** The synthetic demo's values and categories as the report writes them. */
function expectDemoValues(text: string): void {
  const flat = text.replace(/\s+/g, ' ');
  for (const value of ['42.0 mm', '14.0 mm', '24.0 mm', '28.0 mm', '40.0 mm', '44.0 mm', '26.0 mm', '25.0 mm', '16.0 mm']) expect(flat).toContain(value);
  for (const lesion of ['T1', 'T2', 'NT1', 'N1']) expect(flat).toMatch(new RegExp(`\\b${lesion}\\b`));
  expect(flat).toContain('70.0 mm');
  expect(flat).toContain('-80.00%');
  expect(flat).toContain('+71.43%');
  expect(flat).toContain('-80.00% 70.0 mm -80.00% PR NonCR/NonPD no PR');
  expect(flat).toContain('+71.43% PD NonCR/NonPD yes PD');
  expect(flat).toContain('Best overall response (unconfirmed): PR');
  expect(flat).toContain('Research software, not a medical device.');
}

/** Replaces the demo's assessment with one measured at the ground truth (calipers on every target and new lesion). */
async function importTruthAssessment(page: Page): Promise<void> {
  await page.locator('[data-testid="export-json"]:not([disabled])').waitFor({ timeout: 90_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const file = path.join(dir, 'truth.json');
  writeFileSync(file, JSON.stringify(truthAssessment(exported, readGroundTruth()), null, 2));
  await page.getByTestId('import-json-input').setInputFiles(file);
  await opener.notice(page, 'assessment-imported').waitFor();
}

describe('printable response report', () => {
  let session: BrowserSession | undefined;
  afterAll(async () => session?.close());

  it('npm run report writes HTML that prints to A4 and Letter with every value and category, and says it has no key images', async () => {
    const out = path.join(dir, 'cli-report.html');
    execFileSync('npx', ['tsx', 'scripts/report.ts', 'test-data/assessments/synthetic-demo.json', '--out', out], { encoding: 'utf8' });
    session = await openApp(inject('baseUrl'));
    const page = await session.context.newPage();
    await page.goto(`file://${out}`);
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await printPdf(page, 'cli', format);
      const text = pdfText(pdf);
      expectDemoValues(text);
      expect(text.replace(/\s+/g, ' ')).toContain('Key images are not included: this report was made on the command line, without the images.');
      expect(execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).trim().split('\n').length).toBe(2); // header lines only
    }
    await session.close();
    session = undefined;
  });

  it('Report… in the viewer opens the report with a key image for every caliper of every target and new lesion, lesion by lesion', async () => {
    session = await openDemoSession(inject('baseUrl'));
    const { page, context } = session;
    await importTruthAssessment(page);

    const [report] = await Promise.all([context.waitForEvent('page'), page.getByTestId('report').click()]);
    await report.waitForURL(/^blob:/, { timeout: 60_000 });
    await report.waitForLoadState('load');
    const figures = report.locator('figure.key-image');
    // T1: viable + whole at 3 timepoints; T2: viable + whole at BL, whole at FU1 and FU2; N1: whole at FU2.
    expect(await figures.count()).toBe(11);
    expect(await report.locator('figure.key-image img').count()).toBe(11);
    expect(await figures.evaluateAll((all) => all.map((f) => (f as HTMLElement).dataset.lesionId))).toEqual([...Array(6).fill('T1'), ...Array(4).fill('T2'), 'N1']);
    // Every image decoded to its full size (a broken data URL gives 0 × 0).
    expect(await report.locator('figure.key-image img').evaluateAll((all) => all.map((i) => (i as HTMLImageElement).naturalWidth))).toEqual(Array(11).fill(384));

    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await printPdf(report, 'viewer', format);
      expectDemoValues(pdfText(pdf));
      const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
      expect(images.length).toBe(11);
      // Each caption starts "T1 · Baseline (date) · viable Ø 42.0 mm"; its image sits right above it.
      const words = pdfWords(pdf);
      const captions = words.filter((w, i) => /^(T\d|N\d)$/.test(w.text) && words[i + 1]?.text === '·');
      expect(captions.map((c) => c.text)).toEqual([...Array(6).fill('T1'), ...Array(4).fill('T2'), 'N1']);
      for (const caption of captions) {
        const stats = pageRegionStats(pdf, caption.page, { x: caption.xMin + 4, y: caption.yMin - 140, width: 120, height: 120 });
        // An image of anatomy, not the white page: grey on average, with texture, the caliper and its label.
        expect(stats.mean, `image above ${caption.text} on page ${caption.page}`).toBeLessThan(200);
        expect(stats.stdDev, `image above ${caption.text} on page ${caption.page}`).toBeGreaterThan(10);
        expect(stats.brightShare).toBeGreaterThan(0.005);
      }
      // Blank control: the same size of region in the page margin is white.
      const first = captions[0]!;
      expect(pageRegionStats(pdf, first.page, { x: 2, y: first.yMin - 140, width: 20, height: 120 }).stdDev).toBeLessThan(1);
    }
    expect(session.log.pageErrors).toEqual([]);
  });

  it('in 简体中文, chosen in the header, Export CSV and Report… are written in Chinese with the same values and key images', async () => {
    await session?.close();
    session = await openDemoSession(inject('baseUrl'));
    const { page, context } = session;
    await importTruthAssessment(page);
    await chooseLanguage(page, 'zh-CN');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.startsWith('患者 ID,病灶 ID,病灶类别,')).toBe(true);
    for (const words of ['靶病灶', '新病灶', '基线', '部分缓解（PR）', '疾病进展（PD）']) expect(csv).toContain(words);

    const [report] = await Promise.all([context.waitForEvent('page'), page.getByTestId('report').click()]);
    await report.waitForURL(/^blob:/, { timeout: 60_000 });
    await report.waitForLoadState('load');
    expect(await report.locator('html').getAttribute('lang')).toBe('zh-CN');
    const text = (await report.locator('body').innerText()).replace(/\s+/g, ' ');
    for (const words of ['肿瘤疗效评估报告', '靶病灶', '非靶病灶', '部分缓解（PR）', '疾病进展（PD）', '最佳总体疗效（未确认）：部分缓解（PR）', '70.0 mm', '-80.00%', '+71.43%']) {
      expect(text).toContain(words);
    }
    expect(text).not.toMatch(/⟦|Best overall response|Target sum|Reasons at/);
    expect(await report.locator('figure.key-image img').count()).toBe(11);
    expect(await report.locator('figure.key-image figcaption').first().innerText()).toMatch(/^T1 · 基线 \(\d{4}年\d{1,2}月\d{1,2}日\) · 存活 Ø 42\.0 mm$/);
    expect(session.log.pageErrors).toEqual([]);
  });
});
