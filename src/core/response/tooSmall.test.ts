// "too-small" means present but too small to measure (spec, Finding status; rule book
// §1.3): a recorded 0 must not read as gone, and EASL takes the default for a missing
// diameter (issue 9, point 12).
import { describe, expect, it } from 'vitest';
import type { Criteria, Finding } from '../assessment/types.ts';
import { buildAssessment, target } from '../testing/buildAssessment.ts';
import { evaluateAssessment } from './evaluate.ts';

const followUp = (criteria: Criteria, baseline: Finding, finding: Finding) =>
  evaluateAssessment(buildAssessment({ criteria, lesions: [target('T1', [baseline, finding])] })).timepoints[0];

describe('too-small with a recorded 0', () => {
  it.each<[Criteria, Finding, number]>([
    ['mRECIST', { status: 'too-small', viableLongestDiameterMm: 0 }, 5],
    ['RECIST1.1', { status: 'too-small', longestDiameterMm: 0 }, 5],
    ['EASL', { status: 'too-small', viableLongestDiameterMm: 0, viablePerpendicularDiameterMm: 0 }, 25],
  ])('%s: %o is present at the default size, not CR', (criteria, finding, sum) => {
    const baseline = { viableLongestDiameterMm: 40, viablePerpendicularDiameterMm: 30, longestDiameterMm: 40 };
    expect(followUp(criteria, baseline, finding)).toMatchObject({ targetSum: sum, targetResponse: 'PR' });
  });

  it('a recorded number other than 0 is used, even below the default', () => {
    expect(followUp('mRECIST', { viableLongestDiameterMm: 40 }, { status: 'too-small', viableLongestDiameterMm: 3 })?.targetSum).toBe(3);
  });

  it('an absent lesion with 0 is still gone', () => {
    expect(followUp('mRECIST', { viableLongestDiameterMm: 40 }, { status: 'absent', viableLongestDiameterMm: 0 })?.targetResponse).toBe('CR');
  });

  it('a custom tooSmallDefaultMm stands in for the 0', () => {
    const assessment = buildAssessment({
      options: { tooSmallDefaultMm: 3 },
      lesions: [target('T1', [40, { status: 'too-small', viableLongestDiameterMm: 0 }])],
    });
    expect(evaluateAssessment(assessment).timepoints[0]?.targetSum).toBe(3);
  });
});

describe('EASL too-small with one diameter', () => {
  const baseline = { viableLongestDiameterMm: 40, viablePerpendicularDiameterMm: 30 };
  it.each<[Finding, number]>([
    [{ status: 'too-small', viableLongestDiameterMm: 4 }, 20],
    [{ status: 'too-small', viablePerpendicularDiameterMm: 3 }, 15],
    [{ status: 'too-small', viableLongestDiameterMm: 4, viablePerpendicularDiameterMm: 0 }, 20],
    [{ status: 'too-small' }, 25],
  ])('%o: the default (5 mm) for the missing one gives %s mm²', (finding, product) => {
    expect(followUp('EASL', baseline, finding)).toMatchObject({ targetSum: product, targetResponse: 'PR' });
  });

  it('a measured lesion still needs both diameters', () => {
    expect(followUp('EASL', baseline, { viableLongestDiameterMm: 4 })?.targetResponse).toBe('NE');
  });
});

describe('a baseline target recorded too small', () => {
  it('warns that a target must be measurable, also with a recorded 0', () => {
    const assessment = buildAssessment({ lesions: [target('T1', [{ status: 'too-small', viableLongestDiameterMm: 0 }, 5])] });
    expect(evaluateAssessment(assessment).warnings).toEqual([
      { code: 'baseline-target-not-measured', params: { lesionId: 'T1', status: 'too-small', baselineId: 'BL' } },
    ]);
  });
});
