// LI-RADS treatment response against the mRECIST finding of the same lesion and timepoint.
import { describe, expect, it } from 'vitest';
import type { Assessment, Finding, LesionRole, LrTrCategory } from '../assessment/types.ts';
import { buildAssessment } from '../testing/buildAssessment.ts';
import { lrTrWarnings } from './lrTrWarnings.ts';

/** Lesion L1 with `finding` and LR-TR `category` at FU1 (timepoints BL and FU1). */
function withFinding(role: LesionRole, finding: Finding, category: LrTrCategory): Assessment {
  const lesion = { id: 'L1', role, organ: 'liver', findings: { FU1: { ...finding, lrTr: { category, version: 'v2018' as const } } } };
  return buildAssessment({ lesions: [lesion], timepoints: 2 });
}

const codes = (a: Assessment) => lrTrWarnings(a).map((w) => w.code);

describe('LR-TR Viable needs viable tumour recorded', () => {
  it.each([
    ['target without a viable diameter', 'target', {}, ['lrtr-viable-without-viable-tumour']],
    ['target with viable 0 mm', 'target', { viableLongestDiameterMm: 0 }, ['lrtr-viable-without-viable-tumour']],
    ['target absent', 'target', { status: 'absent' }, ['lrtr-viable-without-viable-tumour']],
    ['target with only a whole-lesion diameter', 'target', { longestDiameterMm: 30 }, ['lrtr-viable-without-viable-tumour']],
    ['target with viable 0.1 mm', 'target', { viableLongestDiameterMm: 0.1 }, []],
    ['target too small to measure (viable tissue present)', 'target', { status: 'too-small' }, []],
    ['non-target present', 'non-target', { status: 'present' }, []],
    ['non-target absent', 'non-target', { status: 'absent' }, ['lrtr-viable-without-viable-tumour']],
  ] as const)('%s', (_name, role, finding, expected) => {
    expect(codes(withFinding(role, finding, 'viable'))).toEqual(expected);
  });
});

describe('LR-TR Nonviable must not have viable tumour measured', () => {
  it.each([
    ['target with viable 14 mm', 'target', { viableLongestDiameterMm: 14 }, ['lrtr-nonviable-with-viable-tumour']],
    ['target with viable 0 mm', 'target', { viableLongestDiameterMm: 0 }, []],
    ['target without a viable diameter', 'target', {}, []],
    ['target too small to measure', 'target', { status: 'too-small' }, ['lrtr-nonviable-with-viable-tumour']],
    ['non-target present', 'non-target', { status: 'present' }, ['lrtr-nonviable-with-viable-tumour']],
    ['non-target absent', 'non-target', { status: 'absent' }, []],
  ] as const)('%s', (_name, role, finding, expected) => {
    expect(codes(withFinding(role, finding, 'nonviable'))).toEqual(expected);
  });

  it('names the lesion, the timepoint and the viable diameter', () => {
    expect(lrTrWarnings(withFinding('target', { viableLongestDiameterMm: 14 }, 'nonviable'))).toEqual([
      { code: 'lrtr-nonviable-with-viable-tumour', params: { lesionId: 'L1', timepointId: 'FU1', viable: { value: 14, unit: 'mm' } } },
    ]);
  });
});

describe('Equivocal and Nonevaluable', () => {
  it.each(['equivocal', 'nonevaluable'] as const)('%s never disagrees with a finding', (category) => {
    expect(codes(withFinding('target', { viableLongestDiameterMm: 14 }, category))).toEqual([]);
    expect(codes(withFinding('target', {}, category))).toEqual([]);
  });
});

it('skips findings of timepoints the assessment does not have (a study left out)', () => {
  const assessment = withFinding('target', {}, 'viable');
  assessment.timepoints = assessment.timepoints.filter((t) => t.id !== 'FU1');
  expect(codes(assessment)).toEqual([]);
});
