/** What the command line prints on standard error for an assessment file that fails validation. */
import type { AssessmentProblem } from '../../src/core/index.ts';
import { assessmentProblemText, translator, type Locale } from '../../src/text/index.ts';

/** `FILE: invalid assessment` and each problem located, indented, in `locale`'s words. */
export function invalidFileText(file: string, problems: readonly AssessmentProblem[], locale: Locale): string {
  const lines = problems.map((problem) => `  ${assessmentProblemText(problem, locale)}`);
  return `${[translator(locale, 'report')('cli.invalid', { file }), ...lines].join('\n')}\n`;
}
