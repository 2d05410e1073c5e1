import { describe, expect, it } from 'vitest';
import { parseAssessment, problemAt, problemSummary, timepointLabels, type Assessment, type Measurement } from '../core';
import { exportAssessmentJson, importAssessmentJson } from './assessmentFile';
import { jsonErrorOffset, lineColumnAt } from './parseJsonLocated';
import { caliper, sampleAssessment, sampleMeasurements } from './testing/fixtures';

const labelsOf = (a: Assessment) => timepointLabels(a.timepoints, a.baseline);

function exportSample(assessment = sampleAssessment(), measurements: Record<string, Measurement> | Measurement[] = sampleMeasurements()) {
  return exportAssessmentJson({ assessment, measurements, labels: labelsOf(assessment) });
}

function reimport(text: string) {
  const imported = importAssessmentJson(text);
  if (!imported.ok) throw new Error(imported.problems.map(problemSummary).join('\n'));
  return imported;
}

function roundTrip(first: string): string {
  const { assessment, measurements } = reimport(first);
  return exportAssessmentJson({ assessment, measurements, labels: labelsOf(assessment) });
}

describe('exportAssessmentJson', () => {
  it('writes a file the spec accepts, with calipers applied and listed per finding', () => {
    const text = exportSample();
    expect(text.endsWith('}\n')).toBe(true);
    const parsed = parseAssessment(JSON.parse(text));
    expect(parsed.ok).toBe(true);
    const file = JSON.parse(text);
    const t1 = file.lesions[0];
    // Two fragments at baseline are summed (30.0 + 12.3).
    expect(t1.findings.BL.viableLongestDiameterMm).toBe(42.3);
    expect(t1.findings.FU1).toMatchObject({ viableLongestDiameterMm: 18.5, status: 'measured', note: 'rim enhancement' });
    expect(t1.findings.BL.measurements.map((m: { id: string }) => m.id)).toEqual(['c-bl-1', 'c-bl-2']);
    expect(t1.findings.BL.measurements[0]).toEqual({
      id: 'c-bl-1',
      kind: 'viable',
      lengthMm: 30,
      image: {
        studyInstanceUid: '1.2.3.1',
        seriesInstanceUid: 'BL.art',
        sopInstanceUid: 'BL.art.c-bl-1',
        frameIndex: 0,
        frameOfReferenceUid: '1.2.9',
        phase: 'arterial',
        calibrated: true,
      },
      pointsMm: [
        [10.25, -4.5, 100.125],
        [40.29, -4.5, 100.125],
      ],
    });
    // A whole-lesion caliper replaces the typed size of the new lesion.
    expect(file.lesions[2].findings.FU1.longestDiameterMm).toBe(14);
    expect(file.lesions[1].findings.BL.measurements).toBeUndefined();
  });

  it('fills missing labels, keeps given ones and writes unknown fields back', () => {
    const assessment = sampleAssessment();
    assessment.timepoints[0]!.label = 'post TACE #1';
    const file = JSON.parse(exportSample(assessment));
    expect(file.timepoints).toEqual([
      { id: 'FU1', date: '2026-02-23', studyInstanceUid: '1.2.3.2', label: 'post TACE #1' },
      { id: 'BL', date: '2026-01-12', studyInstanceUid: '1.2.3.1', label: 'Baseline', reader: 'kept' },
    ]);
    expect(file.futureTopLevel).toEqual(['x']);
    expect(file.lesions[0].customLesionField).toEqual({ a: 1 });
  });

  it('writes the perpendicular length of a bidirectional caliper', () => {
    const m = caliper('e1', 'T1', 'BL', 20, { kind: 'viable-bidirectional' });
    const file = JSON.parse(exportSample(sampleAssessment(), [m]));
    expect(file.lesions[0].findings.BL).toMatchObject({ viableLongestDiameterMm: 20, viablePerpendicularDiameterMm: 8 });
    expect(file.lesions[0].findings.BL.measurements[0]).toMatchObject({ kind: 'viable-bidirectional', lengthMm: 20, perpendicularMm: 8 });
  });

  it('keeps an uncalibrated caliper without letting it feed a diameter', () => {
    const m = caliper('px', 'T1', 'BL', 50, { calibrated: false });
    const file = JSON.parse(exportSample(sampleAssessment(), [m]));
    expect(file.lesions[0].findings.BL).toEqual({ measurements: [expect.objectContaining({ id: 'px', lengthMm: 50 })] });
  });

  it('does not depend on the order the calipers were drawn in', () => {
    const list = Object.values(sampleMeasurements());
    expect(exportSample(sampleAssessment(), [...list].reverse())).toBe(exportSample(sampleAssessment(), list));
  });

  it('moves findings of a timepoint the assessment no longer has apart, so that the file stays valid', () => {
    const assessment = sampleAssessment();
    assessment.lesions[0]!.findings.OLD = { viableLongestDiameterMm: 33 };
    const measurements = { ...sampleMeasurements(), old: caliper('old', 'T1', 'OLD', 31) };
    const text = exportSample(assessment, measurements);
    const file = JSON.parse(text);
    expect(parseAssessment(file).ok).toBe(true);
    expect(file.lesions[0].findings.OLD).toBeUndefined();
    expect(file.lesions[0].excludedFindings.OLD).toMatchObject({ viableLongestDiameterMm: 33, measurements: [{ id: 'old' }] });

    const imported = reimport(text);
    expect(imported.assessment.lesions[0]!.findings.OLD).toEqual({ viableLongestDiameterMm: 33 });
    expect(imported.assessment.lesions[0]!.excludedFindings).toBeUndefined();
    expect(imported.measurements.old).toEqual(measurements.old);
    expect(roundTrip(text)).toBe(text);
  });

  it('leaves out calipers of a lesion that was deleted', () => {
    const file = JSON.parse(exportSample(sampleAssessment(), [caliper('gone', 'T9', 'BL', 10)]));
    expect(JSON.stringify(file)).not.toContain('gone');
  });
});

describe('importAssessmentJson', () => {
  it('round-trips export → import → export byte for byte', () => {
    const first = exportSample();
    expect(roundTrip(first)).toBe(first);
    expect(roundTrip(roundTrip(first))).toBe(first);
  });

  it('round-trips the treatment course (treatments, markers, LR-TR beside a measured finding) and gives it back to the store', () => {
    const assessment = sampleAssessment();
    const lrTr = { category: 'viable', version: 'v2024', features: ['nodular-masslike-or-thick-irregular-tissue', 'washout-appearance'] } as const;
    assessment.lesions[0]!.findings.FU1 = { ...assessment.lesions[0]!.findings.FU1, lrTr: { ...lrTr, features: [...lrTr.features] } };
    assessment.treatments = [{ date: '2026-01-20', type: 'HAIC', drug: 'FOLFOX', lesionIds: ['T1'], note: 'cycle 1' }];
    assessment.markers = [{ marker: 'PIVKA-II', date: '2026-01-12', value: 35.5, unit: 'mAU/mL' }];
    const first = exportSample(assessment);
    const file = JSON.parse(first);
    expect(file.treatments).toEqual(assessment.treatments);
    expect(file.markers).toEqual(assessment.markers);
    expect(file.lesions[0].findings.FU1.lrTr).toEqual(lrTr);
    expect(file.lesions[0].findings.FU1.measurements).toHaveLength(1);
    const back = reimport(first).assessment;
    expect([back.treatments, back.markers, back.lesions[0]!.findings.FU1?.lrTr]).toEqual([assessment.treatments, assessment.markers, lrTr]);
    expect(roundTrip(first)).toBe(first);
  });

  it('round-trips bidirectional, uncalibrated, numeric-id and off-phase calipers', () => {
    const list = [
      caliper('2', 'T1', 'BL', 20, { kind: 'viable-bidirectional' }),
      caliper('1', 'T1', 'BL', 7, { calibrated: false }),
      caliper('10', 'NT1', 'FU1', 9, { kind: 'short-axis', phase: 'portal-venous' }),
    ];
    const first = exportSample(sampleAssessment(), list);
    expect(roundTrip(first)).toBe(first);
  });

  it('gives back the calipers, placed by the finding they sat on, and the store copy without them', () => {
    const { assessment, measurements } = reimport(exportSample());
    expect(measurements).toEqual(sampleMeasurements());
    const [t1, nt1, n1] = assessment.lesions;
    // Values that came from calipers are not kept as typed values: they follow the calipers.
    expect(t1!.findings).toEqual({ FU1: { status: 'measured', note: 'rim enhancement' } });
    expect(nt1!.findings).toEqual({ BL: { status: 'present' }, FU1: { status: 'absent' } });
    expect(n1!.findings.FU1).toEqual({ status: 'present' });
    expect(t1!.customLesionField).toEqual({ a: 1 });
    // Computed labels are dropped so they follow a change of baseline; a reader's label stays.
    expect(assessment.timepoints.map((t) => t.label)).toEqual([undefined, undefined]);
    expect(assessment.futureTopLevel).toEqual(['x']);
  });

  it('keeps the reader\'s fragment and phase choices, and refuses values that are not booleans', () => {
    const list = [{ ...caliper('pv', 'T1', 'BL', 20, { phase: 'portal-venous' }), phaseConfirmed: true }, { ...caliper('f', 'T1', 'BL', 5), fragment: true }];
    const text = exportSample(sampleAssessment(), list);
    expect(reimport(text).measurements).toEqual(Object.fromEntries(list.map((m) => [m.id, m])));
    const file = JSON.parse(text);
    file.lesions[0].findings.BL.measurements[0].fragment = 'yes';
    expect(importAssessmentJson(JSON.stringify(file))).toEqual({
      ok: false,
      problems: [problemAt(['lesions', 0, 'findings', 'BL', 'measurements', 0, 'fragment'], 'boolean', {})],
    });
  });

  it('keeps a label that is not the computed one', () => {
    const text = exportSample().replace('"label": "FU1 +42 d"', '"label": "post TACE #1"');
    expect(reimport(text).assessment.timepoints[0]!.label).toBe('post TACE #1');
  });

  it('reads a plain spec file without calipers', () => {
    const plain = JSON.stringify({ ...sampleAssessment() });
    const imported = reimport(plain);
    expect(imported.measurements).toEqual({});
    expect(imported.assessment.lesions[2]!.findings.FU1).toEqual({ status: 'present', longestDiameterMm: 12 });
  });

  it('locates JSON syntax errors by line and column', () => {
    const result = importAssessmentJson('{\n  "format": "tumor-response-assessment",\n  "version" 1\n}');
    const at = (line: number, column: number) => ({ ok: false, problems: [problemAt([], 'notJsonAt', { line, column, detail: expect.any(String) })] });
    expect(result).toEqual(at(3, 13));
    expect(importAssessmentJson('')).toEqual(at(1, 1));
    expect(importAssessmentJson('\uFEFF{"a": tru}')).toEqual(at(1, 7));
  });

  it('reports spec errors and caliper errors together, each located', () => {
    const file = JSON.parse(exportSample());
    file.lesions[0].findings.FU1.viableLongestDiameterMm = -1;
    const calipers = file.lesions[0].findings.BL.measurements;
    calipers[1].pointsMm = [[1, 2, 3]];
    delete calipers[0].image.sopInstanceUid;
    file.lesions[2].findings.FU1.measurements[0].kind = 'viable-bidirectional';
    const result = importAssessmentJson(JSON.stringify(file));
    expect(result).toEqual({
      ok: false,
      problems: [
        problemAt(['lesions', 0, 'findings', 'FU1', 'viableLongestDiameterMm'], 'numberAtLeast', { min: 0 }),
        problemAt(['lesions', 0, 'findings', 'BL', 'measurements', 0, 'image', 'sopInstanceUid'], 'required', {}),
        problemAt(['lesions', 0, 'findings', 'BL', 'measurements', 1, 'pointsMm'], 'caliperPoints', {}),
        problemAt(['lesions', 2, 'findings', 'FU1', 'measurements', 0, 'pointsMm'], 'caliperPointCount', { count: 4, kind: 'viable-bidirectional' }),
      ],
    });
  });

  it('refuses a measurements field that is not a list, and duplicate caliper ids', () => {
    const file = JSON.parse(exportSample());
    file.lesions[1].findings.BL.measurements = { id: 'x' };
    // Findings are written in timepoint order (FU1 is listed first), so BL's caliper is the second one seen.
    file.lesions[0].findings.FU1.measurements[0].id = 'c-bl-1';
    expect(importAssessmentJson(JSON.stringify(file))).toEqual({
      ok: false,
      problems: [
        problemAt(['lesions', 0, 'findings', 'BL', 'measurements', 0, 'id'], 'duplicateCaliperId', { id: 'c-bl-1', firstPath: 'lesions[0].findings.FU1.measurements[0]' }),
        problemAt(['lesions', 1, 'findings', 'BL', 'measurements'], 'caliperArray', {}),
      ],
    });
  });

  it('validates excluded findings like findings', () => {
    const file = JSON.parse(exportSample());
    file.lesions[0].excludedFindings = { OLD: { shortAxisMm: 'big' } };
    expect(importAssessmentJson(JSON.stringify(file))).toEqual({
      ok: false,
      problems: [problemAt(['lesions', 0, 'excludedFindings', 'OLD', 'shortAxisMm'], 'numberAtLeast', { min: 0 })],
    });
  });
});

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a":1,}', 7],
    ['[1, 2', 5],
    ['{"a" 1}', 5],
    ['{"a": "\u0001"}', 6],
    ['[1] x', 4],
    ['[-01]', 3],
  ])('%j fails at %i', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('counts lines and columns from 1', () => {
    expect(lineColumnAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
