import { describe, expect, it } from 'vitest';
import { applyMeasurements, evaluateAssessment, parseAssessmentOrThrow, type Criteria } from '../core';
import { timepointLabelsIn } from '../text';
import { CSV_COLUMNS, csvField, exportAssessmentCsv } from './assessmentCsv';
import { englishWordsLeft } from '../text/testing/englishLeft';
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

function sampleCsv(locale: 'en' | 'zh-CN' = 'en') {
  const assessment = sampleAssessment();
  const measurements = sampleMeasurements();
  const applied = parseAssessmentOrThrow(applyMeasurements(assessment, Object.values(measurements)).assessment);
  const evaluate = (criteria: Criteria) => evaluateAssessment(applied, { criteria });
  return exportAssessmentCsv({
    assessment,
    measurements,
    labels: timepointLabelsIn(locale, assessment.timepoints, assessment.baseline),
    evaluations: { mRECIST: evaluate('mRECIST'), 'RECIST1.1': evaluate('RECIST1.1') },
    locale,
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

/** The sample with LR-TR, treatments and marker values, rows after the header as records. */
function courseCsv(locale: 'en' | 'zh-CN' = 'en') {
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
  const rows = readCsv(exportAssessmentCsv({ assessment, measurements: sampleMeasurements(), locale }));
  return rows.slice(1).map((row) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, row[i]])));
}

describe('the treatment course in the CSV', () => {
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

describe('the CSV in 简体中文', () => {
  /** Free text the reader typed, and ids, kept as they are in every language (and the image UIDs' column). */
  const TYPED = new Set(['VIABLE-001', 'VII', 'RLL, "apical", segment\n6', 'segment VII, 100–300 µm', 'sorafenib']);

  it('translates the header for a spreadsheet reader, one name per column', () => {
    const header = readCsv(sampleCsv('zh-CN'))[0]!;
    expect(header).toHaveLength(CSV_COLUMNS.length);
    expect(new Set(header).size).toBe(header.length);
    expect(header.slice(0, 3)).toEqual(['患者 ID', '病灶 ID', '病灶类别']);
    expect(header).toContain('存活肿瘤最长径（mm）');
    expect(header).toContain('mRECIST 总体疗效');
    expect(header.flatMap((text) => englishWordsLeft(text))).toEqual([]);
  });

  it('puts the coded values in words and keeps every number and date as in English', () => {
    const chinese = readCsv(sampleCsv('zh-CN')).slice(1);
    const english = readCsv(sampleCsv('en')).slice(1);
    const at = (rows: string[][], column: (typeof CSV_COLUMNS)[number]) => rows.map((row) => row[CSV_COLUMNS.indexOf(column)]);
    expect(at(chinese, 'role')).toEqual(['靶病灶', '靶病灶', '非靶病灶', '非靶病灶', '新病灶', '新病灶']);
    expect(at(chinese, 'organ')).toEqual(['肝脏', '肝脏', '肝脏', '肝脏', '肺', '肺']);
    expect(at(chinese, 'mrecist_overall_response')).toEqual(['', '疾病进展（PD）', '', '疾病进展（PD）', '', '疾病进展（PD）']);
    expect(at(chinese, 'status')).toEqual(['', '已测量', '存在', '消失', '', '存在']);
    expect(at(chinese, 'timepoint_label')).toEqual(['基线', '随访1 +42 天', '基线', '随访1 +42 天', '基线', '随访1 +42 天']);
    for (const column of ['date', 'viable_longest_diameter_mm', 'longest_diameter_mm', 'mrecist_target_sum_mm', 'caliper_count', 'lesion_id'] as const) {
      expect(at(chinese, column), column).toEqual(at(english, column));
    }
    const uids = CSV_COLUMNS.indexOf('caliper_sop_instance_uids');
    const words = chinese.flatMap((row) => row.filter((cell, i) => i !== uids && !TYPED.has(cell)));
    expect(words.flatMap((text) => englishWordsLeft(text))).toEqual([]);
  });

  it('writes the treatment course in words too', () => {
    const course = courseCsv('zh-CN');
    const t1AtFu1 = course.find((r) => r.lesion_id === 'T1' && r.timepoint_id === 'FU1');
    expect(t1AtFu1).toMatchObject({
      record_type: '病灶所见',
      lrtr_category: 'LR-TR 存活',
      lrtr_version: 'LI-RADS 2024 版',
      lrtr_features: '动脉期高强化;廓清表现',
    });
    const rows = course.filter((r) => r.record_type !== '病灶所见');
    expect(rows.map((r) => [r.record_type, r.date, r.treatment_type, r.marker, r.marker_value, r.marker_change_from_baseline_pct, r.marker_is_baseline])).toEqual([
      ['治疗', '2025-12-01', '系统治疗', '', '', '', ''],
      ['治疗', '2026-01-20', 'DEB-TACE', '', '', '', ''],
      ['肿瘤标志物', '2026-01-12', '', 'AFP', '400', '0.0', '是'],
      ['肿瘤标志物', '2026-02-23', '', 'AFP', '12.34', '-96.9', '否'],
      ['肿瘤标志物', '2026-01-10', '', 'PIVKA-II', '1200', '0.0', '是'],
    ]);
    const words = course.flatMap(({ caliper_sop_instance_uids: _uids, ...r }) => Object.values(r)).filter((cell): cell is string => typeof cell === 'string' && !TYPED.has(cell));
    expect(words.flatMap((text) => englishWordsLeft(text))).toEqual([]);
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
