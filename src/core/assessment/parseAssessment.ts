/**
 * Loading and saving assessment files: schema, then cross-field checks, with
 * every problem located by a path like `lesions[2].findings.TP1.viableLongestDiameterMm`.
 * Source: `src/core/assessment/FORMAT.md`.
 */
import { crossCheckAssessment, type LocatedIssue } from './crossChecks.ts';
import { assessmentSchema } from './schema.ts';
import type { Assessment } from './types.ts';

/** Either the assessment, or every problem found as `path: message` lines. */
export type ParseAssessmentResult = { ok: true; assessment: Assessment } | { ok: false; errors: string[] };

/** Thrown by {@link parseAssessmentOrThrow}; `errors` are the located messages. */
export class AssessmentValidationError extends Error {
  readonly errors: string[];
  constructor(errors: string[]) {
    super(`invalid assessment:\n${errors.join('\n')}`);
    this.name = 'AssessmentValidationError';
    this.errors = errors;
  }
}

const PLAIN_KEY = /^[^.[\]\s"]+$/;

/** `['lesions', 2, 'findings', 'TP1']` → `lesions[2].findings.TP1`; the empty path is `(root)`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (typeof segment === 'string' && PLAIN_KEY.test(segment)) text += text ? `.${segment}` : segment;
    else text += `[${JSON.stringify(String(segment))}]`;
  }
  return text || '(root)';
}

function located(issue: { path: readonly PropertyKey[]; message: string }): string {
  return `${formatIssuePath(issue.path)}: ${issue.message}`;
}

/** Validates an already-parsed JSON value. Unknown fields are kept in the result. */
export function parseAssessment(input: unknown): ParseAssessmentResult {
  const parsed = assessmentSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map(located) };
  const crossIssues: LocatedIssue[] = crossCheckAssessment(parsed.data);
  if (crossIssues.length > 0) return { ok: false, errors: crossIssues.map(located) };
  return { ok: true, assessment: parsed.data };
}

/** Validates the text of a file, reporting JSON syntax errors as `(root): not valid JSON (...)`. */
export function parseAssessmentJson(text: string): ParseAssessmentResult {
  let value: unknown;
  try {
    // Editors on Windows may save a byte-order mark, which JSON.parse rejects.
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [`(root): not valid JSON (${detail})`] };
  }
  return parseAssessment(value);
}

/** Like {@link parseAssessment} but throws {@link AssessmentValidationError}. */
export function parseAssessmentOrThrow(input: unknown): Assessment {
  const result = parseAssessment(input);
  if (!result.ok) throw new AssessmentValidationError(result.errors);
  return result.assessment;
}

/** The file text for an assessment: 2-space JSON plus a final newline; unknown fields included. */
export function serializeAssessment(assessment: Assessment): string {
  return `${JSON.stringify(assessment, null, 2)}\n`;
}
