import { describe, expect, it } from 'vitest';
import { applyMeasurements, evaluateAssessment, parseAssessmentOrThrow, timepointLabels, type Criteria } from '../core';
import { CSV_COLUMNS, csvField, exportAssessmentCsv } from './assessmentCsv';
import { sampleAssessment, sampleMeasurements } from './testing/fixtures';

/** A strict RFC 4180 reader for the test: rows of fields, CRLF line ends required. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      for (i++; ; i++) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i++;
        }
        else if (text[i] === '"') break;
        else if (i >= text.length) throw new Error('unterminated quote');
        else field += text[i];
      }
      i++;
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') field += text[i++];
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
      if (i === text.length) return rows;
    } else throw new Error(`expected , or CRLF at ${i}`);
  }
}

function sampleCsv() {
  const assessment = sampleAssessment();
  const measurements = sampleMeasurements();
  const applied = parseAssessmentOrThrow(applyMeasurements(assessment, Object.values(measurements)).assessment);
  const evaluate = (criteria: Criteria) => evaluateAssessment(applied, { criteria });
  return exportAssessmentCsv({
    assessment,
    measurements,
    labels: timepointLabels(assessment.timepoints, assessment.baseline),
    evaluations: { mRECIST: evaluate('mRECIST'), 'RECIST1.1': evaluate('RECIST1.1') },
  });
}

describe('exportAssessmentCsv', () => {
  it('writes a header and one row per lesion and timepoint, timepoints by date, CRLF line ends', () => {
    const text = sampleCsv();
    const rows = readCsv(text);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + 3 * 2);
    expect(rows.slice(1).map((r) => `${r[1]}@${r[6]}`)).toEqual(['T1@BL', 'T1@FU1', 'NT1@BL', 'NT1@FU1', 'N1@BL', 'N1@FU1']);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(true); // only the quoted location holds a bare LF
  });

  it('fills each row from the applied finding, the calipers and the results', () => {
    const rows = readCsv(sampleCsv());
    const record = (row: string[]) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, row[i]]));
    expect(record(rows[1]!)).toEqual({
      patient_id: 'VIABLE-001',
      lesion_id: 'T1',
      role: 'target',
      organ: 'liver',
      location: 'VII',
      kind: 'parenchymal',
      timepoint_id: 'BL',
      timepoint_label: 'Baseline',
      date: '2026-01-12',
      study_instance_uid: '1.2.3.1',
      status: '',
      viable_longest_diameter_mm: '42.3',
      viable_perpendicular_diameter_mm: '',
      longest_diameter_mm: '',
      short_axis_mm: '',
      pattern: '',
      cytology: '',
      caliper_count: '2',
      caliper_sop_instance_uids: 'BL.art.c-bl-1;BL.art.c-bl-2',
      mrecist_target_sum_mm: '42.3',
      mrecist_overall_response: '',
      recist11_target_sum_mm: '',
      recist11_overall_response: '',
      record_type: 'finding',
      lrtr_category: '',
      lrtr_version: '',
      lrtr_features: '',
      treatment_type: '',
      treatment_drug: '',
      treated_lesion_ids: '',
      note: '',
      marker: '',
      marker_value: '',
      marker_unit: '',
      marker_change_from_baseline_pct: '',
      marker_is_baseline: '',
    });
    expect(record(rows[2]!)).toMatchObject({
      timepoint_label: 'FU1 +42 d',
      status: 'measured',
      viable_longest_diameter_mm: '18.5',
      caliper_count: '1',
      caliper_sop_instance_uids: '1.2.3.2.9',
      mrecist_target_sum_mm: '18.5',
      // The new lung lesion makes both PD.
      mrecist_overall_response: 'PD',
      recist11_overall_response: 'PD',
    });
    expect(record(rows[6]!)).toMatchObject({
      lesion_id: 'N1',
      organ: 'lung',
      location: 'RLL, "apical", segment\n6',
      longest_diameter_mm: '14.0',
      caliper_count: '1',
    });
  });

  it('leaves result columns empty when an evaluation is missing', () => {
    const text = exportAssessmentCsv({ assessment: sampleAssessment(), measurements: [] });
    const rows = readCsv(text);
    const results = CSV_COLUMNS.indexOf('mrecist_target_sum_mm');
    expect(rows[1]!.slice(results, results + 4)).toEqual(['', '', '', '']);
    expect(rows[1]![7]).toBe(''); // no label given, none in the file
  });
});

describe('the treatment course in the CSV', () => {
  function courseCsv() {
    const assessment = sampleAssessment();
    assessment.lesions[0]!.findings.FU1 = {
      ...assessment.lesions[0]!.findings.FU1,
      lrTr: { category: 'viable', version: 'v2024', features: ['arterial-phase-hyperenhancement', 'washout-appearance'] },
    };
    assessment.treatments = [
      { date: '2026-01-20', type: 'DEB-TACE', lesionIds: ['T1', 'NT1'], note: 'segment VII, 100–300 µm' },
      { date: '2025-12-01', type: 'systemic', drug: 'sorafenib' },
    ];
    assessment.markers = [
      { marker: 'PIVKA-II', date: '2026-01-10', value: 1200, unit: 'mAU/mL' },
      { marker: 'AFP', date: '2026-02-23', value: 12.34, unit: 'ng/mL' },
      { marker: 'AFP', date: '2026-01-12', value: 400, unit: 'ng/mL' },
    ];
    const rows = readCsv(exportAssessmentCsv({ assessment, measurements: sampleMeasurements() }));
    return rows.slice(1).map((row) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, row[i]])));
  }

  it('puts LR-TR beside the finding it belongs to', () => {
    const t1AtFu1 = courseCsv().find((r) => r.lesion_id === 'T1' && r.timepoint_id === 'FU1');
    expect(t1AtFu1).toMatchObject({
      record_type: 'finding',
      viable_longest_diameter_mm: '18.5',
      lrtr_category: 'viable',
      lrtr_version: 'v2024',
      lrtr_features: 'arterial-phase-hyperenhancement;washout-appearance',
    });
  });

  it('adds a row per treatment and per marker value, by date, with the change from the baseline value', () => {
    const course = courseCsv().filter((r) => r.record_type !== 'finding');
    const pick = (r: Record<string, string | undefined>) => [
      r.record_type, r.patient_id, r.date, r.lesion_id, r.treatment_type, r.treatment_drug, r.treated_lesion_ids, r.note,
      r.marker, r.marker_value, r.marker_unit, r.marker_change_from_baseline_pct, r.marker_is_baseline,
    ];
    expect(course.map(pick)).toEqual([
      ['treatment', 'VIABLE-001', '2025-12-01', '', 'systemic', 'sorafenib', '', '', '', '', '', '', ''],
      ['treatment', 'VIABLE-001', '2026-01-20', '', 'DEB-TACE', '', 'T1;NT1', 'segment VII, 100–300 µm', '', '', '', '', ''],
      ['marker', 'VIABLE-001', '2026-01-12', '', '', '', '', '', 'AFP', '400', 'ng/mL', '0.0', 'yes'],
      ['marker', 'VIABLE-001', '2026-02-23', '', '', '', '', '', 'AFP', '12.34', 'ng/mL', '-96.9', 'no'],
      ['marker', 'VIABLE-001', '2026-01-10', '', '', '', '', '', 'PIVKA-II', '1200', 'mAU/mL', '0.0', 'yes'],
    ]);
  });
});

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+1', "'+1"],
    ['@cmd', "'@cmd"],
    [-5.25, '-5.3'],
    [12, '12.0'],
    [12.25, '12.3'],
    [0, '0.0'],
    [null, ''],
    [undefined, ''],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});
