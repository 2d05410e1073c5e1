// Loading and saving the assessment format: located problems (exact paths, rule codes and parameters),
// cross-field checks, unknown fields kept and written back.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { daysBetween, isRealIsoDate } from './dates.ts';
import { resolveOptions } from './options.ts';
import { parseAssessment, parseAssessmentJson, parseAssessmentOrThrow, serializeAssessment } from './parseAssessment.ts';
import { formatIssuePath, problemAt, problemSummary, type AssessmentProblem } from './problems.ts';
import { problemsFromZod } from './zodRules.ts';

/** A valid file to break one field at a time. */
function valid(): Record<string, unknown> & { timepoints: Record<string, unknown>[]; lesions: Record<string, unknown>[] } {
  return {
    format: 'tumor-response-assessment',
    version: 1,
    criteria: 'mRECIST',
    timepoints: [
      { id: 'TP0', date: '2026-01-05' },
      { id: 'TP1', date: '2026-02-16' },
    ],
    lesions: [
      { id: 'T1', role: 'target', organ: 'liver', findings: { TP0: { viableLongestDiameterMm: 30 }, TP1: { viableLongestDiameterMm: 20 } } },
      { id: 'NT1', role: 'non-target', organ: 'liver', findings: { TP0: { status: 'present' } } },
      { id: 'T2', role: 'target', organ: 'liver', findings: { TP0: { viableLongestDiameterMm: 25 }, TP1: { viableLongestDiameterMm: 10 } } },
    ],
  };
}

type Mutation = (file: ReturnType<typeof valid>) => unknown;
const lesion = (file: ReturnType<typeof valid>, index: number) => file.lesions[index] as { findings: Record<string, Record<string, unknown>> } & Record<string, unknown>;

const DIAMETER = 'viableLongestDiameterMm';
const invalidCases: [string, Mutation, AssessmentProblem][] = [
  ['negative diameter', (f) => { lesion(f, 2).findings.TP1!.viableLongestDiameterMm = -4; }, problemAt(['lesions', 2, 'findings', 'TP1', DIAMETER], 'numberAtLeast', { min: 0 })],
  ['diameter as text', (f) => { lesion(f, 2).findings.TP1!.viableLongestDiameterMm = '12'; }, problemAt(['lesions', 2, 'findings', 'TP1', DIAMETER], 'numberAtLeast', { min: 0 })],
  ['absurd diameter', (f) => { lesion(f, 0).findings.TP0!.longestDiameterMm = 20_000; }, problemAt(['lesions', 0, 'findings', 'TP0', 'longestDiameterMm'], 'numberAtMost', { max: 10_000 })],
  ['missing role', (f) => { delete lesion(f, 0).role; }, problemAt(['lesions', 0, 'role'], 'required', {})],
  ['unknown role', (f) => { lesion(f, 0).role = 'main'; }, problemAt(['lesions', 0, 'role'], 'oneOf', { values: ['target', 'non-target', 'new'] })],
  ['unknown kind', (f) => { lesion(f, 1).kind = 'pvt'; }, problemAt(['lesions', 1, 'kind'], 'oneOf', { values: ['parenchymal', 'lymph-node', 'portal-vein-thrombus', 'effusion'] })],
  ['empty organ', (f) => { lesion(f, 1).organ = ''; }, problemAt(['lesions', 1, 'organ'], 'nonEmptyString', {})],
  ['bad pattern', (f) => { lesion(f, 0).findings.TP1!.pattern = 'washout'; }, problemAt(['lesions', 0, 'findings', 'TP1', 'pattern'], 'oneOf', { values: ['typical', 'atypical'] })],
  ['findings missing', (f) => { delete (lesion(f, 1) as Record<string, unknown>).findings; }, problemAt(['lesions', 1, 'findings'], 'required', {})],
  ['wrong format', (f) => { f.format = 'other'; }, problemAt(['format'], 'oneOf', { values: ['tumor-response-assessment'] })],
  ['version 2', (f) => { f.version = 2; }, problemAt(['version'], 'unsupportedVersion', { version: 1 })],
  ['unknown criteria', (f) => { f.criteria = 'WHO'; }, problemAt(['criteria'], 'oneOf', { values: ['mRECIST', 'RECIST1.1', 'EASL'] })],
  ['no timepoints', (f) => { f.timepoints = []; }, problemAt(['timepoints'], 'tooFewTimepoints', { min: 1 })],
  ['lesions missing', (f) => { delete (f as Record<string, unknown>).lesions; }, problemAt(['lesions'], 'required', {})],
  ['option out of range', (f) => { f.options = { maxTargetsTotal: 0 }; }, problemAt(['options', 'maxTargetsTotal'], 'integerAtLeast', { min: 1 })],
  ['option not an integer', (f) => { f.options = { minSdDays: 1.5 }; }, problemAt(['options', 'minSdDays'], 'integerAtLeast', { min: 0 })],
  ['option of wrong type', (f) => { f.options = { stickyResponse: 'yes' }; }, problemAt(['options', 'stickyResponse'], 'boolean', {})],
  ['date not a string', (f) => { f.timepoints[1]!.date = 20260216; }, problemAt(['timepoints', 1, 'date'], 'dateFormat', {})],
  ['not a real date', (f) => { f.timepoints[1]!.date = '2026-02-30'; }, problemAt(['timepoints', 1, 'date'], 'realDate', {})],
  ['not YYYY-MM-DD', (f) => { f.timepoints[1]!.date = '16/02/2026'; }, problemAt(['timepoints', 1, 'date'], 'realDate', {})],
  ['duplicate timepoint id', (f) => { f.timepoints[1]!.id = 'TP0'; }, problemAt(['timepoints', 1, 'id'], 'duplicateId', { id: 'TP0', list: 'timepoints', firstIndex: 0 })],
  ['shared date', (f) => { f.timepoints[1]!.date = '2026-01-05'; }, problemAt(['timepoints', 1, 'date'], 'sameDate', { date: '2026-01-05', firstIndex: 0 })],
  ['unknown baseline', (f) => { f.baseline = 'TPX'; }, problemAt(['baseline'], 'unknownTimepoint', { timepointId: 'TPX' })],
  ['duplicate lesion id', (f) => { lesion(f, 2).id = 'T1'; }, problemAt(['lesions', 2, 'id'], 'duplicateId', { id: 'T1', list: 'lesions', firstIndex: 0 })],
  ['finding for an unknown timepoint', (f) => { lesion(f, 1).findings.TP9 = { status: 'present' }; }, problemAt(['lesions', 1, 'findings', 'TP9'], 'unknownTimepoint', { timepointId: 'TP9' })],
  ['status of another role', (f) => { lesion(f, 0).findings.TP1!.status = 'present'; }, problemAt(['lesions', 0, 'findings', 'TP1', 'status'], 'statusForRole', { values: ['measured', 'absent', 'too-small', 'not-evaluable'], role: 'target' })],
  ['unknown status', (f) => { lesion(f, 1).findings.TP0!.status = 'gone'; }, problemAt(['lesions', 1, 'findings', 'TP0', 'status'], 'oneOf', { values: ['measured', 'absent', 'too-small', 'not-evaluable', 'present', 'unequivocal-progression', 'equivocal'] })],
  ['key that needs quoting', (f) => { f.timepoints[1]!.id = 'TP 1'; lesion(f, 0).findings['TP 1'] = { viableLongestDiameterMm: -1 }; }, problemAt(['lesions', 0, 'findings', 'TP 1', DIAMETER], 'numberAtLeast', { min: 0 })],
  ['patient not an object', (f) => { f.patient = 'P1'; }, problemAt(['patient'], 'object', {})],
  ['not an object', () => [1, 2], problemAt([], 'jsonObject', {})],
];

describe('invalid assessments give located problems as codes and parameters', () => {
  it.each(invalidCases)('%s', (_name, mutate, problem) => {
    const file = valid();
    const replaced = mutate(file);
    const result = parseAssessment(replaced ?? file);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toContainEqual(problem);
  });

  it('reports every schema problem at once', () => {
    const file = valid();
    lesion(file, 0).role = 'main';
    file.criteria = 'WHO';
    const result = parseAssessment(file);
    expect(result.ok ? [] : result.problems).toEqual([
      problemAt(['criteria'], 'oneOf', { values: ['mRECIST', 'RECIST1.1', 'EASL'] }),
      problemAt(['lesions', 0, 'role'], 'oneOf', { values: ['target', 'non-target', 'new'] }),
    ]);
  });

  it('a zod issue no rule words is kept as unexpected, with its path and zod\'s text', () => {
    expect(problemsFromZod([{ path: ['lesions', 0, Symbol.for('odd')], message: 'Invalid input' }], ['file'])).toEqual([
      problemAt(['file', 'lesions', 0, 'Symbol(odd)'], 'unexpected', { detail: 'Invalid input' }),
    ]);
    expect(problemsFromZod([{ path: [], message: '{"code":"noSuchRule","params":{}}' }])).toEqual([
      problemAt([], 'unexpected', { detail: '{"code":"noSuchRule","params":{}}' }),
    ]);
  });

  it('JSON syntax errors are located at the root', () => {
    const result = parseAssessmentJson('{"format": ');
    expect(result.ok ? [] : result.problems).toEqual([problemAt([], 'notJson', { detail: expect.any(String) })]);
  });

  it('a byte-order mark is not an error', () => {
    expect(parseAssessmentJson(`\uFEFF${JSON.stringify(valid())}`).ok).toBe(true);
  });

  it('parseAssessmentOrThrow throws with all problems', () => {
    const file = valid();
    file.version = 3;
    expect(() => parseAssessmentOrThrow(file)).toThrow('version: unsupportedVersion {"version":1}');
    expect(() => parseAssessmentOrThrow(file)).toThrow(expect.objectContaining({ problems: [problemAt(['version'], 'unsupportedVersion', { version: 1 })] }));
  });

  it('the committed invalid example has the spec example error', () => {
    const result = parseAssessmentJson(readFileSync('test-data/assessments/invalid.json', 'utf8'));
    expect(result).toEqual({ ok: false, problems: [problemAt(['lesions', 2, 'findings', 'TP1', DIAMETER], 'numberAtLeast', { min: 0 })] });
  });
});

describe('forward compatibility', () => {
  it('keeps unknown fields at every level and writes them back', () => {
    const file = {
      ...valid(),
      notes: 'read by Dr X',
      patient: { id: 'P1', weightKg: 70 },
      options: { minSdDays: 42, requireConfirmation: true },
    };
    file.timepoints[0]!.seriesInstanceUid = '1.2.3';
    lesion(file, 0).findings.TP0!.annotation = { points: [[0, 0, 0], [30, 0, 0]], frameOfReferenceUid: '1.2' };
    lesion(file, 0).treatment = { kind: 'cTACE', date: '2026-01-10' };
    const result = parseAssessment(file);
    if (!result.ok) throw new Error(result.problems.map(problemSummary).join('\n'));
    const written = JSON.parse(serializeAssessment(result.assessment)) as unknown;
    expect(written).toEqual(file);
  });

  it('serializes as 2-space JSON with a final newline', () => {
    const assessment = parseAssessmentOrThrow(valid());
    const text = serializeAssessment(assessment);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "format": "tumor-response-assessment"');
  });

  it('every committed example (but invalid.json) is valid', () => {
    for (const name of ['synthetic-demo', 'ec-boundaries', 'non-target-only', 'easl']) {
      const result = parseAssessmentJson(readFileSync(`test-data/assessments/${name}.json`, 'utf8'));
      expect(result.ok ? [] : result.problems, name).toEqual([]);
    }
  });
});

describe('small parts', () => {
  it('formats issue paths', () => {
    expect(formatIssuePath([])).toBe('(root)');
    expect(formatIssuePath([], '(根)')).toBe('(根)');
    expect(formatIssuePath(['lesions', 2, 'findings', 'TP1', 'viableLongestDiameterMm'])).toBe('lesions[2].findings.TP1.viableLongestDiameterMm');
    expect(formatIssuePath(['lesions', 0, 'findings', 'a.b'])).toBe('lesions[0].findings["a.b"]');
  });

  it('checks calendar dates', () => {
    expect(isRealIsoDate('2024-02-29')).toBe(true);
    expect(isRealIsoDate('2026-02-29')).toBe(false);
    expect(isRealIsoDate('2026-13-01')).toBe(false);
    expect(daysBetween('2026-01-12', '2026-02-23')).toBe(42);
  });

  it('resolves options over the per-criteria defaults of the spec', () => {
    expect(resolveOptions('mRECIST', undefined).minAbsoluteIncreaseMm).toBe(0);
    expect(resolveOptions('RECIST1.1', undefined).minAbsoluteIncreaseMm).toBe(5);
    expect(resolveOptions('EASL', undefined)).toEqual({
      maxTargetsTotal: 5,
      maxTargetsPerOrgan: 2,
      minMeasurableMm: 10,
      minAbsoluteIncreaseMm: 0,
      tooSmallDefaultMm: 5,
      stickyResponse: true,
      minSdDays: 0,
    });
    expect(resolveOptions('RECIST1.1', { minAbsoluteIncreaseMm: 0, extra: 1 }).minAbsoluteIncreaseMm).toBe(0);
  });
});
