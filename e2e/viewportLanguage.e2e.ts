import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, onTestFailed } from 'vitest';
import type { BrowserSession } from './support/browser';
import { openDemoSession } from './support/demoSession';
import { isoDate, readGroundTruth, type Vec3 } from './support/groundTruth';
import { drawCaliper, lesionTable, showSliceOf } from './support/measuring';
import { pacsDialog } from './support/pacsDialog';
import { studyBrowser, viewport } from './support/pageObjects';
import { chooseLanguage } from './support/language';

// The image panes and the PACS dialog in both languages: the reader switches to 中文 in
// the header and the words on the image (caliper labels, overlay), the pane toolbar and
// the PACS form follow at once, with the same numbers; back to English, they are as before.

/** The words drawn beside the calipers over the image of `viewportId`. */
const caliperTexts = (page: Page, viewportId = 'vp-0') =>
  page.locator(`[data-viewport-id="${viewportId}"] [data-testid="viewport-element"] svg`).evaluate((svg) =>
    Array.from(svg.querySelectorAll('text'), (text) => text.textContent ?? '').filter((t) => t.trim() !== ''),
  );

/** Every name and tooltip of the pane's toolbar, and its visible text. */
const toolbarWords = (page: Page) =>
  viewport
    .pane(page)
    .getByTestId('viewport-toolbar')
    .evaluate((bar) => [bar.textContent ?? '', ...Array.from(bar.querySelectorAll('[title], [aria-label]'), (el) => `${el.getAttribute('title') ?? ''} ${el.getAttribute('aria-label') ?? ''}`)].join(' '));

describe('image panes and PACS in English and 简体中文', () => {
  let session: BrowserSession;
  let baseline: string;
  let from: Vec3;
  let to: Vec3;

  beforeAll(async () => {
    const truth = readGroundTruth();
    baseline = isoDate(truth.studies.find((s) => s.timepoint === 'BL')!.StudyDate);
    [from, to] = truth.lesions.find((l) => l.id === 'T1')!.timepoints.find((t) => t.timepoint === 'BL')!.viableEndpointsMm! as [Vec3, Vec3];
    session = await openDemoSession(inject('baseUrl'));
    const stackId = await studyBrowser.open(session.page, 'ART 2.5mm', baseline);
    await viewport.waitState(session.page, 'rendered', { stackId });
  });

  beforeEach(({ task }) => {
    onTestFailed(async () => {
      await session.page.screenshot({ path: path.join('e2e-artifacts', `viewportLanguage-${task.name.replace(/\W+/g, '-')}.png`) });
    });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('opens in English (a fresh browser profile here reports English)', async () => {
    const { page } = session;
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await viewport.pane(page).getByTestId('overlay-wl').innerText()).toMatch(/^W -?\d+ L -?\d+$/);
  });

  it('writes the caliper label on the image, the overlay and the pane toolbar in 中文 and back, the value unchanged', async () => {
    const { page } = session;
    await drawCaliper(page, 'ViableDiameter', from, to);
    await lesionTable.row(page, 'T1').waitFor();
    await expect.poll(() => caliperTexts(page)).toContainEqual(expect.stringMatching(/^T1 viable \d+\.\d mm$/));
    const english = (await caliperTexts(page)).find((text) => text.startsWith('T1 viable'))!;
    const value = /(\d+\.\d) mm$/.exec(english)![1];

    await chooseLanguage(page, 'zh-CN');
    await expect.poll(() => caliperTexts(page)).toContain(`T1 存活 ${value} mm`);
    const pane = viewport.pane(page);
    expect(await pane.getByTestId('overlay-wl').innerText()).toMatch(/^窗宽 -?\d+ 窗位 -?\d+$/);
    expect(await pane.getByTestId('overlay-slice').innerText()).toMatch(/^图像 \d+\/\d+ · z -?\d+\.\d mm$/);
    expect(await pane.getByTestId('overlay-zoom').innerText()).toMatch(/^缩放 \d+%$/);
    expect(await pane.getByTestId('tool-windowlevel').getAttribute('title')).toBe('窗宽/窗位：拖动以调节对比度（W）');
    expect(await pane.getByTestId('wl-preset-liver').innerText()).toBe('肝脏');
    // No word of the toolbar is left in English (DICOM is a name), and no key is missing anywhere on the page.
    expect(((await toolbarWords(page)).match(/[A-Za-z]{2,}/g) ?? []).filter((word) => word !== 'DICOM')).toEqual([]);
    expect(await page.locator('body').innerText()).not.toContain('⟦');

    await chooseLanguage(page, 'en');
    await expect.poll(() => caliperTexts(page)).toContain(`T1 viable ${value} mm`);
    expect(await pane.getByTestId('tool-windowlevel').getAttribute('title')).toBe('Window/level: drag to change contrast (W)');
  });

  it('names the phase a caliper was drawn on, over another series, in 中文', async () => {
    const { page } = session;
    await chooseLanguage(page, 'zh-CN');
    const pvStack = await studyBrowser.open(page, 'PV 2.5mm', baseline);
    await viewport.waitState(page, 'rendered', { stackId: pvStack });
    await showSliceOf(page, from);
    const projected = viewport.pane(page).getByTestId('projected-caliper');
    await projected.waitFor();
    expect(await projected.locator('text').textContent()).toBe('T1 存活（动脉期）');
    expect(await viewport.pane(page).getByTestId('overlay-series').innerText()).toContain('门静脉期');
    await chooseLanguage(page, 'en');
    await expect.poll(() => projected.locator('text').textContent()).toBe('T1 viable (arterial)');
  });

  it('asks for the PACS server in 中文 and says in 中文 what is wrong with an address', async () => {
    const { page } = session;
    await chooseLanguage(page, 'zh-CN');
    await pacsDialog.open(page);
    const dialog = page.getByTestId('pacs-dialog');
    expect(await dialog.innerText()).toContain('DICOMweb 地址');
    expect(await page.getByTestId('pacs-test').innerText()).toBe('测试连接');
    await page.getByTestId('pacs-url').fill('pacs/dicom-web');
    const result = await pacsDialog.testConnection(page);
    expect(result).toEqual({ ok: false, text: '“pacs/dicom-web”不是网址；请写完整，例如 https://pacs.example.org/dicom-web' });
    expect(await dialog.innerText()).not.toContain('⟦');
    // The same problem in English once the reader switches back (the language is chosen outside the dialog).
    await page.getByTestId('pacs-close').click();
    await chooseLanguage(page, 'en');
    await pacsDialog.open(page);
    await page.getByTestId('pacs-url').fill('pacs/dicom-web');
    expect(await pacsDialog.testConnection(page)).toEqual({
      ok: false,
      text: '"pacs/dicom-web" is not a web address; write it in full, e.g. https://pacs.example.org/dicom-web',
    });
    await page.getByTestId('pacs-close').click();
  });
});
