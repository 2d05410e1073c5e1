// Every row of both overall-response tables of rule book §1.8, and BOR ordering (§1.9).
import { describe, expect, it } from 'vitest';
import { bestOverallResponse } from './bestOverallResponse.ts';
import { overallResponse } from './overallResponse.ts';
import type { NonTargetResponse, OverallResponse, TargetResponse } from './types.ts';

type Row = [row: string, target: TargetResponse, nonTarget: NonTargetResponse, newLesion: boolean, overall: OverallResponse];

const ALL_NON_TARGET: NonTargetResponse[] = ['CR', 'NonCR/NonPD', 'PD', 'NE', 'NA'];
const ALL_TARGET: TargetResponse[] = ['CR', 'PR', 'SD', 'PD', 'NE'];

const withTargets: Row[] = [
  ['1: CR, CR, no', 'CR', 'CR', false, 'CR'],
  ['1: CR, none at baseline, no', 'CR', 'NA', false, 'CR'],
  ['2: CR, IR/SD, no', 'CR', 'NonCR/NonPD', false, 'PR'],
  ['3: CR, not evaluated, no', 'CR', 'NE', false, 'PR'],
  ['4: PR, CR, no', 'PR', 'CR', false, 'PR'],
  ['4: PR, IR/SD, no', 'PR', 'NonCR/NonPD', false, 'PR'],
  ['4: PR, not all evaluated, no', 'PR', 'NE', false, 'PR'],
  ['4: PR, none, no', 'PR', 'NA', false, 'PR'],
  ['5: SD, CR, no', 'SD', 'CR', false, 'SD'],
  ['5: SD, IR/SD, no', 'SD', 'NonCR/NonPD', false, 'SD'],
  ['5: SD, not all evaluated, no', 'SD', 'NE', false, 'SD'],
  ['5: SD, none, no', 'SD', 'NA', false, 'SD'],
  ['6: NE, CR, no', 'NE', 'CR', false, 'NE'],
  ['6: NE, IR/SD, no', 'NE', 'NonCR/NonPD', false, 'NE'],
  ['6: NE, NE, no', 'NE', 'NE', false, 'NE'],
  ['6: NE, none, no', 'NE', 'NA', false, 'NE'],
  ...ALL_NON_TARGET.flatMap((nt): Row[] => [
    [`7: PD, ${nt}, no`, 'PD', nt, false, 'PD'],
    [`7: PD, ${nt}, yes`, 'PD', nt, true, 'PD'],
  ]),
  ...ALL_TARGET.flatMap((t): Row[] => [
    [`8: ${t}, PD, no`, t, 'PD', false, 'PD'],
    [`8: ${t}, PD, yes`, t, 'PD', true, 'PD'],
  ]),
  ...ALL_TARGET.flatMap((t) => ALL_NON_TARGET.map((nt): Row => [`9: ${t}, ${nt}, yes`, t, nt, true, 'PD'])),
];

const nonTargetOnly: Row[] = [
  ['CR, no', 'NA', 'CR', false, 'CR'],
  ['IR/SD, no → NonCR/NonPD, never SD', 'NA', 'NonCR/NonPD', false, 'NonCR/NonPD'],
  ['not all evaluated, no', 'NA', 'NE', false, 'NE'],
  ['unequivocal PD, no', 'NA', 'PD', false, 'PD'],
  ['unequivocal PD, yes', 'NA', 'PD', true, 'PD'],
  ['CR, yes', 'NA', 'CR', true, 'PD'],
  ['IR/SD, yes', 'NA', 'NonCR/NonPD', true, 'PD'],
  ['NE, yes', 'NA', 'NE', true, 'PD'],
  ['no lesions at all, yes', 'NA', 'NA', true, 'PD'],
  ['no lesions at all, no', 'NA', 'NA', false, 'NE'],
];

describe('overall response, rule book §1.8 table 1 (targets ± non-targets)', () => {
  it.each(withTargets)('row %s → %s', (_row, target, nonTarget, newLesion, overall) => {
    const result = overallResponse(target, nonTarget, newLesion);
    expect(result.response).toBe(overall);
    expect(result.reason).toMatchObject({ code: 'overall', params: { response: overall } });
  });
});

describe('overall response, rule book §1.8 table 2 (non-target only)', () => {
  it.each(nonTargetOnly)('%s', (_row, target, nonTarget, newLesion, overall) => {
    expect(overallResponse(target, nonTarget, newLesion).response).toBe(overall);
  });
});

describe('best overall response (unconfirmed)', () => {
  const bor = (responses: OverallResponse[], minSdDays = 0) =>
    bestOverallResponse(responses.map((overallResponse, i) => ({ overallResponse, daysFromBaseline: 42 * (i + 1) })), minSdDays);

  it.each<[OverallResponse[], OverallResponse]>([
    [[], 'NE'],
    [['NE'], 'NE'],
    [['SD', 'PR', 'CR'], 'CR'],
    [['PR', 'SD'], 'PR'],
    [['NonCR/NonPD', 'SD'], 'SD'],
    [['NE', 'NonCR/NonPD'], 'NonCR/NonPD'],
    [['NE', 'PD'], 'PD'],
    [['SD', 'PD', 'CR'], 'SD'],
    [['PD', 'PR'], 'PD'],
  ])('%j → %s (up to and including the first PD)', (responses, expected) => {
    expect(bor(responses)).toBe(expected);
  });

  it('SD counts only minSdDays after baseline', () => {
    expect(bor(['SD', 'PD'], 56)).toBe('PD');
    expect(bor(['SD', 'NE'], 56)).toBe('NE');
    expect(bor(['SD', 'SD'], 56)).toBe('SD');
    expect(bor(['NonCR/NonPD', 'PD'], 56)).toBe('PD');
    expect(bor(['PR', 'PD'], 56)).toBe('PR');
  });
});
