import { describe, expect, it } from 'vitest';
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
      '3 target lesions in liver (T1, T2, T12), more than the 2 allowed per organ (all are still summed)',
      'target T12 measures 8.0 mm (viableLongestDiameterMm) at baseline BL, below the 10.0 mm minimum for a measurable lesion',
      'target NT-T1 is odd',
    ],
  },
};

describe('lesionWarnings', () => {
  it('collects engine warnings naming the lesion as a whole word, and its caliper notes', () => {
    expect(lesionWarnings(evaluation, 'T1')).toEqual([
      '3 target lesions in liver (T1, T2, T12), more than the 2 allowed per organ (all are still summed)',
      expect.stringMatching(/^T1 at FU1: viable diameter drawn on a portal-venous series, not counted/),
    ]);
    expect(lesionWarnings(evaluation, 'T12')).toHaveLength(2);
    expect(lesionWarnings(evaluation, 'T3')).toEqual([]);
  });

  it('has nothing to say without an evaluation, and only notes when the assessment is invalid', () => {
    expect(lesionWarnings(null, 'T1')).toEqual([]);
    expect(lesionWarnings({ ok: false, errors: ['x'], notes: evaluation.notes }, 'T1')).toHaveLength(1);
  });
});
