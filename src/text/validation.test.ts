// Every rule of the assessment-file validator has words in every language: English
// exactly as the validator always said it, 简体中文 with no English word left.
import { describe, expect, it } from 'vitest';
import { VALIDATION_CODES, formatIssuePath, problemAt, type AssessmentProblem, type ValidationCode } from '../core/index.ts';
import { LOCALES } from './locale.ts';
import { englishWordsLeft } from './testing/englishLeft.ts';
import { MISSING_KEY_MARK } from './translator.ts';
import { assessmentProblemText, validationRuleText } from './validation.ts';

const FINDING = ['lesions', 2, 'findings', 'TP1'];

/** One problem of each rule, with today's English words for it. */
const EXAMPLES: Record<ValidationCode, [AssessmentProblem, string]> = {
  required: [problemAt(['lesions', 0, 'role'], 'required', {}), 'lesions[0].role: is required'],
  oneOf: [problemAt(['criteria'], 'oneOf', { values: ['mRECIST', 'RECIST1.1', 'EASL'] }), 'criteria: must be one of "mRECIST", "RECIST1.1" or "EASL"'],
  numberAtLeast: [problemAt([...FINDING, 'viableLongestDiameterMm'], 'numberAtLeast', { min: 0 }), 'lesions[2].findings.TP1.viableLongestDiameterMm: must be a number >= 0'],
  numberAtMost: [problemAt([...FINDING, 'longestDiameterMm'], 'numberAtMost', { max: 10_000 }), 'lesions[2].findings.TP1.longestDiameterMm: must be a number <= 10000'],
  numberAbove: [problemAt(['markers', 2, 'value'], 'numberAbove', { min: 0 }), 'markers[2].value: must be a number > 0'],
  integerAtLeast: [problemAt(['options', 'maxTargetsTotal'], 'integerAtLeast', { min: 1 }), 'options.maxTargetsTotal: must be an integer >= 1'],
  nonEmptyString: [problemAt(['lesions', 1, 'organ'], 'nonEmptyString', {}), 'lesions[1].organ: must be a non-empty string'],
  string: [problemAt(['treatments', 0, 'note'], 'string', {}), 'treatments[0].note: must be a string'],
  boolean: [problemAt(['options', 'stickyResponse'], 'boolean', {}), 'options.stickyResponse: must be true or false'],
  object: [problemAt(['patient'], 'object', {}), 'patient: must be an object'],
  jsonObject: [problemAt([], 'jsonObject', {}), '(root): must be a JSON object'],
  array: [problemAt(['treatments'], 'array', {}), 'treatments: must be an array'],
  lesionIdArray: [problemAt(['treatments', 0, 'lesionIds'], 'lesionIdArray', {}), 'treatments[0].lesionIds: must be an array of lesion ids'],
  dateFormat: [problemAt(['timepoints', 1, 'date'], 'dateFormat', {}), 'timepoints[1].date: must be a date YYYY-MM-DD'],
  realDate: [problemAt(['timepoints', 1, 'date'], 'realDate', {}), 'timepoints[1].date: must be a real date YYYY-MM-DD'],
  featureListedTwice: [problemAt([...FINDING, 'lrTr', 'features'], 'featureListedTwice', {}), 'lesions[2].findings.TP1.lrTr.features: must not list a feature twice'],
  unsupportedVersion: [problemAt(['version'], 'unsupportedVersion', { version: 1 }), 'version: must be 1 (the only version this program reads)'],
  tooFewTimepoints: [problemAt(['timepoints'], 'tooFewTimepoints', { min: 1 }), 'timepoints: must list at least 1 timepoint'],
  duplicateId: [problemAt(['timepoints', 1, 'id'], 'duplicateId', { id: 'TP0', list: 'timepoints', firstIndex: 0 }), 'timepoints[1].id: duplicate id "TP0" (also timepoints[0])'],
  sameDate: [
    problemAt(['timepoints', 1, 'date'], 'sameDate', { date: '2026-01-05', firstIndex: 0 }),
    'timepoints[1].date: same date as timepoints[0] (2026-01-05); two timepoints may not share a date',
  ],
  unknownTimepoint: [problemAt(['baseline'], 'unknownTimepoint', { timepointId: 'TPX' }), 'baseline: no timepoint with id "TPX"'],
  unknownLesion: [problemAt(['treatments', 0, 'lesionIds', 1], 'unknownLesion', { lesionId: 'T9' }), 'treatments[0].lesionIds[1]: no lesion with id "T9"'],
  statusForRole: [
    problemAt([...FINDING, 'status'], 'statusForRole', { values: ['measured', 'absent', 'too-small', 'not-evaluable'], role: 'target' }),
    'lesions[2].findings.TP1.status: must be one of "measured", "absent", "too-small" or "not-evaluable" for a target lesion',
  ],
  drugRequired: [problemAt(['treatments', 1, 'drug'], 'drugRequired', {}), 'treatments[1].drug: is required for systemic therapy (the drug name)'],
  markerUnit: [problemAt(['markers', 0, 'unit'], 'markerUnit', { marker: 'AFP', unit: 'ng/mL' }), 'markers[0].unit: must be "ng/mL" for AFP'],
  markerTwiceADay: [
    problemAt(['markers', 2, 'date'], 'markerTwiceADay', { marker: 'AFP', date: '2026-01-05', firstIndex: 0 }),
    'markers[2].date: AFP already has a value on 2026-01-05 (markers[0]); one value of a marker per day',
  ],
  notJson: [problemAt([], 'notJson', { detail: '⟨parser⟩' }), '(root): not valid JSON (⟨parser⟩)'],
  notJsonAt: [problemAt([], 'notJsonAt', { line: 3, column: 13, detail: '⟨parser⟩' }), '(root): not valid JSON at line 3, column 13 (⟨parser⟩)'],
  caliperArray: [problemAt([...FINDING, 'measurements'], 'caliperArray', {}), 'lesions[2].findings.TP1.measurements: must be an array of calipers'],
  caliperPoints: [problemAt([...FINDING, 'measurements', 1, 'pointsMm'], 'caliperPoints', {}), 'lesions[2].findings.TP1.measurements[1].pointsMm: must be 2 or 4 points [x, y, z] in mm'],
  caliperPointCount: [
    problemAt([...FINDING, 'measurements', 0, 'pointsMm'], 'caliperPointCount', { count: 4, kind: 'viable-bidirectional' }),
    'lesions[2].findings.TP1.measurements[0].pointsMm: must be 4 points for a viable-bidirectional caliper',
  ],
  caliperTooLong: [problemAt([...FINDING, 'measurements', 0, 'pointsMm'], 'caliperTooLong', { maxMm: 10_000 }), 'lesions[2].findings.TP1.measurements[0].pointsMm: caliper is longer than 10000 mm'],
  duplicateCaliperId: [
    problemAt([...FINDING, 'measurements', 0, 'id'], 'duplicateCaliperId', { id: 'c-bl-1', firstPath: 'lesions[0].findings.FU1.measurements[0]' }),
    'lesions[2].findings.TP1.measurements[0].id: duplicate caliper id "c-bl-1" (also lesions[0].findings.FU1.measurements[0])',
  ],
  unexpected: [problemAt(['lesions', 0], 'unexpected', { detail: '⟨zod⟩' }), 'lesions[0]: is not valid (⟨zod⟩)'],
};

/** The words of `text` that came from the catalogue: the path, other entries named by path (`markers[0]`) and every parameter value taken out. */
function catalogueWords(text: string, problem: AssessmentProblem): string {
  const values = Object.values(problem.params).flat().map(String).sort((a, b) => b.length - a.length);
  const pathless = text.split(formatIssuePath(problem.path)).join(' ');
  return values.reduce((rest, value) => rest.split(value).join(' '), pathless).replace(/[A-Za-z]+\[[^\]]*\]/g, ' ');
}

describe('every validation rule has words', () => {
  it('the table covers every code', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...VALIDATION_CODES].sort());
  });

  it.each(VALIDATION_CODES)('%s: in English exactly as the validator says it', (code) => {
    const [problem, english] = EXAMPLES[code];
    expect(assessmentProblemText(problem, 'en')).toBe(english);
  });

  it.each(VALIDATION_CODES)('%s: in 简体中文, with no English word left', (code) => {
    const [problem] = EXAMPLES[code];
    const chinese = assessmentProblemText(problem, 'zh-CN');
    expect(chinese).not.toContain(MISSING_KEY_MARK);
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);
    expect(englishWordsLeft(catalogueWords(chinese, problem))).toEqual([]);
  });

  it.each(LOCALES)('keeps the path apart from the rule in %s', (locale) => {
    const [problem] = EXAMPLES.numberAtLeast;
    expect(assessmentProblemText(problem, locale)).toBe(`lesions[2].findings.TP1.viableLongestDiameterMm: ${validationRuleText(problem, locale)}`);
  });
});

describe('the words of a rule in 简体中文', () => {
  it('names the whole file, the role and the caliper kind in Chinese, values as the file writes them', () => {
    expect(assessmentProblemText(EXAMPLES.jsonObject[0], 'zh-CN')).toBe('(根): 必须是 JSON 对象');
    expect(assessmentProblemText(EXAMPLES.statusForRole[0], 'zh-CN')).toBe('lesions[2].findings.TP1.status: 靶病灶的状态必须是 "measured"、"absent"、"too-small" 或 "not-evaluable" 之一');
    expect(validationRuleText(EXAMPLES.caliperPointCount[0], 'zh-CN')).toBe('EASL ⟂ 测量线必须有 4 个点');
    expect(validationRuleText(EXAMPLES.numberAtLeast[0], 'zh-CN')).toBe('必须是 ≥ 0 的数字');
  });

  it('says a single allowed value without "one of"', () => {
    const format = problemAt(['format'], 'oneOf', { values: ['tumor-response-assessment'] });
    expect(assessmentProblemText(format, 'en')).toBe('format: must be "tumor-response-assessment"');
    expect(validationRuleText(format, 'zh-CN')).toBe('必须是 "tumor-response-assessment"');
  });
});
