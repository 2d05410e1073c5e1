/** A small assessment with calipers for io and persistence tests. Not exported from `io/index.ts`. */
import type { Assessment, Measurement, MeasurementKind, PatientPointMm } from '../../core';

export function sampleAssessment(): Assessment {
  return {
    format: 'tumor-response-assessment',
    version: 1,
    criteria: 'mRECIST',
    patient: { id: 'VIABLE-001', name: 'Doe^Jane' },
    timepoints: [
      { id: 'FU1', date: '2026-02-23', studyInstanceUid: '1.2.3.2' },
      { id: 'BL', date: '2026-01-12', studyInstanceUid: '1.2.3.1', reader: 'kept' },
    ],
    lesions: [
      {
        id: 'T1',
        role: 'target',
        organ: 'liver',
        location: 'VII',
        findings: { FU1: { status: 'measured', note: 'rim enhancement' } },
        customLesionField: { a: 1 },
      },
      { id: 'NT1', role: 'non-target', organ: 'liver', findings: { BL: { status: 'present' }, FU1: { status: 'absent' } } },
      { id: 'N1', role: 'new', organ: 'lung', location: 'RLL, "apical", segment\n6', findings: { FU1: { status: 'present', longestDiameterMm: 12 } } },
    ],
    futureTopLevel: ['x'],
  };
}

export function caliper(
  id: string,
  lesionId: string,
  timepointId: string,
  lengthMm: number,
  options: { kind?: MeasurementKind; calibrated?: boolean; sop?: string; phase?: string } = {},
): Measurement {
  const kind = options.kind ?? 'viable';
  const pointsMm: PatientPointMm[] = [
    [10.25, -4.5, 100.125],
    [10.25 + lengthMm, -4.5, 100.125],
  ];
  if (kind === 'viable-bidirectional') pointsMm.push([15, -10, 100.125], [15, -2, 100.125]);
  return {
    id,
    lesionId,
    timepointId,
    kind,
    pointsMm,
    image: {
      studyInstanceUid: timepointId === 'BL' ? '1.2.3.1' : '1.2.3.2',
      seriesInstanceUid: `${timepointId}.art`,
      sopInstanceUid: options.sop ?? `${timepointId}.art.${id}`,
      frameIndex: 0,
      frameOfReferenceUid: '1.2.9',
      phase: options.phase ?? 'arterial',
      calibrated: options.calibrated ?? true,
    },
  };
}

/** Calipers: a split target at BL (two fragments, merged by the reader), one at FU1, a whole-lesion diameter for N1. */
export function sampleMeasurements(): Record<string, Measurement> {
  const list = [
    { ...caliper('c-bl-2', 'T1', 'BL', 12.3), fragment: true },
    caliper('c-bl-1', 'T1', 'BL', 30.04),
    caliper('c-fu', 'T1', 'FU1', 18.5, { sop: '1.2.3.2.9' }),
    caliper('c-n1', 'N1', 'FU1', 14, { kind: 'whole' }),
  ];
  return Object.fromEntries(list.map((m) => [m.id, m]));
}
