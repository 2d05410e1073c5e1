import { describe, expect, it } from 'vitest';
import type { Assessment } from '../assessment/types.ts';
import { evaluateAssessment } from '../response/evaluate.ts';
import { applyMeasurements, ARTERIAL_SUBTRACTION_PHASE, isKnownNonArterial } from './applyMeasurements.ts';
import { caliperLengthsMm } from './caliperLength.ts';
import type { ImageReference, Measurement, MeasurementKind, PatientPointMm } from './types.ts';

const ARTERIAL: ImageReference = {
  studyInstanceUid: '1.2.3',
  seriesInstanceUid: '1.2.3.4',
  sopInstanceUid: '1.2.3.4.5',
  frameIndex: 0,
  phase: 'arterial',
  calibrated: true,
};

function caliper(id: string, lesionId: string, timepointId: string, lengthMm: number, extra: Partial<Measurement> = {}): Measurement {
  const kind: MeasurementKind = extra.kind ?? 'viable';
  const points: PatientPointMm[] = [
    [10, 20, 30],
    [10 + lengthMm, 20, 30],
  ];
  if (kind === 'viable-bidirectional') points.push([10 + lengthMm / 2, 15, 30], [10 + lengthMm / 2, 25, 30]);
  return { id, lesionId, timepointId, kind, pointsMm: points, image: ARTERIAL, ...extra };
}

function demo(): Assessment {
  return {
    format: 'tumor-response-assessment',
    version: 1,
    criteria: 'mRECIST',
    timepoints: [
      { id: 'BL', date: '2026-01-12' },
      { id: 'FU1', date: '2026-02-23' },
    ],
    lesions: [
      { id: 'T1', role: 'target', organ: 'liver', findings: { BL: {}, FU1: { viableLongestDiameterMm: 99 } } },
      { id: 'T2', role: 'target', organ: 'liver', findings: {} },
    ],
  };
}

describe('caliperLengthsMm', () => {
  it('measures patient-space distance rounded to 0.1 mm', () => {
    expect(caliperLengthsMm({ kind: 'viable', pointsMm: [[0, 0, 0], [3, 4, 12]] })).toEqual({ long: 13 });
    expect(caliperLengthsMm({ kind: 'whole', pointsMm: [[0, 0, 0], [0.68 * 20, 0.9 * 10, 0]] }).long).toBeCloseTo(16.3, 5);
  });
  it('gives both axes of a bidirectional caliper and refuses too few points', () => {
    expect(caliperLengthsMm({ kind: 'viable-bidirectional', pointsMm: [[0, 0, 0], [20, 0, 0], [10, -4, 0], [10, 4, 0]] })).toEqual({ long: 20, short: 8 });
    expect(() => caliperLengthsMm({ kind: 'viable', pointsMm: [[0, 0, 0]] })).toThrow(/2 points/);
    expect(() => caliperLengthsMm({ kind: 'viable-bidirectional', pointsMm: [[0, 0, 0], [1, 0, 0]] })).toThrow(/4 points/);
  });
});

describe('applyMeasurements', () => {
  it('fills the finding of the lesion and timepoint a caliper was drawn for, over a typed value', () => {
    const { assessment, notes } = applyMeasurements(demo(), [caliper('a', 'T1', 'FU1', 14)]);
    expect(assessment.lesions[0]!.findings.FU1!.viableLongestDiameterMm).toBe(14);
    expect(notes).toEqual([]);
  });

  it('creates the finding when the lesion had none at that timepoint and leaves the input untouched', () => {
    const input = demo();
    const { assessment } = applyMeasurements(input, [caliper('a', 'T2', 'BL', 28)]);
    expect(assessment.lesions[1]!.findings.BL).toEqual({ viableLongestDiameterMm: 28 });
    expect(input.lesions[1]!.findings).toEqual({});
  });

  it('never sums two calipers of one kind that the reader did not mark as fragments', () => {
    const { assessment, notes } = applyMeasurements(demo(), [caliper('a', 'T1', 'FU1', 12), caliper('b', 'T1', 'FU1', 9)]);
    // Neither the sum (21) nor the typed 99: the value is empty until the reader chooses.
    expect(assessment.lesions[0]!.findings.FU1).toEqual({});
    expect(notes).toEqual([
      { measurementId: 'a', lesionId: 'T1', timepointId: 'FU1', counted: false, code: 'several-calipers', kind: 'viable', count: 2 },
      { measurementId: 'b', lesionId: 'T1', timepointId: 'FU1', counted: false, code: 'several-calipers', kind: 'viable', count: 2 },
    ]);
    expect(evaluateAssessment(assessment).timepoints[0]!.targetResponse).toBe('NE');
  });

  it('sums the fragments of a split lesion when the reader marked them so (rule book §1.3)', () => {
    const calipers = [caliper('a', 'T1', 'BL', 12), caliper('b', 'T1', 'BL', 9, { fragment: true }), caliper('c', 'T1', 'BL', 7.2, { fragment: true })];
    const { assessment, notes } = applyMeasurements(demo(), calipers);
    expect(assessment.lesions[0]!.findings.BL!.viableLongestDiameterMm).toBe(28.2);
    expect(notes).toEqual([]);
    // Two calipers that are not fragments among them: a conflict again.
    expect(applyMeasurements(demo(), [...calipers, caliper('d', 'T1', 'BL', 5)]).assessment.lesions[0]!.findings.BL).toEqual({});
    // All marked as fragments (the first one was merged too) is still an explicit choice.
    const allFragments = calipers.map((m) => ({ ...m, fragment: true }));
    expect(applyMeasurements(demo(), allFragments).assessment.lesions[0]!.findings.BL!.viableLongestDiameterMm).toBe(28.2);
  });

  it('maps each caliper kind to its own finding field', () => {
    const { assessment } = applyMeasurements(demo(), [
      caliper('a', 'T1', 'BL', 30, { kind: 'whole' }),
      caliper('b', 'T1', 'BL', 12, { kind: 'short-axis' }),
      caliper('c', 'T2', 'BL', 20, { kind: 'viable-bidirectional' }),
    ]);
    expect(assessment.lesions[0]!.findings.BL).toEqual({ longestDiameterMm: 30, shortAxisMm: 12 });
    expect(assessment.lesions[1]!.findings.BL).toEqual({ viableLongestDiameterMm: 20, viablePerpendicularDiameterMm: 10 });
  });

  it('keeps no EASL pair while two bidirectional calipers compete, and says so', () => {
    const { assessment, notes } = applyMeasurements(demo(), [
      caliper('a', 'T2', 'BL', 20, { kind: 'viable-bidirectional' }),
      caliper('b', 'T2', 'BL', 25, { kind: 'viable-bidirectional' }),
    ]);
    expect(assessment.lesions[1]!.findings.BL).toEqual({});
    expect(notes.map((n) => [n.measurementId, n.code, n.counted])).toEqual([
      ['a', 'several-calipers', false],
      ['b', 'several-calipers', false],
    ]);
  });

  describe('Viable Ø and EASL ⟂ on one lesion are never added (issue 9.4)', () => {
    // EASL caliper 28 × 24.1 (perpendicular drawn 24.1 long), Viable Ø 20 or 35.
    const easl = (): Measurement => ({
      ...caliper('e', 'T2', 'BL', 28, { kind: 'viable-bidirectional' }),
      pointsMm: [[0, 0, 0], [28, 0, 0], [14, -12.05, 0], [14, 12.05, 0]],
    });
    for (const [order, viableLength] of [['Viable Ø drawn after', 20], ['a longer Viable Ø drawn after', 35]] as const) {
      it(`${order} the EASL ⟂: EASL uses the pair, mRECIST the longest viable diameter`, () => {
        const calipers = [easl(), caliper('v', 'T2', 'BL', viableLength)];
        for (const list of [calipers, [...calipers].reverse()]) {
          expect(applyMeasurements(demo(), list, 'EASL').assessment.lesions[1]!.findings.BL).toEqual({
            viableLongestDiameterMm: 28,
            viablePerpendicularDiameterMm: 24.1,
          });
          expect(applyMeasurements(demo(), list, 'mRECIST').assessment.lesions[1]!.findings.BL).toEqual({
            viableLongestDiameterMm: Math.max(28, viableLength),
            viablePerpendicularDiameterMm: 24.1,
          });
        }
      });
    }
  });

  it('keeps calipers on uncalibrated images out of the sums, with a note', () => {
    const uncalibrated = caliper('a', 'T1', 'FU1', 14, { image: { ...ARTERIAL, calibrated: false } });
    const { assessment, notes } = applyMeasurements(demo(), [uncalibrated]);
    expect(assessment.lesions[0]!.findings.FU1!.viableLongestDiameterMm).toBe(99);
    expect(notes).toEqual([{ measurementId: 'a', lesionId: 'T1', timepointId: 'FU1', counted: false, code: 'uncalibrated' }]);
  });

  describe('viable calipers off the arterial phase (issue 9.3)', () => {
    for (const phase of ['portal-venous', 'delayed', 'non-contrast']) {
      it(`a viable caliper on a ${phase} series does not count under mRECIST or EASL until the reader confirms the phase`, () => {
        const offPhase = caliper('a', 'T2', 'FU1', 14, { image: { ...ARTERIAL, phase } });
        for (const criteria of ['mRECIST', 'EASL'] as const) {
          for (const kind of ['viable', 'viable-bidirectional'] as const) {
            const { assessment, notes } = applyMeasurements(demo(), [{ ...offPhase, kind, pointsMm: caliper('x', 'T2', 'FU1', 14, { kind }).pointsMm }], criteria);
            expect(assessment.lesions[1]!.findings.FU1).toBeUndefined();
            expect(notes).toEqual([{ measurementId: 'a', lesionId: 'T2', timepointId: 'FU1', counted: false, code: 'not-arterial', phase, criteria }]);
          }
        }
        const confirmed = applyMeasurements(demo(), [{ ...offPhase, phaseConfirmed: true }]);
        expect(confirmed.assessment.lesions[1]!.findings.FU1).toEqual({ viableLongestDiameterMm: 14 });
        expect(confirmed.notes).toEqual([]);
      });
    }
    it('counts them under RECIST 1.1, and whole-lesion calipers on any phase', () => {
      const portal = caliper('a', 'T2', 'FU1', 14, { image: { ...ARTERIAL, phase: 'portal-venous' } });
      expect(applyMeasurements(demo(), [portal], 'RECIST1.1')).toMatchObject({ notes: [], assessment: { lesions: [{}, { findings: { FU1: { viableLongestDiameterMm: 14 } } }] } });
      expect(applyMeasurements(demo(), [{ ...portal, kind: 'whole' }]).notes).toEqual([]);
    });
    it('counts a viable caliper on a series of unknown phase, with a warning', () => {
      const unknown = caliper('a', 'T2', 'FU1', 14, { image: { ...ARTERIAL, phase: 'unknown' } });
      const { assessment, notes } = applyMeasurements(demo(), [unknown]);
      expect(assessment.lesions[1]!.findings.FU1).toEqual({ viableLongestDiameterMm: 14 });
      expect(notes).toEqual([{ measurementId: 'a', lesionId: 'T2', timepointId: 'FU1', counted: true, code: 'phase-unknown', criteria: 'mRECIST' }]);
    });
  });

  it('counts a viable caliper on an arterial subtraction image as arterial under mRECIST and EASL, with no warning (issue 15.4)', () => {
    const subtraction = caliper('a', 'T2', 'FU1', 14, { image: { ...ARTERIAL, phase: ARTERIAL_SUBTRACTION_PHASE } });
    for (const criteria of ['mRECIST', 'EASL'] as const) {
      const { assessment, notes } = applyMeasurements(demo(), [subtraction], criteria);
      expect(assessment.lesions[1]!.findings.FU1).toEqual({ viableLongestDiameterMm: 14 });
      expect(notes).toEqual([]);
    }
    expect(isKnownNonArterial(ARTERIAL_SUBTRACTION_PHASE)).toBe(false);
  });

  it('ignores calipers of deleted lesions or timepoints, with a note', () => {
    const { assessment, notes } = applyMeasurements(demo(), [caliper('a', 'T9', 'BL', 10), caliper('b', 'T1', 'FU7', 10)]);
    expect(assessment).toEqual(demo());
    expect(notes).toHaveLength(2);
  });

  it('feeds the engine: calipers alone decide the mRECIST category', () => {
    const { assessment } = applyMeasurements(demo(), [
      caliper('a', 'T1', 'BL', 42),
      caliper('b', 'T2', 'BL', 28),
      caliper('c', 'T1', 'FU1', 14),
      caliper('d', 'T2', 'FU1', 0),
    ]);
    const result = evaluateAssessment(assessment);
    expect(result.baseline.targetSum).toBe(70);
    expect(result.timepoints[0]).toMatchObject({ targetSum: 14, targetResponse: 'PR' });
  });
});
