// Worked edge cases EC-1 … EC-37 of the rule book §6, one row each (mRECIST defaults
// unless stated): categories, sums and the fact each decision rests on.
import { describe, expect, it } from 'vitest';
import type { Assessment, Criteria } from '../assessment/types.ts';
import { buildAssessment, newLesion, nonTarget, target } from '../testing/buildAssessment.ts';
import { evaluateAssessment } from './evaluate.ts';
import { evaluationText } from '../../text/index.ts';
import type { OverallResponse, TimepointResult } from './types.ts';

/** The engine's result with reasons and warnings in English, as the reader sees them. */
const evaluateInWords = (...args: Parameters<typeof evaluateAssessment>) => evaluationText(evaluateAssessment(...args));

interface Row {
  ec: string;
  assessment: Assessment;
  criteria?: Criteria;
  at: string;
  expected: Partial<TimepointResult>;
  reason?: string;
  bor?: OverallResponse;
  warning?: string;
}

const a = buildAssessment;
const T = target;
const NT = nonTarget;

const rows: Row[] = [
  { ec: 'EC-1', assessment: a({ lesions: [T('T1', [40, 28]), T('T2', [30, 21])] }), at: 'FU1', expected: { targetSum: 49, changeFromBaselinePct: -30, targetResponse: 'PR', nonTargetResponse: 'NA', overallResponse: 'PR' }, reason: 'fell 30.0% from baseline 70.0 mm to 49.0 mm (at least 30%): PR' },
  { ec: 'EC-2', assessment: a({ lesions: [T('T1', [40, 28.1]), T('T2', [30, 21])] }), at: 'FU1', expected: { targetSum: 49.1, changeFromBaselinePct: -29.86, targetResponse: 'SD', overallResponse: 'SD' }, reason: '29.9% below baseline 70.0 mm' },
  { ec: 'EC-3', assessment: a({ lesions: [T('T1', [14.0, 9.8])] }), at: 'FU1', expected: { targetSum: 9.8, changeFromBaselinePct: -30, targetResponse: 'PR', overallResponse: 'PR' }, reason: 'fell 30.0%' },
  { ec: 'EC-4', assessment: a({ lesions: [T('T1', [50, 40, 48]), NT('NT1', ['present', 'present', 'present'])] }), at: 'FU2', expected: { targetSum: 48, nadirSum: 40, changeFromNadirPct: 20, changeFromBaselinePct: -4, targetResponse: 'PD', nonTargetResponse: 'NonCR/NonPD', overallResponse: 'PD' }, reason: 'rose 20.0% over nadir 40.0 mm to 48.0 mm (at least 20%): PD' },
  { ec: 'EC-5', assessment: a({ lesions: [T('T1', [50, 40, 47.9]), NT('NT1', ['present', 'present', 'present'])] }), at: 'FU2', expected: { targetSum: 47.9, changeFromNadirPct: 19.75, targetResponse: 'SD', overallResponse: 'SD' }, reason: '19.8% above nadir 40.0 mm' },
  { ec: 'EC-6', assessment: a({ lesions: [T('T1', [100, 60, 45, 54]), NT('NT1', ['present', 'present', 'present', 'present'])] }), at: 'FU3', expected: { targetSum: 54, nadirSum: 45, changeFromBaselinePct: -46, targetResponse: 'PD', overallResponse: 'PD' }, reason: 'rose 20.0% over nadir 45.0 mm', bor: 'PR' },
  { ec: 'EC-7 (default, no 5 mm rule)', assessment: a({ lesions: [T('T1', [20, 12, 14.4])] }), at: 'FU2', expected: { targetSum: 14.4, targetResponse: 'PD', overallResponse: 'PD' }, reason: 'rose 20.0% over nadir 12.0 mm' },
  { ec: 'EC-7 (5 mm option, sticky off)', assessment: a({ lesions: [T('T1', [20, 12, 14.4])], options: { minAbsoluteIncreaseMm: 5, stickyResponse: false } }), at: 'FU2', expected: { targetResponse: 'SD', changeFromBaselinePct: -28 }, reason: 'less than the required 5.0 mm, so not PD' },
  { ec: 'EC-7 (5 mm option, sticky on)', assessment: a({ lesions: [T('T1', [20, 12, 14.4])], options: { minAbsoluteIncreaseMm: 5 } }), at: 'FU2', expected: { targetResponse: 'PR' }, reason: 'sticky response' },
  { ec: 'EC-8', assessment: a({ lesions: [T('T1', [35, 0]), T('T2', [20, 0]), NT('NT1', ['present', 'present'])] }), at: 'FU1', expected: { targetSum: 0, targetResponse: 'CR', nonTargetResponse: 'NonCR/NonPD', overallResponse: 'PR' }, reason: 'arterial enhancement has disappeared from all target lesions' },
  { ec: 'EC-9', assessment: a({ lesions: [T('T1', [35, 0]), T('T2', [20, 0]), NT('NT1', ['present', 'absent'])] }), at: 'FU1', expected: { targetResponse: 'CR', nonTargetResponse: 'CR', overallResponse: 'CR' }, reason: 'gone from all non-target lesions' },
  { ec: 'EC-10', assessment: a({ lesions: [T('T1', [35, 0]), T('T2', [20, 0]), NT('NT1', ['present', 'not-evaluable'])] }), at: 'FU1', expected: { targetResponse: 'CR', nonTargetResponse: 'NE', overallResponse: 'PR' }, reason: 'NT1 not evaluated' },
  { ec: 'EC-11', assessment: a({ lesions: [T('T1', [60, 30]), NT('NT1', ['present', 'present']), newLesion('N1', { FU1: { status: 'present', longestDiameterMm: 15, pattern: 'typical' } })] }), at: 'FU1', expected: { targetResponse: 'PR', newLesion: true, overallResponse: 'PD' }, reason: 'new lesion N1 (liver, 15.0 mm, typical pattern): PD' },
  { ec: 'EC-12 FU1', assessment: a({ lesions: [T('T1', [60, 30, 30]), newLesion('N1', { FU1: { status: 'present', longestDiameterMm: 8, pattern: 'typical' }, FU2: { status: 'present', longestDiameterMm: 12, pattern: 'typical' } })] }), at: 'FU1', expected: { targetResponse: 'PR', newLesion: false, overallResponse: 'PR' }, reason: 'needs at least 10 mm', warning: 'N1 (liver, 8.0 mm, typical pattern) is recorded present but does not qualify' },
  { ec: 'EC-12 FU2', assessment: a({ lesions: [T('T1', [60, 30, 30]), newLesion('N1', { FU1: { status: 'present', longestDiameterMm: 8, pattern: 'typical' }, FU2: { status: 'present', longestDiameterMm: 12, pattern: 'typical' } })] }), at: 'FU2', expected: { newLesion: true, overallResponse: 'PD' }, reason: 'new lesion N1 (liver, 12.0 mm, typical pattern): PD', bor: 'PR' , warning: 'FU1: new lesion N1 (liver, 8.0 mm, typical pattern) is recorded present but does not qualify' },
  { ec: 'EC-13', assessment: a({ lesions: [T('T1', [50, 50, 50]), NT('NT1', ['present', 'present', 'present']), newLesion('N1', { FU1: { status: 'present', longestDiameterMm: 14, pattern: 'atypical' }, FU2: { status: 'present', longestDiameterMm: 26, pattern: 'atypical' } })] }), at: 'FU2', expected: { targetResponse: 'SD', newLesion: true, overallResponse: 'PD' }, reason: 'new lesion N1 (liver, 26.0 mm, atypical pattern): PD' , warning: 'FU1: new lesion N1 (liver, 14.0 mm, atypical pattern) is recorded present but does not qualify' },
  { ec: 'EC-13 FU1', assessment: a({ lesions: [T('T1', [50, 50, 50]), newLesion('N1', { FU1: { status: 'present', longestDiameterMm: 14, pattern: 'atypical' } })] }), at: 'FU1', expected: { newLesion: false, overallResponse: 'SD' }, reason: 'at least 10 mm growth since first recorded' , warning: 'FU1: new lesion N1 (liver, 14.0 mm, atypical pattern) is recorded present but does not qualify' },
  { ec: 'EC-14', assessment: a({ lesions: [T('T1', [50, 50, 50]), newLesion('N1', { FU1: { status: 'present', longestDiameterMm: 14, pattern: 'atypical' }, FU2: { status: 'present', longestDiameterMm: 20, pattern: 'atypical' } })] }), at: 'FU2', expected: { newLesion: false, overallResponse: 'SD' }, reason: 'at least 10 mm growth since first recorded (14.0 mm at FU1)' , warning: 'FU2: new lesion N1 (liver, 20.0 mm, atypical pattern) is recorded present but does not qualify' },
  { ec: 'EC-15', assessment: a({ lesions: [T('T1', [50, 30]), NT('NT1', ['present', 'unequivocal-progression'], { kind: 'portal-vein-thrombus' })] }), at: 'FU1', expected: { targetResponse: 'PR', nonTargetResponse: 'PD', overallResponse: 'PD' }, reason: 'NT1 shows unequivocal progression' },
  { ec: 'EC-16', assessment: a({ lesions: [T('T1', [50, 50]), newLesion('N1', { FU1: { status: 'present', cytology: 'not-done' } }, { organ: 'pleura', kind: 'effusion' })] }), at: 'FU1', expected: { targetResponse: 'SD', newLesion: false, overallResponse: 'SD' }, reason: 'only with positive cytology', warning: 'does not qualify' },
  { ec: 'EC-16b', assessment: a({ lesions: [T('T1', [50, 50]), newLesion('N1', { FU1: { status: 'present', cytology: 'positive' } }, { organ: 'pleura', kind: 'effusion' })] }), at: 'FU1', expected: { newLesion: true, overallResponse: 'PD' }, reason: 'new lesion N1 (pleura effusion, cytology positive): PD' },
  { ec: 'EC-17', assessment: a({ lesions: [T('T1', [50, 30]), newLesion('N1', { FU1: { status: 'present', shortAxisMm: 15 } }, { organ: 'lymph node', kind: 'lymph-node', location: 'porta hepatis' })] }), at: 'FU1', expected: { targetResponse: 'PR', newLesion: false, overallResponse: 'PR' }, reason: 'malignant only from 20 mm short axis' , warning: 'FU1: new lesion N1 (lymph node at porta hepatis, short axis 15.0 mm) is recorded present but does not qualify as a new lesion under mRECIST: a porta-hepatis node is malignant only from 20 mm short axis' },
  { ec: 'EC-17b', assessment: a({ lesions: [T('T1', [50, 30]), newLesion('N1', { FU1: { status: 'present', shortAxisMm: 22 } }, { organ: 'lymph node', kind: 'lymph-node', location: 'porta hepatis' })] }), at: 'FU1', expected: { newLesion: true, overallResponse: 'PD' }, reason: 'new lesion N1 (lymph node at porta hepatis, short axis 22.0 mm): PD' },
  { ec: 'EC-18', assessment: a({ lesions: [T('T1', [40, 20]), T('T2', [30, 'NE']), NT('NT1', ['present', 'present'])] }), at: 'FU1', expected: { targetSum: null, changeFromBaselinePct: null, nadirSum: 70, targetResponse: 'NE', overallResponse: 'NE' }, reason: 'T2 is not evaluable at FU1' },
  { ec: 'EC-19', assessment: a({ lesions: [T('T1', [40, 90]), T('T2', [30, 'NE']), NT('NT1', ['present', 'present'])] }), at: 'FU1', expected: { targetSum: null, targetResponse: 'PD', overallResponse: 'PD' }, reason: 'smallest possible sum rose 28.6% over nadir 70.0 mm to 90.0 mm' },
  { ec: 'EC-20', assessment: a({ lesions: [T('T1', [40, 20]), T('T2', [30, 'NE']), newLesion('N1', { FU1: { status: 'present', longestDiameterMm: 20, pattern: 'typical' } })] }), at: 'FU1', expected: { targetResponse: 'NE', newLesion: true, overallResponse: 'PD' }, reason: 'new lesion N1 (liver, 20.0 mm, typical pattern): PD' },
  { ec: 'EC-21', assessment: a({ lesions: [T('T1', [40, 0]), T('T2', [20, 20]), NT('NT1', ['present', 'present'])] }), at: 'FU1', expected: { targetSum: 20, changeFromBaselinePct: -66.67, targetResponse: 'PR', overallResponse: 'PR' }, reason: 'fell 66.7%' },
  { ec: 'EC-22', assessment: a({ lesions: [T('T1', [30, 0, 6]), T('T2', [25, 0, 0])] }), at: 'FU2', expected: { targetSum: 6, nadirSum: 0, changeFromNadirPct: null, targetResponse: 'PD', overallResponse: 'PD' }, reason: 'reappeared in T1 after the overall CR at FU1', bor: 'CR' },
  { ec: 'EC-22 (5 mm option, 4 mm focus)', assessment: a({ lesions: [T('T1', [30, 0, 4]), T('T2', [25, 0, 0])], options: { minAbsoluteIncreaseMm: 5 } }), at: 'FU2', expected: { targetSum: 4, targetResponse: 'PD', overallResponse: 'PD' }, reason: 'after the overall CR at FU1', bor: 'CR' },
  { ec: 'EC-23 FU1', assessment: a({ lesions: [NT('NT1', ['present', 'present', 'absent', 'absent']), NT('NT2', ['present', 'present', 'absent', 'absent'], { kind: 'portal-vein-thrombus' }), newLesion('N1', { FU3: { status: 'present', longestDiameterMm: 12, pattern: 'typical' } })] }), at: 'FU1', expected: { targetSum: null, targetResponse: 'NA', nonTargetResponse: 'NonCR/NonPD', overallResponse: 'NonCR/NonPD' }, reason: 'overall NonCR/NonPD' },
  { ec: 'EC-23 FU2', assessment: a({ lesions: [NT('NT1', ['present', 'present', 'absent', 'absent']), NT('NT2', ['present', 'present', 'absent', 'absent'], { kind: 'portal-vein-thrombus' })] }), at: 'FU2', expected: { targetResponse: 'NA', nonTargetResponse: 'CR', overallResponse: 'CR' }, reason: 'gone from all non-target lesions', bor: 'CR' },
  { ec: 'EC-23 FU3', assessment: a({ lesions: [NT('NT1', ['present', 'present', 'absent', 'absent']), newLesion('N1', { FU3: { status: 'present', longestDiameterMm: 12, pattern: 'typical' } })] }), at: 'FU3', expected: { targetResponse: 'NA', nonTargetResponse: 'CR', newLesion: true, overallResponse: 'PD' }, reason: 'new lesion N1 (liver, 12.0 mm, typical pattern): PD', bor: 'CR' },
  { ec: 'EC-24', assessment: a({ lesions: [T('T1', [{ longestDiameterMm: 30 }, { longestDiameterMm: 30 }], { enhancingAtBaseline: false }), T('T2', [40, 20])] }), at: 'FU1', expected: { targetSum: 20, targetResponse: 'PR', nonTargetResponse: 'NonCR/NonPD', overallResponse: 'PR' }, reason: 'persists in non-target T1', warning: 'target T1 shows no arterial enhancement at baseline; mRECIST targets must enhance: it is assessed as a non-target lesion' },
  { ec: 'EC-25', assessment: a({ lesions: [T('T1', [50, 21])] }), at: 'FU1', expected: { targetSum: 21, changeFromBaselinePct: -58, targetResponse: 'PR' }, reason: 'fell 58.0%' },
  { ec: 'EC-26', assessment: a({ lesions: [T('T1', [30, 62]), T('T2', [25, 0])] }), at: 'FU1', expected: { targetSum: 62, changeFromBaselinePct: 12.73, targetResponse: 'SD' }, reason: '12.7% above baseline 55.0 mm' },
  { ec: 'EC-27 (too small)', assessment: a({ lesions: [T('T1', [25, 0]), T('T2', [15, { status: 'too-small' }])] }), at: 'FU1', expected: { targetSum: 5, changeFromBaselinePct: -87.5, targetResponse: 'PR' }, reason: 'fell 87.5% from baseline 40.0 mm to 5.0 mm' },
  { ec: 'EC-27 (absent)', assessment: a({ lesions: [T('T1', [25, 0]), T('T2', [15, { status: 'absent' }])] }), at: 'FU1', expected: { targetSum: 0, targetResponse: 'CR', overallResponse: 'CR' }, reason: ': CR' },
  { ec: 'EC-28', assessment: a({ lesions: [T('T1', [60, 20]), T('T2', [10, 25]), NT('NT1', ['present', 'present'])] }), at: 'FU1', expected: { targetSum: 45, changeFromBaselinePct: -35.71, targetResponse: 'PR', overallResponse: 'PR' }, reason: 'fell 35.7%' },
  { ec: 'EC-29', assessment: a({ lesions: [T('T1', [100, 65]), NT('NT1', ['present', 'not-evaluable'])] }), at: 'FU1', expected: { targetResponse: 'PR', nonTargetResponse: 'NE', overallResponse: 'PR' }, reason: 'overall PR (targets PR, non-targets NE' },
  { ec: 'EC-30', assessment: a({ lesions: [T('T1', [100, 90]), NT('NT1', ['present', 'absent'])] }), at: 'FU1', expected: { targetResponse: 'SD', nonTargetResponse: 'CR', overallResponse: 'SD' }, reason: 'overall SD (targets SD, non-targets CR' },
  { ec: 'EC-31', assessment: a({ lesions: [T('T1', [50, 'NE']), NT('NT1', ['present', 'unequivocal-progression'])] }), at: 'FU1', expected: { targetResponse: 'NE', nonTargetResponse: 'PD', overallResponse: 'PD' }, reason: 'overall PD (targets NE, non-targets PD' },
  { ec: 'EC-32 (sticky)', assessment: a({ lesions: [T('T1', [100, 70, 70, 80]), NT('NT1', ['present', 'present', 'present', 'present'])] }), at: 'FU3', expected: { targetSum: 80, changeFromBaselinePct: -20, changeFromNadirPct: 14.29, targetResponse: 'PR', overallResponse: 'PR' }, reason: 'a response was reached at FU1 and PD is not met (sticky response): PR', bor: 'PR' },
  { ec: 'EC-32 (sticky off)', assessment: a({ lesions: [T('T1', [100, 70, 70, 80])], options: { stickyResponse: false } }), at: 'FU3', expected: { targetResponse: 'SD', overallResponse: 'SD' }, reason: ': SD', bor: 'PR' },
  { ec: 'EC-34', assessment: a({ lesions: [T('T1', [55, 0, 10])] }), at: 'FU2', expected: { targetSum: 10, changeFromBaselinePct: -81.82, targetResponse: 'PD', overallResponse: 'PD' }, reason: 'reappeared in T1 after the overall CR at FU1', bor: 'CR' },
  { ec: 'EC-35', assessment: a({ lesions: [T('T1', [50, 45]), newLesion('N1', { FU1: { status: 'present' } }, { organ: 'bone' })] }), at: 'FU1', expected: { targetResponse: 'SD', newLesion: true, overallResponse: 'PD' }, reason: 'new lesion N1 (bone): PD' },
  { ec: 'EC-36', assessment: a({ lesions: [T('T1', [30, 0, 8]), T('T2', [15, 15, 15]), NT('NT1', ['present', 'present', 'present'])] }), at: 'FU2', expected: { targetSum: 23, nadirSum: 15, changeFromNadirPct: 53.33, targetResponse: 'PD', overallResponse: 'PD' }, reason: 'rose 53.3% over nadir 15.0 mm to 23.0 mm', bor: 'PR' },
  { ec: 'EC-37', assessment: a({ lesions: [T('T1', [45, 45]), T('T2', [30, 30]), T('T3', [22, 22])] }), at: 'FU1', expected: { targetSum: 97, targetResponse: 'SD' }, warning: '3 target lesions in liver (T1, T2 and T3), more than the 2 allowed per organ (all are still summed)' },
];

describe('rule book §6 edge cases', () => {
  it.each(rows)('$ec', ({ assessment, criteria, at, expected, reason, bor, warning }) => {
    const result = evaluateInWords(assessment, { criteria });
    const timepoint = result.timepoints.find((t) => t.timepoint === at);
    expect(timepoint).toMatchObject(expected);
    if (reason) expect(timepoint?.reasons.join('\n')).toContain(reason);
    if (bor) expect(result.bestOverallResponse).toBe(bor);
    if (warning) expect(result.warnings.join('\n')).toContain(warning);
    else expect(result.warnings).toEqual([]);
  });

  it('EC-33 is not expressible: the format has no confirmation option, BOR is unconfirmed', () => {
    const result = evaluateInWords(a({ lesions: [T('T1', [50, 30, 60])] }));
    expect(result.timepoints.map((t) => t.overallResponse)).toEqual(['PR', 'PD']);
    expect(result.bestOverallResponse).toBe('PR');
  });

  it('EC-37 with a RECIST 1.0-style configuration gives no warning', () => {
    const assessment = a({ lesions: [T('T1', [45, 45]), T('T2', [30, 30]), T('T3', [22, 22])], options: { maxTargetsPerOrgan: 5, maxTargetsTotal: 10 } });
    expect(evaluateInWords(assessment).warnings).toEqual([]);
  });
});
