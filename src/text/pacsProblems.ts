/** Why the PACS failed, in the reader's language (the reasons are data: `core/pacsProblems.ts`). */
import type { PacsProblem } from '../core/index.ts';
import type { Locale } from './locale.ts';
import { translator } from './translator.ts';

/** One PACS failure in a sentence, e.g. "http://pacs refused the request (HTTP 400)."; an unexpected one gives what the browser said. */
export function pacsProblemText(problem: PacsProblem, locale: Locale): string {
  return translator(locale, 'pacs')(`errors.${problem.code}`, problem);
}
