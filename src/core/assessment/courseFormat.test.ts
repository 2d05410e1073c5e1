// The treatment-course fields of the format (treatments, markers, lrTr): round trip,
// located rejections naming the wrong field, and version 1 files without them still load.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAssessment, parseAssessmentJson, serializeAssessment } from './parseAssessment.ts';
import { problemAt, problemSummary, type AssessmentProblem } from './problems.ts';

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

const FEATURES = ['arterial-phase-hyperenhancement', 'washout-appearance', 'enhancement-similar-to-pretreatment', 'nodular-masslike-or-thick-irregular-tissue'];
const TYPES = ['cTACE', 'DEB-TACE', 'TARE', 'ablation-RFA', 'ablation-MWA', 'HAIC', 'resection', 'systemic'];
const LR_TR = ['lesions', 0, 'findings', 'FU1', 'lrTr'];

const rejections: [string, (f: File) => void, AssessmentProblem][] = [
  ['treatment without a date', (f) => { delete f.treatments[0]!.date; }, problemAt(['treatments', 0, 'date'], 'required', {})],
  ['treatment date not text', (f) => { f.treatments[0]!.date = 20260112; }, problemAt(['treatments', 0, 'date'], 'dateFormat', {})],
  ['treatment on a date that does not exist', (f) => { f.treatments[0]!.date = '2026-02-30'; }, problemAt(['treatments', 0, 'date'], 'realDate', {})],
  ['treatment date not ISO', (f) => { f.treatments[0]!.date = '12/01/2026'; }, problemAt(['treatments', 0, 'date'], 'realDate', {})],
  ['unknown treatment type', (f) => { f.treatments[0]!.type = 'TACE'; }, problemAt(['treatments', 0, 'type'], 'oneOf', { values: TYPES })],
  ['treated lesion that does not exist', (f) => { f.treatments[0]!.lesionIds = ['T1', 'T9']; }, problemAt(['treatments', 0, 'lesionIds', 1], 'unknownLesion', { lesionId: 'T9' })],
  ['treated lesions not a list', (f) => { f.treatments[0]!.lesionIds = 'T1'; }, problemAt(['treatments', 0, 'lesionIds'], 'lesionIdArray', {})],
  ['systemic therapy without a drug', (f) => { delete f.treatments[1]!.drug; }, problemAt(['treatments', 1, 'drug'], 'drugRequired', {})],
  ['systemic therapy with a blank drug', (f) => { f.treatments[1]!.drug = '  '; }, problemAt(['treatments', 1, 'drug'], 'drugRequired', {})],
  ['note not text', (f) => { f.treatments[0]!.note = 3; }, problemAt(['treatments', 0, 'note'], 'string', {})],
  ['treatments not a list', (f) => { (f as Record<string, unknown>).treatments = {}; }, problemAt(['treatments'], 'array', {})],
  ['marker value 0', (f) => { f.markers[0]!.value = 0; }, problemAt(['markers', 0, 'value'], 'numberAbove', { min: 0 })],
  ['marker value negative', (f) => { f.markers[0]!.value = -3; }, problemAt(['markers', 0, 'value'], 'numberAbove', { min: 0 })],
  ['marker value as text', (f) => { f.markers[0]!.value = '12'; }, problemAt(['markers', 0, 'value'], 'numberAbove', { min: 0 })],
  ['marker without a date', (f) => { delete f.markers[1]!.date; }, problemAt(['markers', 1, 'date'], 'required', {})],
  ['marker on a date that does not exist', (f) => { f.markers[1]!.date = '2025-02-29'; }, problemAt(['markers', 1, 'date'], 'realDate', {})],
  ['unknown marker', (f) => { f.markers[0]!.marker = 'CEA'; }, problemAt(['markers', 0, 'marker'], 'oneOf', { values: ['AFP', 'PIVKA-II'] })],
  ['AFP in the wrong unit', (f) => { f.markers[0]!.unit = 'IU/mL'; }, problemAt(['markers', 0, 'unit'], 'markerUnit', { marker: 'AFP', unit: 'ng/mL' })],
  ['PIVKA-II in the wrong unit', (f) => { f.markers[1]!.unit = 'ng/mL'; }, problemAt(['markers', 1, 'unit'], 'markerUnit', { marker: 'PIVKA-II', unit: 'mAU/mL' })],
  ['two AFP values on one day', (f) => { f.markers.push({ marker: 'AFP', date: '2026-01-05', value: 3, unit: 'ng/mL' }); }, problemAt(['markers', 2, 'date'], 'markerTwiceADay', { marker: 'AFP', date: '2026-01-05', firstIndex: 0 })],
  ['unknown LR-TR category', (f) => { f.lesions[0]!.findings.FU1!.lrTr = { category: 'LR-TR-V', version: 'v2018' }; }, problemAt([...LR_TR, 'category'], 'oneOf', { values: ['nonviable', 'equivocal', 'viable', 'nonevaluable'] })],
  ['LR-TR without a version', (f) => { f.lesions[0]!.findings.FU1!.lrTr = { category: 'viable' }; }, problemAt([...LR_TR, 'version'], 'required', {})],
  ['unknown LR-TR feature', (f) => { f.lesions[0]!.findings.FU1!.lrTr = { category: 'viable', version: 'v2024', features: ['rim'] }; }, problemAt([...LR_TR, 'features', 0], 'oneOf', { values: FEATURES })],
  ['LR-TR features not a list', (f) => { f.lesions[0]!.findings.FU1!.lrTr = { category: 'viable', version: 'v2024', features: 'rim' }; }, problemAt([...LR_TR, 'features'], 'array', {})],
  ['LR-TR feature twice', (f) => { f.lesions[0]!.findings.FU1!.lrTr = { category: 'viable', version: 'v2024', features: ['washout-appearance', 'washout-appearance'] }; }, problemAt([...LR_TR, 'features'], 'featureListedTwice', {})],
];

describe('treatment-course fields are checked with located problems', () => {
  it('the valid example parses', () => {
    expect(parseAssessment(valid())).toMatchObject({ ok: true });
  });

  it.each(rejections)('%s', (_name, mutate, expected) => {
    const file = valid();
    mutate(file);
    const result = parseAssessment(file);
    expect(result.ok ? [] : result.problems).toContainEqual(expected);
  });
});

describe('round trip', () => {
  it('writes back treatments, markers and LR-TR exactly, with unknown fields inside them', () => {
    const file = valid();
    file.treatments[0]!.operator = 'Dr. Wu';
    file.markers[0]!.lab = 'central';
    const first = parseAssessment(file);
    if (!first.ok) throw new Error(first.problems.map(problemSummary).join('\n'));
    const text = serializeAssessment(first.assessment);
    expect(JSON.parse(text)).toEqual(file);
    const second = parseAssessmentJson(text);
    expect(second.ok && serializeAssessment(second.assessment)).toBe(text);
  });

  it('the committed example with a full course loads', () => {
    const result = parseAssessmentJson(readFileSync(COURSE_FILE, 'utf8'));
    expect(result.ok ? result.assessment.treatments?.length : result.problems).toBe(3);
  });
});

describe('version 1 files without a treatment course', () => {
  it.each(readdirSync('test-data/assessments').filter((n) => n.endsWith('.json') && n !== 'invalid.json'))('%s still loads', (name) => {
    const result = parseAssessmentJson(readFileSync(`test-data/assessments/${name}`, 'utf8'));
    expect(result.ok ? 'ok' : result.problems).toBe('ok');
  });

  it('the version stays 1', () => {
    const file = valid();
    file.version = 2;
    const result = parseAssessment(file);
    expect(result.ok ? [] : result.problems).toContainEqual(problemAt(['version'], 'unsupportedVersion', { version: 1 }));
  });
});
