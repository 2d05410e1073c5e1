/**
 * Loading and saving assessment files: schema, then cross-field checks, with
 * every problem located by a path like `lesions[2].findings.TP1.viableLongestDiameterMm`
 * and given as a rule's code and parameters (see `problems.ts`).
 * Source: `src/core/assessment/FORMAT.md`.
 */
import { crossCheckAssessment } from './crossChecks.ts';
import { problemAt, problemSummary, type AssessmentProblem } from './problems.ts';
import { assessmentSchema } from './schema.ts';
import type { Assessment } from './types.ts';
import { problemsFromZod } from './zodRules.ts';

/** Either the assessment, or every problem found (located, as data; `src/text` words them). */
export type ParseAssessmentResult = { ok: true; assessment: Assessment } | { ok: false; problems: AssessmentProblem[] };

/** Thrown by {@link parseAssessmentOrThrow}; `problems` are the located problems. */
export class AssessmentValidationError extends Error {
  readonly problems: AssessmentProblem[];
  constructor(problems: AssessmentProblem[]) {
    super(`invalid assessment:\n${problems.map(problemSummary).join('\n')}`);
    this.name = 'AssessmentValidationError';
    this.problems = problems;
  }
}

/** Validates an already-parsed JSON value. Unknown fields are kept in the result. */
export function parseAssessment(input: unknown): ParseAssessmentResult {
  const parsed = assessmentSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error.issues) };
  const crossProblems = crossCheckAssessment(parsed.data);
  if (crossProblems.length > 0) return { ok: false, problems: crossProblems };
  return { ok: true, assessment: parsed.data };
}

/** Validates the text of a file, reporting a JSON syntax error as `notJson` at the root. */
export function parseAssessmentJson(text: string): ParseAssessmentResult {
  let value: unknown;
  try {
    // Editors on Windows may save a byte-order mark, which JSON.parse rejects.
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [problemAt([], 'notJson', { detail })] };
  }
  return parseAssessment(value);
}

/** Like {@link parseAssessment} but throws {@link AssessmentValidationError}. */
export function parseAssessmentOrThrow(input: unknown): Assessment {
  const result = parseAssessment(input);
  if (!result.ok) throw new AssessmentValidationError(result.problems);
  return result.assessment;
}

/** The file text for an assessment: 2-space JSON plus a final newline; unknown fields included. */
export function serializeAssessment(assessment: Assessment): string {
  return `${JSON.stringify(assessment, null, 2)}\n`;
}
