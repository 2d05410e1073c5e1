// The Simplified Chinese catalogue: every reason of every example in Chinese, in the
// terms radiologists use, with no English sentence left and no field name leaking.
import { describe, expect, it } from 'vitest';
import { exampleAssessments } from './exampleAssessments.ts';
import { CRITERIA, evaluateAssessment, message, planTimepoints } from '../core';
import { renderEvaluation, renderMessage, zhCN } from './index.ts';

/** Latin words allowed in a Chinese sentence: criteria, category abbreviations, units, ids, modalities. */
const ALLOWED_LATIN = new Set(['mRECIST', 'RECIST', 'EASL', 'CR', 'PR', 'SD', 'PD', 'NE', 'IR', 'NonCR', 'NonPD', 'mm', 'mm²', 'CT', 'XA', 'cTACE']);
const latinWords = (sentence: string) => (sentence.match(/[A-Za-z]{2,}[A-Za-z²]*/g) ?? []).filter((word) => !ALLOWED_LATIN.has(word) && !/^[A-Z]+\d*$/.test(word));

describe('简体中文 messages', () => {
  const sentences = exampleAssessments().flatMap((assessment) =>
    CRITERIA.flatMap((criteria) => {
      const result = renderEvaluation(evaluateAssessment(assessment, { criteria }), zhCN);
      return [...result.warnings, ...result.timepoints.flatMap((t) => t.reasons)];
    }),
  );

  it('render every reason and warning of the examples in Chinese, with no English word left', () => {
    expect(sentences.length).toBeGreaterThan(50);
    expect(sentences.filter((s) => s.includes('undefined') || s.includes('[object'))).toEqual([]);
    expect(sentences.flatMap(latinWords)).toEqual([]);
  });

  it('name the categories the way reports do', () => {
    const text = sentences.join('\n');
    for (const term of ['完全缓解（CR）', '部分缓解（PR）', '疾病稳定（SD）', '疾病进展（PD）', '靶病灶', '非靶病灶', '新病灶']) expect(text).toContain(term);
  });

  it('name a missing field in words and a comparison with its direction', () => {
    expect(renderMessage(message('lesion-value-missing', { lesionId: 'T1', timepointId: 'FU1', field: 'viableLongestDiameterMm' }), zhCN)).toBe(
      'T1 在 FU1 缺少存活肿瘤最长径',
    );
    expect(sentences.some((s) => /较基线 \d+\.\d+ mm 减少 \d+\.\d%/.test(s))).toBe(true);
  });

  it('say why a study is left out', () => {
    const { excluded } = planTimepoints([{ studyInstanceUid: 'a', date: '2026-01-20', description: 'LIVER', modalities: ['XA'] }]);
    expect(excluded.map((e) => renderMessage(e.reason, zhCN))).toEqual(['术中影像（血管造影 / 锥形束 CT）：检查类型 XA']);
  });
});
