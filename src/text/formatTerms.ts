/**
 * Words for the assessment format's codes (categories, roles, organs…) in one
 * language, for the outputs made without React: the printable report, the CSV
 * and the command line. Each term comes from the one catalogue block that names
 * it for the UI too, so the panel and the outputs always say the same.
 */
import { UI_EN, type UiNamespace } from './catalogues/index.ts';
import type { Locale } from './locale.ts';
import { isListed, translator } from './translator.ts';

/** A code in words; a code the block does not list (an organ the reader typed, a code from a newer file) as it is. */
export type CodeWords = (code: string) => string;

/**
 * The words of the codes listed in `block` ("category", "lrTr.feature") of
 * `namespace`. A block the English catalogue lacks is a programming error.
 */
export function codeWords(locale: Locale, namespace: UiNamespace, block: string): CodeWords {
  const list = block.split('.').reduce<unknown>((tree, key) => (tree as Record<string, unknown> | undefined)?.[key], UI_EN[namespace]);
  if (typeof list !== 'object' || list === null) throw new Error(`no block ${namespace}:${block} in the catalogues`);
  // The keys are checked against the English block at run time: a template key is beyond the typed `t`.
  const t = translator(locale, namespace) as unknown as (key: string) => string;
  return (code) => (isListed(list, code) ? t(`${block}.${code}`) : code);
}

export interface FormatTerms {
  category: CodeWords;
  role: CodeWords;
  kind: CodeWords;
  organ: CodeWords;
  status: CodeWords;
  pattern: CodeWords;
  cytology: CodeWords;
  treatmentType: CodeWords;
  marker: CodeWords;
  lrTrCategory: CodeWords;
  lrTrVersion: CodeWords;
  lrTrFeature: CodeWords;
  /** Between the items of a list in a sentence or a cell ("T1, T2", "T1、T2"). */
  listSeparator: string;
}

/** The format's terms in `locale`. */
export function formatTerms(locale: Locale): FormatTerms {
  return {
    category: codeWords(locale, 'assessment', 'category'),
    role: codeWords(locale, 'assessment', 'role'),
    kind: codeWords(locale, 'assessment', 'kind'),
    organ: codeWords(locale, 'assessment', 'organ'),
    // The outputs name a finding's status, pattern and cytology by the format's code in English (the panel words them).
    status: codeWords(locale, 'report', 'statuses'),
    pattern: codeWords(locale, 'report', 'patterns'),
    cytology: codeWords(locale, 'report', 'cytologies'),
    treatmentType: codeWords(locale, 'course', 'treatmentType'),
    marker: codeWords(locale, 'course', 'marker'),
    lrTrCategory: codeWords(locale, 'course', 'lrTr.category'),
    lrTrVersion: codeWords(locale, 'course', 'lrTr.version'),
    lrTrFeature: codeWords(locale, 'course', 'lrTr.feature'),
    listSeparator: translator(locale, 'common')('listSeparator'),
  };
}
