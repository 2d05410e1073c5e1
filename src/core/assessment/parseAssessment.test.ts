// Loading and saving the assessment format: located error messages (exact paths),
// cross-field checks, unknown fields kept and written back.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { daysBetween, isRealIsoDate } from './dates.ts';
import { resolveOptions } from './options.ts';
import { formatIssuePath, parseAssessment, parseAssessmentJson, parseAssessmentOrThrow, serializeAssessment } from './parseAssessment.ts';

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

const invalidCases: [string, Mutation, string][] = [
  ['negative diameter', (f) => { lesion(f, 2).findings.TP1!.viableLongestDiameterMm = -4; }, 'lesions[2].findings.TP1.viableLongestDiameterMm: must be a number >= 0'],
  ['diameter as text', (f) => { lesion(f, 2).findings.TP1!.viableLongestDiameterMm = '12'; }, 'lesions[2].findings.TP1.viableLongestDiameterMm: must be a number >= 0'],
  ['absurd diameter', (f) => { lesion(f, 0).findings.TP0!.longestDiameterMm = 20_000; }, 'lesions[0].findings.TP0.longestDiameterMm: must be a number <= 10000'],
  ['missing role', (f) => { delete lesion(f, 0).role; }, 'lesions[0].role: is required'],
  ['unknown role', (f) => { lesion(f, 0).role = 'main'; }, 'lesions[0].role: must be one of "target", "non-target" or "new"'],
  ['unknown kind', (f) => { lesion(f, 1).kind = 'pvt'; }, 'lesions[1].kind: must be one of "parenchymal", "lymph-node", "portal-vein-thrombus" or "effusion"'],
  ['empty organ', (f) => { lesion(f, 1).organ = ''; }, 'lesions[1].organ: must be a non-empty string'],
  ['bad pattern', (f) => { lesion(f, 0).findings.TP1!.pattern = 'washout'; }, 'lesions[0].findings.TP1.pattern: must be one of "typical" or "atypical"'],
  ['findings missing', (f) => { delete (lesion(f, 1) as Record<string, unknown>).findings; }, 'lesions[1].findings: is required'],
  ['wrong format', (f) => { f.format = 'other'; }, 'format: must be "tumor-response-assessment"'],
  ['version 2', (f) => { f.version = 2; }, 'version: must be 1 (the only version this program reads)'],
  ['unknown criteria', (f) => { f.criteria = 'WHO'; }, 'criteria: must be one of "mRECIST", "RECIST1.1" or "EASL"'],
  ['no timepoints', (f) => { f.timepoints = []; }, 'timepoints: must list at least 1 timepoint'],
  ['lesions missing', (f) => { delete (f as Record<string, unknown>).lesions; }, 'lesions: is required'],
  ['option out of range', (f) => { f.options = { maxTargetsTotal: 0 }; }, 'options.maxTargetsTotal: must be an integer >= 1'],
  ['option of wrong type', (f) => { f.options = { stickyResponse: 'yes' }; }, 'options.stickyResponse: must be true or false'],
  ['not a real date', (f) => { f.timepoints[1]!.date = '2026-02-30'; }, 'timepoints[1].date: must be a real date YYYY-MM-DD'],
  ['not YYYY-MM-DD', (f) => { f.timepoints[1]!.date = '16/02/2026'; }, 'timepoints[1].date: must be a real date YYYY-MM-DD'],
  ['duplicate timepoint id', (f) => { f.timepoints[1]!.id = 'TP0'; }, 'timepoints[1].id: duplicate id "TP0" (also timepoints[0])'],
  ['shared date', (f) => { f.timepoints[1]!.date = '2026-01-05'; }, 'timepoints[1].date: same date as timepoints[0] (2026-01-05); two timepoints may not share a date'],
  ['unknown baseline', (f) => { f.baseline = 'TPX'; }, 'baseline: no timepoint with id "TPX"'],
  ['duplicate lesion id', (f) => { lesion(f, 2).id = 'T1'; }, 'lesions[2].id: duplicate id "T1" (also lesions[0])'],
  ['finding for an unknown timepoint', (f) => { lesion(f, 1).findings.TP9 = { status: 'present' }; }, 'lesions[1].findings.TP9: no timepoint with id "TP9"'],
  ['status of another role', (f) => { lesion(f, 0).findings.TP1!.status = 'present'; }, 'lesions[0].findings.TP1.status: must be one of "measured", "absent", "too-small" or "not-evaluable" for a target lesion'],
  ['unknown status', (f) => { lesion(f, 1).findings.TP0!.status = 'gone'; }, 'lesions[1].findings.TP0.status: must be one of "measured", "absent", "too-small", "not-evaluable", "present", "unequivocal-progression" or "equivocal"'],
  ['key that needs quoting', (f) => { f.timepoints[1]!.id = 'TP 1'; lesion(f, 0).findings['TP 1'] = { viableLongestDiameterMm: -1 }; }, 'lesions[0].findings["TP 1"].viableLongestDiameterMm: must be a number >= 0'],
  ['not an object', () => [1, 2], '(root): must be a JSON object'],
];

describe('invalid assessments give located messages', () => {
  it.each(invalidCases)('%s', (_name, mutate, message) => {
    const file = valid();
    const replaced = mutate(file);
    const result = parseAssessment(replaced ?? file);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toContain(message);
  });

  it('reports every schema problem at once', () => {
    const file = valid();
    lesion(file, 0).role = 'main';
    file.criteria = 'WHO';
    const result = parseAssessment(file);
    expect(result.ok ? [] : result.errors).toEqual([
      'criteria: must be one of "mRECIST", "RECIST1.1" or "EASL"',
      'lesions[0].role: must be one of "target", "non-target" or "new"',
    ]);
  });

  it('JSON syntax errors are located at the root', () => {
    const result = parseAssessmentJson('{"format": ');
    expect(result.ok ? '' : result.errors[0]).toMatch(/^\(root\): not valid JSON \(/);
  });

  it('a byte-order mark is not an error', () => {
    expect(parseAssessmentJson(`\uFEFF${JSON.stringify(valid())}`).ok).toBe(true);
  });

  it('parseAssessmentOrThrow throws with all messages', () => {
    const file = valid();
    file.version = 3;
    expect(() => parseAssessmentOrThrow(file)).toThrow('version: must be 1');
  });

  it('the committed invalid example has the spec example error', () => {
    const result = parseAssessmentJson(readFileSync('test-data/assessments/invalid.json', 'utf8'));
    expect(result).toEqual({ ok: false, errors: ['lesions[2].findings.TP1.viableLongestDiameterMm: must be a number >= 0'] });
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
    if (!result.ok) throw new Error(result.errors.join('\n'));
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
      expect(result.ok ? [] : result.errors, name).toEqual([]);
    }
  });
});

describe('small parts', () => {
  it('formats issue paths', () => {
    expect(formatIssuePath([])).toBe('(root)');
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
