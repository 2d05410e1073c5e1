import { describe, expect, it } from 'vitest';
import type { Assessment } from '../assessment/types.ts';
import { evaluateAssessment } from '../response/evaluate.ts';
import { applyMeasurements } from './applyMeasurements.ts';
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

  it('sums fragments of a split lesion (rule book §1.3)', () => {
    const { assessment } = applyMeasurements(demo(), [caliper('a', 'T1', 'BL', 12), caliper('b', 'T1', 'BL', 9)]);
    expect(assessment.lesions[0]!.findings.BL!.viableLongestDiameterMm).toBe(21);
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

  it('keeps the longest of several bidirectional calipers and says so', () => {
    const { assessment, notes } = applyMeasurements(demo(), [
      caliper('a', 'T2', 'BL', 20, { kind: 'viable-bidirectional' }),
      caliper('b', 'T2', 'BL', 25, { kind: 'viable-bidirectional' }),
    ]);
    expect(assessment.lesions[1]!.findings.BL!.viableLongestDiameterMm).toBe(25);
    expect(notes.map((n) => n.message)).toEqual([expect.stringMatching(/only the longest is used/)]);
  });

  it('keeps calipers on uncalibrated images out of the sums, with a note', () => {
    const uncalibrated = caliper('a', 'T1', 'FU1', 14, { image: { ...ARTERIAL, calibrated: false } });
    const { assessment, notes } = applyMeasurements(demo(), [uncalibrated]);
    expect(assessment.lesions[0]!.findings.FU1!.viableLongestDiameterMm).toBe(99);
    expect(notes[0]).toMatchObject({ measurementId: 'a', message: expect.stringMatching(/no pixel spacing/) });
  });

  it('warns when an mRECIST or EASL viable caliper is not on the arterial phase, but not for RECIST 1.1', () => {
    const portal = caliper('a', 'T1', 'FU1', 14, { image: { ...ARTERIAL, phase: 'portal-venous' } });
    expect(applyMeasurements(demo(), [portal]).notes[0]!.message).toMatch(/portal-venous series; mRECIST measures viable tumour on the arterial phase/);
    expect(applyMeasurements(demo(), [portal], 'EASL').notes).toHaveLength(1);
    expect(applyMeasurements(demo(), [portal], 'RECIST1.1').notes).toEqual([]);
    expect(applyMeasurements(demo(), [{ ...portal, kind: 'whole' }]).notes).toEqual([]);
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
