// Criteria-specific rules and the warnings (rule book §1.2, §1.6, §1.7, §2, §3.2; spec Options).
import { describe, expect, it } from 'vitest';
import type { Criteria, Finding, Lesion } from '../assessment/types.ts';
import { buildAssessment, newLesion, nonTarget, target } from '../testing/buildAssessment.ts';
import { evaluateAssessment } from './evaluate.ts';
import { evaluationText } from '../../text/index.ts';

/** The engine's result with reasons and warnings in English, as the reader sees them. */
const evaluateInWords = (...args: Parameters<typeof evaluateAssessment>) => evaluationText(evaluateAssessment(...args));

const a = buildAssessment;

describe('RECIST 1.1', () => {
  const node = (id: string, shortAxes: number[]) =>
    target(id, shortAxes.map((shortAxisMm) => ({ shortAxisMm })), { organ: 'lymph node', kind: 'lymph-node' });
  const liver = (id: string, diameters: number[]) => target(id, diameters.map((longestDiameterMm) => ({ longestDiameterMm })));

  it('CR with nodal targets under 10 mm short axis, although the sum is not 0', () => {
    const result = evaluateInWords(a({ criteria: 'RECIST1.1', lesions: [liver('T1', [30, 0]), node('T2', [20, 8])] }));
    expect(result.timepoints[0]).toMatchObject({ targetSum: 8, targetResponse: 'CR', overallResponse: 'CR' });
    expect(result.timepoints[0]?.reasons[0]).toContain('every nodal target is under 10 mm short axis');
  });

  it('a node of 10 mm is not CR', () => {
    const result = evaluateInWords(a({ criteria: 'RECIST1.1', lesions: [liver('T1', [30, 0]), node('T2', [20, 10])] }));
    expect(result.timepoints[0]?.targetResponse).toBe('PR');
  });

  it('PD needs +20% and +5 mm over the nadir', () => {
    const small = evaluateInWords(a({ criteria: 'RECIST1.1', lesions: [liver('T1', [20, 20, 24.9])] }));
    expect(small.timepoints[1]).toMatchObject({ changeFromNadirPct: 24.5, targetResponse: 'SD' });
    expect(small.timepoints[1]?.reasons[0]).toContain('less than the required 5.0 mm, so not PD');
    const large = evaluateInWords(a({ criteria: 'RECIST1.1', lesions: [liver('T1', [20, 20, 25])] }));
    expect(large.timepoints[1]?.targetResponse).toBe('PD');
  });

  it('ignores arterial enhancement: a non-enhancing target stays a target', () => {
    const lesion = target('T1', [{ longestDiameterMm: 30 }, { longestDiameterMm: 20 }], { enhancingAtBaseline: false });
    const result = evaluateInWords(a({ criteria: 'RECIST1.1', lesions: [lesion] }));
    expect(result.timepoints[0]).toMatchObject({ targetSum: 20, targetResponse: 'PR' });
    expect(result.warnings).toEqual([]);
  });

  it('a new node of 12 mm short axis is PD (not only at 20 mm as in mRECIST porta hepatis)', () => {
    const lesions = [liver('T1', [30, 30]), newLesion('N1', { FU1: { status: 'present', shortAxisMm: 12 } }, { organ: 'lymph node', kind: 'lymph-node', location: 'porta hepatis' })];
    expect(evaluateInWords(a({ criteria: 'RECIST1.1', lesions })).timepoints[0]?.overallResponse).toBe('PD');
    expect(evaluateInWords(a({ criteria: 'mRECIST', lesions })).timepoints[0]?.newLesion).toBe(false);
  });

  it('a non-target node under 10 mm short axis counts as gone', () => {
    const lesions = [liver('T1', [30, 0]), nonTarget('NT1', [{ status: 'present', shortAxisMm: 12 }, { status: 'present', shortAxisMm: 8 }], { organ: 'lymph node', kind: 'lymph-node' })];
    expect(evaluateInWords(a({ criteria: 'RECIST1.1', lesions })).timepoints[0]).toMatchObject({ nonTargetResponse: 'CR', overallResponse: 'CR' });
  });
});

describe('EASL', () => {
  it('needs the perpendicular diameter; a missing one makes the target NE', () => {
    const result = evaluateInWords(a({ criteria: 'EASL', lesions: [target('T1', [{ viableLongestDiameterMm: 30, viablePerpendicularDiameterMm: 20 }, 20])] }));
    expect(result.baseline.targetSum).toBe(600);
    expect(result.timepoints[0]).toMatchObject({ targetSum: null, targetResponse: 'NE' });
    expect(result.timepoints[0]?.reasons[0]).toContain('T1 has no viable perpendicular diameter at FU1');
  });

  it('warns that the absolute mm rule does not apply to products', () => {
    const result = evaluateInWords(a({ criteria: 'EASL', options: { minAbsoluteIncreaseMm: 5 }, lesions: [target('T1', [{ viableLongestDiameterMm: 30, viablePerpendicularDiameterMm: 20 }, 0])] }));
    expect(result.warnings).toContain('the minimum absolute increase in mm is a diameter rule and is not applied under EASL');
    expect(result.timepoints[0]?.targetResponse).toBe('CR');
  });
});

describe('new lesions: the liver and porta-hepatis rules are mRECIST only (spec; issue 9 point 13)', () => {
  const withNew = (criteria: Criteria, finding: Finding, extra: Partial<Lesion> = {}) =>
    evaluateInWords(a({ criteria, lesions: [target('T1', [{ viableLongestDiameterMm: 30, viablePerpendicularDiameterMm: 20 }, { viableLongestDiameterMm: 30, viablePerpendicularDiameterMm: 20 }]), newLesion('N1', { FU1: finding }, extra)] })).timepoints[0];
  const porta = { organ: 'lymph node', kind: 'lymph-node', location: 'porta hepatis' } as const;

  it.each<[string, Finding, Partial<Lesion>, boolean, boolean]>([
    ['a typical liver lesion of 8 mm', { status: 'present', longestDiameterMm: 8, pattern: 'typical' }, {}, false, true],
    ['a typical liver lesion of 10 mm', { status: 'present', longestDiameterMm: 10, pattern: 'typical' }, {}, true, true],
    ['an atypical liver lesion without growth', { status: 'present', longestDiameterMm: 14, pattern: 'atypical' }, {}, false, true],
    ['a porta-hepatis node of 15 mm short axis', { status: 'present', shortAxisMm: 15 }, porta, false, true],
    ['a porta-hepatis node of 20 mm short axis', { status: 'present', shortAxisMm: 20 }, porta, true, true],
    ['a porta-hepatis node of 9.9 mm short axis', { status: 'present', shortAxisMm: 9.9 }, porta, false, false],
  ])('%s: mRECIST %s, EASL %s', (_, finding, extra, underMrecist, underEasl) => {
    expect(withNew('mRECIST', finding, extra)?.newLesion).toBe(underMrecist);
    expect(withNew('EASL', finding, extra)?.newLesion).toBe(underEasl);
  });

  it('says why a node does not count under EASL', () => {
    expect(withNew('EASL', { status: 'present', shortAxisMm: 9.9 }, porta)?.reasons).toContain(
      'new lesion N1 (lymph node at porta hepatis, short axis 9.9 mm) does not qualify: a node under 10 mm short axis is not pathological',
    );
  });
});

describe('a new lesion measured only by its viable diameter (issue 9 point 7)', () => {
  const evaluateNew = (findings: Lesion['findings']) =>
    evaluateInWords(a({ lesions: [target('T1', [30, 30, 30]), newLesion('N1', findings)] })).timepoints;

  it('takes the viable diameter as its size: 12 mm typical is PD, 8 mm is not', () => {
    expect(evaluateNew({ FU1: { viableLongestDiameterMm: 12, pattern: 'typical' } })[0]).toMatchObject({ newLesion: true, overallResponse: 'PD' });
    const small = evaluateNew({ FU1: { viableLongestDiameterMm: 8, pattern: 'typical' } })[0];
    expect(small?.newLesion).toBe(false);
    expect(small?.reasons).toContain('new lesion N1 (liver, 8.0 mm, typical pattern) does not qualify: a new liver lesion needs at least 10 mm');
  });

  it('follows an atypical lesion\'s growth by its viable diameter, without asking for a whole diameter', () => {
    const [first, second] = evaluateNew({ FU1: { viableLongestDiameterMm: 12, pattern: 'atypical' }, FU2: { viableLongestDiameterMm: 22, pattern: 'atypical' } });
    expect(first?.newLesion).toBe(false);
    expect(first?.reasons.join(' ')).not.toContain('needs a longest diameter');
    expect(second?.newLesion).toBe(true);
  });

  it('prefers the whole diameter when both were measured', () => {
    expect(evaluateNew({ FU1: { viableLongestDiameterMm: 12, longestDiameterMm: 9, pattern: 'typical' } })[0]?.newLesion).toBe(false);
  });
});

describe('warnings', () => {
  it('a portal-vein thrombus recorded as target is followed as non-target', () => {
    const result = evaluateInWords(a({ lesions: [target('T1', [40, 20]), target('T2', [{ viableLongestDiameterMm: 15 }, { status: 'measured', viableLongestDiameterMm: 15 }], { kind: 'portal-vein-thrombus' })] }));
    expect(result.warnings).toEqual(['target T2 is a portal-vein thrombus, which is non-measurable and never a target: it is assessed as a non-target lesion']);
    expect(result.baseline.targetSum).toBe(40);
    expect(result.timepoints[0]).toMatchObject({ targetResponse: 'PR', nonTargetResponse: 'NonCR/NonPD', overallResponse: 'PR' });
  });

  it('too many targets in total', () => {
    const lesions = ['T1', 'T2', 'T3'].map((id, i) => target(id, [20, 20], { organ: ['liver', 'lung', 'adrenal'][i] ?? 'liver' }));
    const result = evaluateInWords(a({ lesions, options: { maxTargetsTotal: 2 } }));
    expect(result.warnings).toEqual(['3 target lesions, more than the 2 allowed in total (all are still summed)']);
    expect(result.baseline.targetSum).toBe(60);
  });

  it('a baseline target below minMeasurableMm', () => {
    const result = evaluateInWords(a({ lesions: [target('T1', [30, 30]), target('T2', [8, 8])] }));
    expect(result.warnings).toEqual(['target T2 measures 8.0 mm (viable longest diameter) at baseline BL, below the 10.0 mm minimum for a measurable lesion']);
  });

  it('timepoints before the chosen baseline are ignored', () => {
    const assessment = { ...a({ lesions: [target('T1', [50, 40, 20])] }), baseline: 'FU1' };
    const result = evaluateInWords(assessment);
    expect(result.baseline).toEqual({ timepoint: 'FU1', targetSum: 40 });
    expect(result.timepoints.map((t) => t.timepoint)).toEqual(['FU2']);
    expect(result.timepoints[0]).toMatchObject({ changeFromBaselinePct: -50, targetResponse: 'PR' });
    expect(result.warnings).toEqual(['timepoint BL (2026-01-05) is before baseline FU1 (2026-02-16) and is ignored']);
  });

  it('an uncomputable baseline sum: PR cannot be decided, PD still can', () => {
    const result = evaluateInWords(a({ lesions: [target('T1', ['NE', 20, 10, 30]), target('T2', [20, 20, 10, 20])] }));
    expect(result.warnings[0]).toContain('the baseline viable target sum is not computable (T1 is not evaluable at BL)');
    expect(result.timepoints.map((t) => [t.nadirSum, t.targetResponse])).toEqual([
      [null, 'NE'],
      [40, 'NE'],
      [20, 'PD'],
    ]);
  });
});

describe('timepoints and nadir', () => {
  it('evaluates timepoints in date order whatever the file order', () => {
    const assessment = a({ lesions: [target('T1', [50, 30, 40])] });
    assessment.timepoints.reverse();
    expect(evaluateInWords(assessment).timepoints.map((t) => t.timepoint)).toEqual(['FU1', 'FU2']);
  });

  it('a not-evaluable timepoint does not update the nadir and values are never carried forward', () => {
    const result = evaluateInWords(a({ lesions: [target('T1', [50, 40, 10, 48]), target('T2', [20, 20, 'NE', 20])] }));
    expect(result.timepoints.map((t) => [t.targetSum, t.nadirSum, t.targetResponse])).toEqual([
      [60, 70, 'SD'],
      [null, 60, 'NE'],
      [68, 60, 'SD'],
    ]);
  });

  it('a not-assessed target (no finding) is NE like "not-evaluable"', () => {
    const result = evaluateInWords(a({ lesions: [target('T1', [40, 20]), target('T2', [30, null])] }));
    expect(result.timepoints[0]).toMatchObject({ targetResponse: 'NE', targetSum: null });
    expect(result.timepoints[0]?.reasons[0]).toContain('T2 was not assessed at FU1');
  });

  it('an equivocal new lesion is recorded in the reasons but not counted', () => {
    const result = evaluateInWords(a({ lesions: [target('T1', [40, 40]), newLesion('N1', { FU1: { status: 'equivocal', longestDiameterMm: 12 } })] }));
    expect(result.timepoints[0]).toMatchObject({ newLesion: false, overallResponse: 'SD' });
    expect(result.timepoints[0]?.reasons).toContain('new lesion N1 (liver, 12.0 mm) is equivocal: recorded, not counted as progression');
    expect(result.warnings).toEqual([]);
  });

  it('a non-target seen again after an overall CR is PD (EORTC FAQ, §1.9)', () => {
    const result = evaluateInWords(a({ lesions: [target('T1', [40, 0, 0]), nonTarget('NT1', ['present', 'absent', 'present'])] }));
    expect(result.timepoints.map((t) => t.overallResponse)).toEqual(['CR', 'PD']);
    expect(result.timepoints[1]?.reasons[1]).toBe('viable (enhancing) tumour reappeared in non-target NT1 after the overall CR at FU1: PD');
  });

  it('a new lesion with a finding at baseline gives a warning', () => {
    const result = evaluateInWords(a({ lesions: [target('T1', [40, 40]), newLesion('N1', { BL: { status: 'present', longestDiameterMm: 15 } })] }));
    expect(result.warnings).toEqual(['new lesion N1 has a finding at BL, not after the baseline: that finding is ignored']);
    expect(result.timepoints[0]?.newLesion).toBe(false);
  });

  it('the CLI criteria override wins over the file', () => {
    const assessment = a({ criteria: 'EASL', lesions: [target('T1', [40, 20])] });
    expect(evaluateInWords(assessment, { criteria: 'mRECIST' }).criteria).toBe('mRECIST');
  });
});
