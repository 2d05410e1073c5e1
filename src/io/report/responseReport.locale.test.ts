// The printable report in both languages: 简体中文 puts every word in Chinese (the
// terms radiologists use), keeps the numbers of the English report, and leaves
// what the reader typed (names, locations, notes, drugs) as it was typed.
import { describe, expect, it } from 'vitest';
import type { Assessment, Measurement } from '../../core';
import { englishWordsLeft, numbersIn, visibleText } from '../../text/testing/englishLeft';
import { caliper, sampleAssessment, sampleMeasurements } from '../testing/fixtures';
import { buildResponseReport } from './responseReport';

const createdAt = new Date('2026-05-01T10:00:00Z');

/** What the reader typed into the sample: it stays as typed in every language. */
const TYPED = ['VIABLE-001', 'Doe Jane', 'VII', 'RLL, "apical", segment 6', 'right lobe', 'doxorubicin', 'decoding failed'];

/** The sample with a treatment course, LR-TR, a caliper on the portal-venous phase and key images of every kind. */
function courseReading(): { assessment: Assessment; measurements: Measurement[] } {
  const assessment = sampleAssessment();
  assessment.lesions[0]!.findings.FU1 = {
    ...assessment.lesions[0]!.findings.FU1,
    lrTr: { category: 'nonviable', version: 'v2018', features: ['washout-appearance', 'arterial-phase-hyperenhancement'] },
  };
  assessment.lesions[1]!.kind = 'portal-vein-thrombus';
  assessment.treatments = [
    { date: '2026-02-01', type: 'cTACE', drug: 'doxorubicin', lesionIds: ['T1', 'NT1'], note: 'right lobe' },
    { date: '2026-02-10', type: 'ablation-MWA' },
  ];
  assessment.markers = [
    { marker: 'AFP', date: '2026-01-10', value: 400, unit: 'ng/mL' },
    { marker: 'AFP', date: '2026-02-23', value: 100, unit: 'ng/mL' },
    { marker: 'PIVKA-II', date: '2026-01-12', value: 1200, unit: 'mAU/mL' },
  ];
  const measurements = [...Object.values(sampleMeasurements()), caliper('c-pv', 'T1', 'FU1', 10, { phase: 'portal-venous' })];
  return { assessment, measurements };
}

function report(reading: { assessment: Assessment; measurements: Measurement[] }, locale: 'en' | 'zh-CN'): string {
  return buildResponseReport({
    ...reading,
    keyImages: { available: true, byMeasurementId: { 'c-n1': { problem: 'render-failed', detail: 'decoding failed' }, 'c-fu': { problem: 'not-open' } } },
    createdAt,
    locale,
  });
}

const withoutTyped = (text: string) => TYPED.reduce((rest, typed) => rest.split(typed).join(' '), text);

describe('the report in 简体中文', () => {
  const english = report(courseReading(), 'en');
  const chinese = report(courseReading(), 'zh-CN');
  const seen = visibleText(chinese);

  it('says lang="zh-CN" and names the lesions, categories, phases and course in the radiologists\' terms', () => {
    expect(chinese).toContain('<html lang="zh-CN">');
    expect(english).toContain('<html lang="en">');
    for (const term of ['靶病灶', '非靶病灶', '新病灶', '门静脉癌栓', '疾病进展（PD）', '最佳总体疗效（未确认）', '基线', '随访1 +42 天', '最低值', '肿瘤标志物', '甲胎蛋白 AFP', '消融（MWA）', '门静脉期', '关键图像']) {
      expect(seen).toContain(term);
    }
    expect(seen).toContain('LR-TR 无存活（LI-RADS 2018 版）：廓清表现、动脉期高强化');
    expect(seen).toContain('2026年2月23日');
    // The engine's reasons and warnings come from the Chinese message catalogue.
    expect(seen).toContain('T1 在 FU1 为 LR-TR 无存活');
  });

  it('leaves no English word, no missing key and no empty placeholder', () => {
    expect(seen).not.toMatch(/⟦|\{\{/);
    expect(englishWordsLeft(withoutTyped(seen))).toEqual([]);
  });

  it('has the numbers of the English report', () => {
    expect(numbersIn(withoutTyped(seen))).toEqual(numbersIn(withoutTyped(visibleText(english))));
    expect(seen).toContain('-75.00%');
    expect(seen).toContain('18.5 mm');
  });

  it('writes a complete response in Chinese: 完全缓解（CR）', () => {
    const assessment = sampleAssessment();
    assessment.lesions = assessment.lesions.filter((l) => l.role !== 'new');
    assessment.lesions[0]!.findings.FU1 = { status: 'absent' };
    const measurements = Object.values(sampleMeasurements()).filter((m) => m.timepointId === 'BL');
    const seenCr = visibleText(buildResponseReport({ assessment, measurements, keyImages: { available: false, reason: 'made-without-images' }, createdAt, locale: 'zh-CN' }));
    expect(seenCr).toContain('最佳总体疗效（未确认）： 完全缓解（CR）');
    expect(seenCr).toContain('未包含关键图像：本报告由命令行生成');
    expect(englishWordsLeft(withoutTyped(seenCr))).toEqual([]);
  });

  it('keeps the English report word for word', () => {
    const seenEn = visibleText(english);
    expect(seenEn).toContain('T1 target');
    expect(seenEn).toContain('NT1 non-target');
    expect(seenEn).toContain('liver, portal-vein-thrombus');
    expect(seenEn).toContain('ablation (MWA)');
    expect(seenEn).toContain('T1 at FU1 +42 d: viable diameter drawn on a portal-venous series, not counted');
    expect(seenEn).toContain('image not available: its image is not among the open studies');
    expect(seenEn).toContain('PIVKA-II (DCP) (mAU/mL, log)');
  });
});
