// Lymph nodes (issue 9, points 11, 14, 15): measured by short axis under RECIST 1.1 and
// mRECIST (rule book §1.6 "other nodes follow RECIST 1.1", §2): ≥ 15 mm to be a target,
// < 10 mm normal (CR possible); porta-hepatis nodes need ≥ 20 mm under mRECIST.
import { describe, expect, it } from 'vitest';
import type { Criteria, Finding, Lesion } from '../assessment/types.ts';
import { buildAssessment, nonTarget, target } from '../testing/buildAssessment.ts';
import { evaluateAssessment } from './evaluate.ts';

const node = (id: string, cells: Finding[], extra: Partial<Lesion> = {}) =>
  target(id, cells, { organ: 'lymph node', kind: 'lymph-node', ...extra });
const liver = (id: string, cells: Finding[]) => target(id, cells);
const evaluate = (criteria: Criteria, lesions: Lesion[]) => evaluateAssessment(buildAssessment({ criteria, lesions }));

describe('a nodal target recorded too small to measure (point 11)', () => {
  it.each<[Criteria, Finding, Finding]>([
    ['RECIST1.1', { longestDiameterMm: 30 }, { longestDiameterMm: 0 }],
    ['mRECIST', { viableLongestDiameterMm: 30 }, { viableLongestDiameterMm: 0 }],
  ])('%s: counts as under 10 mm short axis, so CR is possible (16 mm → too small)', (criteria, liverBaseline, liverGone) => {
    const result = evaluate(criteria, [liver('T1', [liverBaseline, liverGone]), node('T2', [{ shortAxisMm: 16 }, { status: 'too-small' }])]);
    expect(result.timepoints[0]).toMatchObject({ targetSum: 5, targetResponse: 'CR', overallResponse: 'CR' });
  });
});

describe('nodal targets under mRECIST are measured by short axis (point 14)', () => {
  const lesions = (shortAxisMm: number) => [
    liver('T1', [{ viableLongestDiameterMm: 30 }, { viableLongestDiameterMm: 0 }]),
    node('T2', [{ shortAxisMm: 20, viableLongestDiameterMm: 25 }, { shortAxisMm, viableLongestDiameterMm: 12 }]),
  ];

  it('sums the short axis, not a viable diameter', () => {
    expect(evaluate('mRECIST', lesions(9.99)).baseline.targetSum).toBe(50);
  });

  it('a node under 10 mm short axis is normal: CR at 9.99 mm, not at exactly 10 mm', () => {
    expect(evaluate('mRECIST', lesions(9.99)).timepoints[0]).toMatchObject({ targetSum: 9.99, targetResponse: 'CR', overallResponse: 'CR' });
    expect(evaluate('mRECIST', lesions(10)).timepoints[0]).toMatchObject({ targetSum: 10, targetResponse: 'PR' });
  });

  it('says that every nodal target is under 10 mm when CR rests on it', () => {
    const reason = evaluate('mRECIST', lesions(9)).timepoints[0]?.reasons[0];
    expect(reason).toMatchObject({ code: 'target-cr', params: { nodalTargets: true } });
  });

  it('a node with only a viable diameter has no short axis: NE, named as such', () => {
    const result = evaluate('mRECIST', [node('T2', [{ shortAxisMm: 20 }, { viableLongestDiameterMm: 12 }])]);
    expect(result.timepoints[0]?.targetResponse).toBe('NE');
    expect(result.timepoints[0]?.reasons[0]).toEqual({
      code: 'target-ne-with-missing',
      params: { missing: [{ code: 'lesion-value-missing', params: { lesionId: 'T2', timepointId: 'FU1', field: 'shortAxisMm' } }] },
    });
  });

  it('EASL keeps measuring nodes by their viable diameters', () => {
    const result = evaluate('EASL', [node('T2', [{ shortAxisMm: 20, viableLongestDiameterMm: 25, viablePerpendicularDiameterMm: 10 }, { shortAxisMm: 20, viableLongestDiameterMm: 25, viablePerpendicularDiameterMm: 10 }])]);
    expect(result.baseline.targetSum).toBe(250);
  });

  it.each<[number, boolean]>([
    [14.99, true],
    [15, false],
  ])('a node target of %s mm short axis at baseline gives a measurability warning: %s', (shortAxisMm, warned) => {
    const result = evaluate('mRECIST', [node('T2', [{ shortAxisMm }, { shortAxisMm }])]);
    expect(result.warnings.map((w) => w.code)).toEqual(warned ? ['baseline-target-too-small'] : []);
    if (warned) expect(result.warnings[0]).toMatchObject({ params: { what: 'node', min: { value: 15, unit: 'mm' }, field: 'shortAxisMm' } });
  });

  it.each([
    { location: 'porta hepatis' },
    { location: 'Porta-hepatis' },
    { location: 'hepatic hilum' },
    { location: '肝门' },
    { organ: 'lymph node, porta hepatis' },
  ])('a porta-hepatis node (%o) needs 20 mm short axis to be a target under mRECIST', (where) => {
    const at = (shortAxisMm: number, criteria: Criteria = 'mRECIST') =>
      evaluate(criteria, [node('N1', [{ shortAxisMm }, { shortAxisMm }], where)]).warnings;
    expect(at(19.99)).toEqual([
      expect.objectContaining({ code: 'baseline-target-too-small', params: expect.objectContaining({ what: 'porta-hepatis-node', min: { value: 20, unit: 'mm' } }) }),
    ]);
    expect(at(20)).toEqual([]);
    // RECIST 1.1 has no porta-hepatis rule: 15 mm is enough.
    expect(at(19.99, 'RECIST1.1')).toEqual([]);
  });
});

describe('a non-target node seen again after an overall CR (point 15)', () => {
  const afterCr = (criteria: Criteria, third: Finding) =>
    evaluate(criteria, [
      liver('T1', [{ viableLongestDiameterMm: 40, longestDiameterMm: 40 }, { viableLongestDiameterMm: 0, longestDiameterMm: 0 }, { viableLongestDiameterMm: 0, longestDiameterMm: 0 }]),
      nonTarget('NT1', [{ status: 'present', shortAxisMm: 14 }, { status: 'absent' }, third], { organ: 'lymph node', kind: 'lymph-node' }),
    ]).timepoints[1];

  it.each<[Criteria, Finding, string, string]>([
    ['mRECIST', { status: 'present', shortAxisMm: 9.99 }, 'CR', 'CR'],
    ['mRECIST', { status: 'present', shortAxisMm: 10 }, 'PD', 'PD'],
    ['mRECIST', { status: 'present' }, 'NonCR/NonPD', 'PR'],
    ['mRECIST', { status: 'unequivocal-progression' }, 'PD', 'PD'],
    ['RECIST1.1', { status: 'present', shortAxisMm: 9.99 }, 'CR', 'CR'],
    ['RECIST1.1', { status: 'present', shortAxisMm: 10 }, 'PD', 'PD'],
    ['RECIST1.1', { status: 'present' }, 'NonCR/NonPD', 'PR'],
    ['EASL', { status: 'present', shortAxisMm: 8 }, 'NonCR/NonPD', 'PR'],
    ['EASL', { status: 'present', shortAxisMm: 10 }, 'PD', 'PD'],
  ])('%s, %o: non-target %s, overall %s', (criteria, third, nonTargetResponse, overallResponse) => {
    expect(afterCr(criteria, third)).toMatchObject({ nonTargetResponse, overallResponse });
  });

  it('says why a node present without a pathological short axis is not PD', () => {
    expect(afterCr('mRECIST', { status: 'present' })?.reasons).toContainEqual({
      code: 'non-target-nodes-below-pathological',
      params: { lesionIds: ['NT1'], crTimepointId: 'FU1', minShortAxisMm: 10 },
    });
  });

  it('any other non-target lesion present again is still PD', () => {
    const result = evaluate('mRECIST', [target('T1', [40, 0, 0]), nonTarget('NT1', ['present', 'absent', 'present'])]);
    expect(result.timepoints[1]).toMatchObject({ nonTargetResponse: 'PD', overallResponse: 'PD' });
  });
});
