// LI-RADS treatment response against the mRECIST finding of the same lesion and timepoint.
import { describe, expect, it } from 'vitest';
import type { Assessment, Finding, LesionRole, LrTrCategory, Treatment } from '../assessment/types.ts';
import { buildAssessment } from '../testing/buildAssessment.ts';
import { lrTrWarnings, untreatedLrTrWarnings } from './lrTrWarnings.ts';

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

describe('LR-TR is for lesions after locoregional treatment', () => {
  /** L1 with LR-TR Equivocal at FU1 (2026-02-16) and the given treatments. */
  const treatedBy = (treatments: Treatment[]) => ({ ...withFinding('target', { viableLongestDiameterMm: 5 }, 'equivocal'), treatments });
  const untreated = (treatments: Treatment[]) => untreatedLrTrWarnings(treatedBy(treatments)).map((w) => w.code);

  it.each<[string, Treatment[], string[]]>([
    ['no treatment recorded', [], ['lrtr-lesion-not-treated']],
    ['a TACE of L1 the day before', [{ date: '2026-02-15', type: 'cTACE', lesionIds: ['L1'] }], []],
    ['a TACE of L1 on the same day (imaging is the pre-procedure study)', [{ date: '2026-02-16', type: 'cTACE', lesionIds: ['L1'] }], ['lrtr-lesion-not-treated']],
    ['a TACE of another lesion', [{ date: '2026-01-20', type: 'DEB-TACE', lesionIds: ['L2'] }], ['lrtr-lesion-not-treated']],
    ['a TACE naming no lesion', [{ date: '2026-01-20', type: 'cTACE' }], []],
    ['an ablation of L1', [{ date: '2026-01-20', type: 'ablation-MWA', lesionIds: ['L1'] }], []],
    ['TARE of L1', [{ date: '2026-01-20', type: 'TARE', lesionIds: ['L1'] }], []],
    ['systemic therapy only', [{ date: '2026-01-20', type: 'systemic', drug: 'sorafenib' }], ['lrtr-lesion-not-treated']],
    ['resection only', [{ date: '2026-01-20', type: 'resection', lesionIds: ['L1'] }], ['lrtr-lesion-not-treated']],
  ])('%s', (_name, treatments, expected) => {
    expect(untreated(treatments)).toEqual(expected);
  });

  it('names the lesion and the timepoint', () => {
    expect(untreatedLrTrWarnings(treatedBy([]))).toEqual([{ code: 'lrtr-lesion-not-treated', params: { lesionId: 'L1', timepointId: 'FU1' } }]);
  });
});
