/** Why a pane shows no image, in the reader's language (the problems are data: `core/imageLoadProblems.ts`). */
import type { ImageLoadProblem } from '../core/index.ts';
import type { Locale } from './locale.ts';
import { translator } from './translator.ts';

/**
 * The sentence the pane shows ("Cannot display: the file is truncated") and, when the
 * loader said something, its words as a technical detail line.
 */
export function imageLoadProblemText(problem: ImageLoadProblem, locale: Locale): { sentence: string; detail?: string } {
  const t = translator(locale, 'viewport');
  const sentence = t(`loadError.${problem.code}`, problem);
  return 'detail' in problem && problem.detail ? { sentence, detail: t('loadError.detail', { detail: problem.detail }) } : { sentence };
}
