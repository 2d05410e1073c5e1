// The assessment panel in English and 简体中文: lesions, findings, calipers, response,
// treatment course and markers read in the reader's language, with the same numbers,
// no missing key (⟦…⟧) and no English left on the Chinese screen.
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../core';
import { caliper } from '../../io/testing/fixtures';
import { createAppStore, type AppStore } from '../../store';
import type { Locale } from '../../text';
import { AssessmentPanel } from './AssessmentPanel';
import { englishWordsLeft } from '../../text/testing/englishLeft';
import { renderWithStore, visibleWords } from './testing/renderPanel';

function reading(): Assessment {
  return {
    format: 'tumor-response-assessment',
    version: 1,
    criteria: 'mRECIST',
    timepoints: [
      { id: 'BL', date: '2026-01-12' },
      { id: 'FU1', date: '2026-02-23' },
      { id: 'FU2', date: '2026-04-20' },
    ],
    lesions: [
      {
        id: 'T1',
        role: 'target',
        organ: 'liver',
        location: 'VII',
        findings: {
          BL: { viableLongestDiameterMm: 40, longestDiameterMm: 52 },
          FU1: {
            viableLongestDiameterMm: 18,
            longestDiameterMm: 50,
            lrTr: { category: 'equivocal', version: 'v2018', features: ['nodular-masslike-or-thick-irregular-tissue', 'arterial-phase-hyperenhancement'] },
          },
          FU2: { viableLongestDiameterMm: 30 },
        },
      },
      { id: 'NT1', role: 'non-target', organ: 'lymph node', findings: { BL: { status: 'present' }, FU1: { status: 'present' }, FU2: { status: 'present' } } },
      { id: 'N1', role: 'new', organ: 'liver', findings: { FU2: { status: 'present', longestDiameterMm: 16, pattern: 'typical' } } },
    ],
    treatments: [{ date: '2026-01-20', type: 'cTACE', lesionIds: ['T1'], drug: 'epirubicin' }],
    markers: [
      { marker: 'AFP', date: '2026-01-10', value: 800, unit: 'ng/mL' },
      { marker: 'AFP', date: '2026-02-20', value: 200, unit: 'ng/mL' },
    ],
  };
}

/** The reading open at T1's first follow-up, with a viable caliper drawn on a portal-venous series. */
function storeWithReading(): AppStore {
  const store = createAppStore();
  const offPhase = caliper('pv', 'T1', 'FU1', 18, { phase: 'portal-venous' });
  store.getState().openAssessment('patient', reading(), { pv: offPhase });
  store.getState().setActiveLesion('T1');
  store.getState().setActiveTimepoint('FU1');
  return store;
}

const render = (locale: Locale) => renderWithStore(locale, storeWithReading(), <AssessmentPanel />);
const testIdText = (html: string, testId: string) =>
  [...html.matchAll(new RegExp(`data-testid="${testId}"[^>]*>([^<]*)<`, 'g'))].map((match) => match[1]);

describe('AssessmentPanel', () => {
  it('reads as before in English', () => {
    const html = render('en');
    const words = visibleWords(html);
    expect(words).not.toContain('⟦');
    for (const phrase of ['Lesions', 'Target · liver VII', 'Baseline (Baseline) target sum: 40.0 mm', 'Best overall response:', 'Treatment course', 'Tumour markers'])
      expect(words.replace(/\s+/g, ' ')).toContain(phrase.replace(/\s+/g, ' '));
    expect(testIdText(html, 'response-overall')).toEqual(['PR', 'PD']);
    expect(testIdText(html, 'finding-cell')).toEqual(['40.0 (52.0)', '18.0 (50.0) · 1 caliper not counted', '30.0', 'present', 'present', 'present', '—', '—', 'present · 16.0 · typical']);
    expect(html).toContain('FU1 +42 d');
    expect(words).toContain('cTACE (epirubicin)');
    expect(words).toContain('−75.0% from baseline');
  });

  it('reads in 简体中文 with the same numbers, the radiologists\' terms and no English word left', () => {
    const html = render('zh-CN');
    const words = visibleWords(html);
    expect(words).not.toContain('⟦');
    // The drug is what the reader typed.
    expect(englishWordsLeft(words, ['epirubicin'])).toEqual([]);
    for (const term of ['病灶', '靶病灶', '非靶病灶', '新病灶', '肝脏', '基线', '随访1 +42 天', '部分缓解（PR）', '疾病进展（PD）', '最佳总体疗效：', '治疗经过', '肿瘤标志物', '甲胎蛋白 AFP', '较基线 −75.0%', 'LR-TR 不确定', '门静脉期', '测量线', '2026年1月12日'])
      expect(words).toContain(term);
    expect(testIdText(html, 'response-overall')).toEqual(['部分缓解（PR）', '疾病进展（PD）']);
    expect(testIdText(html, 'finding-cell')).toEqual(['40.0 (52.0)', '18.0 (50.0) · 1 条测量线不计入', '30.0', '存在', '存在', '存在', '—', '—', '存在 · 16.0 · 典型']);
  });
});
