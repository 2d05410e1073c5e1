// The treatment-course fields of the format (treatments, markers, lrTr): round trip,
// located rejections naming the wrong field, and version 1 files without them still load.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAssessment, parseAssessmentJson, serializeAssessment } from './parseAssessment.ts';

const COURSE_FILE = 'test-data/assessments/treatment-course.json';

function valid(): Record<string, unknown> & { treatments: Record<string, unknown>[]; markers: Record<string, unknown>[]; lesions: (Record<string, unknown> & { findings: Record<string, Record<string, unknown>> })[] } {
  return {
    format: 'tumor-response-assessment',
    version: 1,
    criteria: 'mRECIST',
    timepoints: [
      { id: 'BL', date: '2026-01-05' },
      { id: 'FU1', date: '2026-02-16' },
    ],
    lesions: [{ id: 'T1', role: 'target', organ: 'liver', findings: { BL: { viableLongestDiameterMm: 30 }, FU1: { viableLongestDiameterMm: 12, lrTr: { category: 'viable', version: 'v2018' } } } }],
    treatments: [
      { date: '2026-01-12', type: 'cTACE', lesionIds: ['T1'], note: 'right lobe' },
      { date: '2026-03-01', type: 'systemic', drug: 'atezolizumab + bevacizumab' },
    ],
    markers: [
      { marker: 'AFP', date: '2026-01-05', value: 120.5, unit: 'ng/mL' },
      { marker: 'PIVKA-II', date: '2026-01-05', value: 880, unit: 'mAU/mL' },
    ],
  };
}

type File = ReturnType<typeof valid>;

const rejections: [string, (f: File) => void, string][] = [
  ['treatment without a date', (f) => { delete f.treatments[0]!.date; }, 'treatments[0].date: is required'],
  ['treatment on a date that does not exist', (f) => { f.treatments[0]!.date = '2026-02-30'; }, 'treatments[0].date: must be a real date YYYY-MM-DD'],
  ['treatment date not ISO', (f) => { f.treatments[0]!.date = '12/01/2026'; }, 'treatments[0].date: must be a real date YYYY-MM-DD'],
  ['unknown treatment type', (f) => { f.treatments[0]!.type = 'TACE'; }, 'treatments[0].type: must be one of "cTACE", "DEB-TACE", "TARE", "ablation-RFA", "ablation-MWA", "HAIC", "resection" or "systemic"'],
  ['treated lesion that does not exist', (f) => { f.treatments[0]!.lesionIds = ['T1', 'T9']; }, 'treatments[0].lesionIds[1]: no lesion with id "T9"'],
  ['treated lesions not a list', (f) => { f.treatments[0]!.lesionIds = 'T1'; }, 'treatments[0].lesionIds: must be an array of lesion ids'],
  ['systemic therapy without a drug', (f) => { delete f.treatments[1]!.drug; }, 'treatments[1].drug: is required for systemic therapy (the drug name)'],
  ['systemic therapy with a blank drug', (f) => { f.treatments[1]!.drug = '  '; }, 'treatments[1].drug: is required for systemic therapy (the drug name)'],
  ['note not text', (f) => { f.treatments[0]!.note = 3; }, 'treatments[0].note: must be a string'],
  ['treatments not a list', (f) => { (f as Record<string, unknown>).treatments = {}; }, 'treatments: must be an array'],
  ['marker value 0', (f) => { f.markers[0]!.value = 0; }, 'markers[0].value: must be a number > 0'],
  ['marker value negative', (f) => { f.markers[0]!.value = -3; }, 'markers[0].value: must be a number > 0'],
  ['marker value as text', (f) => { f.markers[0]!.value = '12'; }, 'markers[0].value: must be a number > 0'],
  ['marker without a date', (f) => { delete f.markers[1]!.date; }, 'markers[1].date: is required'],
  ['marker on a date that does not exist', (f) => { f.markers[1]!.date = '2025-02-29'; }, 'markers[1].date: must be a real date YYYY-MM-DD'],
  ['unknown marker', (f) => { f.markers[0]!.marker = 'CEA'; }, 'markers[0].marker: must be one of "AFP" or "PIVKA-II"'],
  ['AFP in the wrong unit', (f) => { f.markers[0]!.unit = 'IU/mL'; }, 'markers[0].unit: must be "ng/mL" for AFP'],
  ['PIVKA-II in the wrong unit', (f) => { f.markers[1]!.unit = 'ng/mL'; }, 'markers[1].unit: must be "mAU/mL" for PIVKA-II'],
  ['two AFP values on one day', (f) => { f.markers.push({ marker: 'AFP', date: '2026-01-05', value: 3, unit: 'ng/mL' }); }, 'markers[2].date: AFP already has a value on 2026-01-05 (markers[0]); one value of a marker per day'],
  ['unknown LR-TR category', (f) => { f.lesions[0]!.findings.FU1!.lrTr = { category: 'LR-TR-V', version: 'v2018' }; }, 'lesions[0].findings.FU1.lrTr.category: must be one of "nonviable", "equivocal", "viable" or "nonevaluable"'],
  ['LR-TR without a version', (f) => { f.lesions[0]!.findings.FU1!.lrTr = { category: 'viable' }; }, 'lesions[0].findings.FU1.lrTr.version: is required'],
  ['unknown LR-TR feature', (f) => { f.lesions[0]!.findings.FU1!.lrTr = { category: 'viable', version: 'v2024', features: ['rim'] }; }, 'lesions[0].findings.FU1.lrTr.features[0]: must be one of "arterial-phase-hyperenhancement", "washout-appearance", "enhancement-similar-to-pretreatment" or "nodular-masslike-or-thick-irregular-tissue"'],
  ['LR-TR feature twice', (f) => { f.lesions[0]!.findings.FU1!.lrTr = { category: 'viable', version: 'v2024', features: ['washout-appearance', 'washout-appearance'] }; }, 'lesions[0].findings.FU1.lrTr.features: must not list a feature twice'],
];

describe('treatment-course fields are checked with located messages', () => {
  it('the valid example parses', () => {
    expect(parseAssessment(valid())).toMatchObject({ ok: true });
  });

  it.each(rejections)('%s', (_name, mutate, expected) => {
    const file = valid();
    mutate(file);
    const result = parseAssessment(file);
    expect(result.ok ? [] : result.errors).toContain(expected);
  });
});

describe('round trip', () => {
  it('writes back treatments, markers and LR-TR exactly, with unknown fields inside them', () => {
    const file = valid();
    file.treatments[0]!.operator = 'Dr. Wu';
    file.markers[0]!.lab = 'central';
    const first = parseAssessment(file);
    if (!first.ok) throw new Error(first.errors.join('\n'));
    const text = serializeAssessment(first.assessment);
    expect(JSON.parse(text)).toEqual(file);
    const second = parseAssessmentJson(text);
    expect(second.ok && serializeAssessment(second.assessment)).toBe(text);
  });

  it('the committed example with a full course loads', () => {
    const result = parseAssessmentJson(readFileSync(COURSE_FILE, 'utf8'));
    expect(result.ok ? result.assessment.treatments?.length : result.errors).toBe(3);
  });
});

describe('version 1 files without a treatment course', () => {
  it.each(readdirSync('test-data/assessments').filter((n) => n.endsWith('.json') && n !== 'invalid.json'))('%s still loads', (name) => {
    const result = parseAssessmentJson(readFileSync(`test-data/assessments/${name}`, 'utf8'));
    expect(result.ok ? 'ok' : result.errors).toBe('ok');
  });

  it('the version stays 1', () => {
    const file = valid();
    file.version = 2;
    const result = parseAssessment(file);
    expect(result.ok ? [] : result.errors).toContain('version: must be 1 (the only version this program reads)');
  });
});
