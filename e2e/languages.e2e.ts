// The application frame in English and 简体中文 (issue 15.5): chosen in the header, remembered over a
// reload, and applied to the start page, the header, the study browser and the skipped-files panel.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { openApp, type BrowserSession } from './support/browser';
import { DEMO_DIR, readGroundTruth } from './support/groundTruth';
import { opener, skippedFiles, studyBrowser } from './support/pageObjects';
import { chooseLanguage } from './support/language';

const workDir = mkdtempSync(path.join(tmpdir(), 'viable-languages-'));

/** A few arterial images of the baseline, a text file and a DICOM file cut short. */
function folderWithBrokenFiles(): string {
  const baseline = [...readGroundTruth().studies].sort((a, b) => a.StudyDate.localeCompare(b.StudyDate))[0]!;
  const arterial = baseline.series.find((series) => series.phase === 'arterial')!;
  const source = path.join(DEMO_DIR, arterial.folder);
  const names = readdirSync(source).sort().slice(0, 4);
  const dir = path.join(workDir, 'exam');
  mkdirSync(path.join(dir, 'IMAGES'), { recursive: true });
  for (const name of names) copyFileSync(path.join(source, name), path.join(dir, 'IMAGES', name));
  writeFileSync(path.join(dir, 'README.txt'), 'exported by the workstation\n');
  writeFileSync(path.join(dir, 'truncated.dcm'), readFileSync(path.join(source, names[0]!)).subarray(0, 300));
  return dir;
}

/** What the reader sees on the page, with the tooltips and accessible names of the header's buttons. */
async function pageWords(page: Page): Promise<string> {
  const text = await page.locator('body').innerText();
  const names = await page.getByTestId('app-header').locator('[title], [aria-label]').evaluateAll((elements) =>
    elements.map((element) => `${element.getAttribute('title') ?? ''} ${element.getAttribute('aria-label') ?? ''}`),
  );
  return [text, ...names].join('\n');
}

describe('languages', () => {
  let session: BrowserSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('opens in the browser’s language, switches to 简体中文 in the header, keeps it over a reload and switches back', async () => {
    session = await openApp(inject('baseUrl'));
    const { page, log } = session;
    await page.getByTestId('start-page').waitFor();
    const browserLanguages = await page.evaluate(() => [...navigator.languages]);
    const browserSaysChinese = browserLanguages.some((language) => language.toLowerCase().startsWith('zh'));
    expect(await page.locator('html').getAttribute('lang')).toBe(browserSaysChinese ? 'zh-CN' : 'en');
    if (!browserSaysChinese) {
      expect(await page.getByTestId('start-page').innerText()).toContain('Open folder…');
      expect(await page.title()).toBe('Viable — viable tumour response');
    }

    await chooseLanguage(page, 'zh-CN');
    const start = await page.getByTestId('start-page').innerText();
    for (const words of ['经动脉化疗栓塞', '打开文件夹…', '打开演示检查', '科研软件']) expect(start).toContain(words);
    expect(await page.title()).toBe('Viable — 存活肿瘤疗效评估');
    expect(await page.getByTestId('open-shortcut-help').getAttribute('title')).toBe('键盘快捷键、默认窗宽窗位与语言（?）');
    expect(await pageWords(page)).not.toContain('⟦');

    await page.reload();
    await page.getByTestId('start-page').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.getByTestId('start-page').innerText()).toContain('打开文件夹…');
    expect(await page.getByTestId('language-switch').inputValue()).toBe('zh-CN');

    await chooseLanguage(page, 'en');
    expect(await page.getByTestId('start-page').innerText()).toContain('Open folder…');
    expect(await page.title()).toBe('Viable — viable tumour response');
    expect(log.pageErrors).toEqual([]);
  });

  it('reads a folder in 简体中文: scan, study browser and skip reasons, then the same in English', async () => {
    session = await openApp(inject('baseUrl'));
    const { page, log } = session;
    await page.getByTestId('start-page').waitFor();
    await chooseLanguage(page, 'zh-CN');

    await opener.openFolder(page, folderWithBrokenFiles());
    const progress = await opener.waitScan(page, 'done');
    expect(progress).toMatch(/^已读取 6\/6 个文件（100%）· 4 个 DICOM · 跳过 2 个$/);
    await studyBrowser.waitSeries(page, 1);

    const browser = await studyBrowser.root(page).innerText();
    expect(browser).toContain('4 幅图像');
    expect(await page.getByTestId('phase-select').first().locator('option[value="arterial"]').innerText()).toBe('动脉期');
    expect(await page.getByTestId('close-all').getAttribute('aria-label')).toBe('全部关闭');
    expect(await page.getByTestId('skipped-files').locator('summary').innerText()).toBe('跳过 2 个文件');

    const reasons = await skippedFiles.read(page);
    const reasonOf = (name: string) => reasons.find((entry) => entry.path.endsWith(`/${name}`))?.reason ?? '';
    expect(reasonOf('README.txt')).toBe('不是 DICOM 文件（无 DICM 前缀，也无可识别的文件头）');
    expect(reasonOf('truncated.dcm')).toMatch(/^文件不完整：在其 300 字节内无法读取文件头（.*）$/);
    expect(await pageWords(page)).not.toContain('⟦');

    await chooseLanguage(page, 'en');
    const english = await skippedFiles.read(page);
    expect(english.find((entry) => entry.path.endsWith('/README.txt'))?.reason).toBe('not a DICOM file (no DICM prefix, no recognisable header)');
    expect(english.find((entry) => entry.path.endsWith('/truncated.dcm'))?.reason).toMatch(/^truncated file: header unreadable within its 300 bytes/);
    expect(await page.getByTestId('scan-progress-text').innerText()).toBe('Read 6/6 files (100%) · 4 DICOM · 2 skipped');
    expect(await studyBrowser.root(page).innerText()).toContain('4 images');
    expect(log.pageErrors).toEqual([]);
  });
});
