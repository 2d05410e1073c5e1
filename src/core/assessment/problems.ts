/**
 * What the assessment-file validator finds wrong, as data: the field at fault
 * (`path`, as in zod issues) and the rule it breaks (`code` and its `params`).
 * `src/text` puts a problem into words in the reader's language.
 * Source: `src/core/assessment/FORMAT.md` (the rules), `src/io/caliperRecord.ts` (calipers).
 */
import type { MeasurementKind } from '../measurements/types.ts';
import type { LesionRole, MarkerName } from './types.ts';

/** Where a problem is: `['lesions', 2, 'findings', 'TP1']`; empty for the whole file. */
export type IssuePath = readonly (string | number)[];

/** The parameters of each rule, by code. */
export interface RuleParams {
  /** A required field is missing. */
  required: Record<string, never>;
  /** The value must be one of `values` (one value: must be exactly it). */
  oneOf: { values: readonly string[] };
  numberAtLeast: { min: number };
  numberAtMost: { max: number };
  numberAbove: { min: number };
  integerAtLeast: { min: number };
  nonEmptyString: Record<string, never>;
  string: Record<string, never>;
  boolean: Record<string, never>;
  object: Record<string, never>;
  /** The whole file is not a JSON object. */
  jsonObject: Record<string, never>;
  array: Record<string, never>;
  lesionIdArray: Record<string, never>;
  /** A date that is not a string at all. */
  dateFormat: Record<string, never>;
  /** A date string that is not `YYYY-MM-DD` or not on the calendar (2026-02-30). */
  realDate: Record<string, never>;
  featureListedTwice: Record<string, never>;
  /** `version` other than the one this program reads. */
  unsupportedVersion: { version: number };
  tooFewTimepoints: { min: number };
  /** An id also used by entry `firstIndex` of `list`. */
  duplicateId: { id: string; list: 'timepoints' | 'lesions'; firstIndex: number };
  /** Two timepoints on one date; `firstIndex` is the first of them. */
  sameDate: { date: string; firstIndex: number };
  unknownTimepoint: { timepointId: string };
  unknownLesion: { lesionId: string };
  /** A finding status the lesion's `role` does not allow; `values` are those it does. */
  statusForRole: { values: readonly string[]; role: LesionRole };
  /** Systemic therapy without the drug's name. */
  drugRequired: Record<string, never>;
  markerUnit: { marker: MarkerName; unit: string };
  /** A second value of `marker` on `date`; `firstIndex` is the first. */
  markerTwiceADay: { marker: MarkerName; date: string; firstIndex: number };
  /** The text is not JSON; `detail` is the JSON parser's own message. */
  notJson: { detail: string };
  /** The same, located in the text (1-based line and column). */
  notJsonAt: { line: number; column: number; detail: string };
  /** A finding's `measurements` field that is not a list of calipers. */
  caliperArray: Record<string, never>;
  caliperPoints: Record<string, never>;
  /** A caliper of `kind` needs `count` points. */
  caliperPointCount: { count: number; kind: MeasurementKind };
  caliperTooLong: { maxMm: number };
  /** A caliper id used again; `firstPath` is where it was first. */
  duplicateCaliperId: { id: string; firstPath: string };
  /** A problem no rule of ours describes (zod's own issue); `detail` is zod's message. */
  unexpected: { detail: string };
}

export type ValidationCode = keyof RuleParams;

/** A rule broken, without its place. */
export type ValidationRule = { [C in ValidationCode]: { code: C; params: RuleParams[C] } }[ValidationCode];

/** One problem of an assessment file: where, and which rule it breaks. */
export type AssessmentProblem = ValidationRule & { path: IssuePath };

/** A problem at `path` (a shorthand that keeps code and params checked together). */
export function problemAt<C extends ValidationCode>(path: IssuePath, code: C, params: RuleParams[C]): AssessmentProblem {
  return { path, code, params } as AssessmentProblem;
}

const PLAIN_KEY = /^[^.[\]\s"]+$/;

/** `['lesions', 2, 'findings', 'TP1']` → `lesions[2].findings.TP1`; the empty path is `root`. */
export function formatIssuePath(path: IssuePath, root = '(root)'): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) text += text ? `.${segment}` : segment;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text || root;
}

/** A problem as a developer reads it in a log or a thrown error: `path: code {params}` (no words, no language). */
export function problemSummary(problem: AssessmentProblem): string {
  return `${formatIssuePath(problem.path)}: ${problem.code} ${JSON.stringify(problem.params)}`;
}
