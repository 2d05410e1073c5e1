/**
 * How the format's zod schemas report which rule a value breaks. zod's error
 * maps can return only a message string, so a rule travels in the message as
 * JSON (`ruleMessage`) and `problemsFromZod` reads it back: the one place where
 * zod issues become {@link AssessmentProblem}s. A message that is not one of
 * ours (an issue no schema here words) becomes `unexpected` with zod's text, at
 * its path, so no problem is ever lost.
 */
import type { AssessmentProblem, IssuePath, RuleParams, ValidationCode, ValidationRule } from './problems.ts';

/** Every code, to recognise a message as ours. */
const CODES: Readonly<Record<ValidationCode, true>> = {
  required: true,
  oneOf: true,
  numberAtLeast: true,
  numberAtMost: true,
  numberAbove: true,
  integerAtLeast: true,
  nonEmptyString: true,
  string: true,
  boolean: true,
  object: true,
  jsonObject: true,
  array: true,
  lesionIdArray: true,
  dateFormat: true,
  realDate: true,
  featureListedTwice: true,
  unsupportedVersion: true,
  tooFewTimepoints: true,
  duplicateId: true,
  sameDate: true,
  unknownTimepoint: true,
  unknownLesion: true,
  statusForRole: true,
  drugRequired: true,
  markerUnit: true,
  markerTwiceADay: true,
  notJson: true,
  notJsonAt: true,
  caliperArray: true,
  caliperPoints: true,
  caliperPointCount: true,
  caliperTooLong: true,
  duplicateCaliperId: true,
  unexpected: true,
};

/** Every validation code (for tables that must cover them all). */
export const VALIDATION_CODES = Object.keys(CODES) as ValidationCode[];

type ParamsArg<C extends ValidationCode> = RuleParams[C] extends Record<string, never> ? [] : [RuleParams[C]];

/** The zod error message that carries rule `code` with `params`. */
export function ruleMessage<C extends ValidationCode>(code: C, ...params: ParamsArg<C>): string {
  return JSON.stringify({ code, params: params[0] ?? {} });
}

/** A zod error map: `required` when the value is missing, else rule `code`. */
export function requiredOr<C extends ValidationCode>(code: C, ...params: ParamsArg<C>) {
  const message = ruleMessage(code, ...params);
  return (issue: { input?: unknown }) => (issue.input === undefined ? ruleMessage('required') : message);
}

function ruleIn(message: string): ValidationRule | undefined {
  if (!message.startsWith('{')) return undefined;
  try {
    const rule = JSON.parse(message) as { code?: unknown; params?: unknown };
    const known = typeof rule.code === 'string' && Object.hasOwn(CODES, rule.code);
    return known && typeof rule.params === 'object' && rule.params !== null ? (rule as ValidationRule) : undefined;
  } catch {
    return undefined;
  }
}

/** zod's issues as problems, their paths below `base`. */
export function problemsFromZod(issues: readonly { path: readonly PropertyKey[]; message: string }[], base: IssuePath = []): AssessmentProblem[] {
  return issues.map((issue) => {
    const path = [...base, ...issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment)))];
    return { ...(ruleIn(issue.message) ?? { code: 'unexpected', params: { detail: issue.message } }), path };
  });
}
