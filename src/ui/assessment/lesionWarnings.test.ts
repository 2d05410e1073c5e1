import { describe, expect, it } from 'vitest';
import { message } from '../../core';
import type { Evaluation } from '../../store';
import { lesionWarnings } from './lesionWarnings';

const evaluation: Evaluation = {
  ok: true,
  notes: [{ measurementId: 'm', lesionId: 'T1', timepointId: 'FU1', counted: false, code: 'not-arterial', phase: 'portal-venous', criteria: 'mRECIST' }],
  result: {
    criteria: 'mRECIST',
    baseline: { timepoint: 'BL', targetSum: 30 },
    timepoints: [],
    bestOverallResponse: 'NE',
    warnings: [
      message('too-many-targets-in-organ', { count: 3, organ: 'liver', lesionIds: ['T1', 'T2', 'T12'], max: 2 }),
      message('baseline-target-too-small', {
        lesionId: 'T12',
        size: { value: 8, unit: 'mm' },
        field: 'viableLongestDiameterMm',
        baselineId: 'BL',
        min: { value: 10, unit: 'mm' },
        what: 'lesion',
      }),
      message('baseline-sum-not-computable', { criteria: 'mRECIST', missing: [message('lesion-not-evaluable', { lesionId: 'T3', timepointId: 'BL' })] }),
    ],
  },
};

describe('lesionWarnings', () => {
  it('collects, in words, the engine warnings about the lesion and its caliper notes', () => {
    expect(lesionWarnings(evaluation, 'T1', 'en')).toEqual([
      '3 target lesions in liver (T1, T2 and T12), more than the 2 allowed per organ (all are still summed)',
      expect.stringMatching(/^T1 at FU1: viable diameter drawn on a portal-venous series, not counted/),
    ]);
    expect(lesionWarnings(evaluation, 'T12', 'en')).toEqual([
      '3 target lesions in liver (T1, T2 and T12), more than the 2 allowed per organ (all are still summed)',
      'target T12 measures 8.0 mm (viable longest diameter) at baseline BL, below the 10.0 mm minimum for a measurable lesion',
    ]);
    expect(lesionWarnings(evaluation, 'T3', 'en')).toEqual([
      'the baseline viable target sum is not computable (T3 is not evaluable at BL): PR and SD cannot be assessed',
    ]);
    expect(lesionWarnings(evaluation, 'T4', 'en')).toEqual([]);
  });

  it('has nothing to say without an evaluation, and only notes when the assessment is invalid', () => {
    expect(lesionWarnings(null, 'T1', 'en')).toEqual([]);
    expect(lesionWarnings({ ok: false, errors: ['x'], notes: evaluation.notes }, 'T1', 'en')).toHaveLength(1);
  });

  it('words them in 简体中文 for a Chinese reader, finding the lesion by the warning\'s data', () => {
    expect(lesionWarnings(evaluation, 'T12', 'zh-CN')).toHaveLength(2);
    const [limit, note] = lesionWarnings(evaluation, 'T1', 'zh-CN', { FU1: '随访1 +42 天' });
    expect(limit).toContain('T1、T2 和 T12');
    expect(note).toMatch(/^T1（随访1 \+42 天）：存活肿瘤直径画在门静脉期序列上，不计入/);
  });
});
