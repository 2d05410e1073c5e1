import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { englishWordsLeft } from '../src/text/testing/englishLeft';
import { openApp, type BrowserSession } from './support/browser';
import { isoDate, readGroundTruth, type GroundTruth } from './support/groundTruth';
import { chooseLanguage } from './support/language';
import { drawCaliper, lesionTable } from './support/measuring';
import { opener, studyBrowser, viewport } from './support/pageObjects';

// The assessment side in 简体中文, as a Chinese reader works: choose 中文 in the header,
// measure T1 at baseline and the first follow-up, record a TACE; the lesion table,
// response, timeline and treatment course read Chinese with the same numbers, no
// missing key and no English word; back in English, the same panel reads as before.

let session: BrowserSession;
let truth: GroundTruth;
const dateOf = (timepoint: string) => isoDate(truth.studies.find((s) => s.timepoint === timepoint)!.StudyDate);
const daysAfter = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const CHINESE_CATEGORY = /^(完全缓解（CR）|部分缓解（PR）|疾病稳定（SD）|疾病进展（PD）|不可评估（NE）)$/;

beforeAll(async () => {
  truth = readGroundTruth();
  session = await openApp(inject('baseUrl'));
  await opener.loadDemo(session.page);
  await opener.waitScan(session.page, 'done');
  await viewport.waitState(session.page, 'rendered');
  await session.page.getByTestId('add-target').waitFor();
});

afterAll(async () => {
  await session?.close();
});

describe('the assessment panel in both languages', () => {
  it('measures and records in 简体中文, then reads the same numbers in English', async () => {
    const { page } = session;
    await chooseLanguage(page, 'zh-CN');
    await expect.poll(() => page.getByTestId('assessment-panel').innerText()).toContain('病灶');

    await page.getByTestId('add-target').click();
    await lesionTable.row(page, 'T1').waitFor();
    const t1 = truth.lesions.find((l) => l.id === 'T1')!;
    for (const at of t1.timepoints.filter((t) => t.timepoint === 'BL' || t.timepoint === 'FU1')) {
      const stackId = await studyBrowser.open(page, 'ART 2.5mm', dateOf(at.timepoint));
      await viewport.waitState(page, 'rendered', { stackId });
      await lesionTable.activate(page, 'T1');
      await drawCaliper(page, 'ViableDiameter', ...at.viableEndpointsMm!);
      await expect.poll(() => lesionTable.firstNumber(page, 'T1', dateOf(at.timepoint))).toBeCloseTo(at.viableLongestDiameterMm, 0);
    }

    await page.getByTestId('treatment-date').fill(daysAfter(dateOf('BL'), 8));
    await page.getByTestId('treatment-type').selectOption('cTACE');
    await page.getByTestId('treatment-save').click();
    await page.getByTestId('timeline-treatment').waitFor();

    // Every text node (menu options and SVG tooltips too), one by one: innerText runs adjacent buttons together.
    const panel = await page.getByTestId('assessment-panel').evaluate((element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const words: string[] = [];
      while (walker.nextNode()) words.push(walker.currentNode.textContent ?? '');
      return words.join(' ');
    });
    for (const term of ['病灶', '靶病灶', '肝脏', '基线', '随访1', '疗效', '最佳总体疗效', '治疗经过', '常规 TACE（cTACE）', '肿瘤标志物', '年'])
      expect(panel).toContain(term);
    expect(panel).not.toContain('⟦');
    expect(englishWordsLeft(panel)).toEqual([]);
    const overall = page.locator(`[data-testid="response-row"][data-timepoint-id="${dateOf('FU1')}"] [data-testid="response-overall"]`);
    expect(await overall.innerText()).toMatch(CHINESE_CATEGORY);
    const viableFu1 = await lesionTable.firstNumber(page, 'T1', dateOf('FU1'));
    // VIABLE_DOCS_SCREENSHOTS=1 refreshes the README's picture of the viewer in 简体中文.
    if (process.env.VIABLE_DOCS_SCREENSHOTS) await page.screenshot({ path: 'docs/reading-room-zh-CN.png' });

    await chooseLanguage(page, 'en');
    await expect.poll(() => page.getByTestId('assessment-panel').innerText()).toContain('Lesions');
    expect(await overall.innerText()).toMatch(/^(CR|PR|SD|PD|NE)$/);
    expect(await lesionTable.firstNumber(page, 'T1', dateOf('FU1'))).toBe(viableFu1);
    expect(await page.getByTestId('assessment-panel').innerText()).toContain('Treatment course');
  });
});
