/**
 * Words for the outputs made without React — the printable report, the CSV and
 * the command line — from the typed `report` catalogue of the chosen language.
 * Lookups by a format code (`words.roles[lesion.role]`) are checked by the
 * compiler; `fill` puts values into a sentence's {{placeholders}}, the syntax
 * the i18next catalogues use, so one catalogue serves both.
 */
import type { Timepoint } from '../core/index.ts';
import { timepointPlaces } from '../core/index.ts';
import { report as reportEn } from './catalogues/report.en.ts';
import { report as reportZh } from './catalogues/report.zhCN.ts';
import type { Translation } from './catalogues/translation.ts';
import type { Locale } from './locale.ts';
import { timepointLabel } from './timepointLabels.ts';

export type ReportWords = Translation<typeof reportEn>;

/** The `report` catalogue of `locale`. */
export function reportText(locale: Locale): ReportWords {
  return locale === 'zh-CN' ? reportZh : reportEn;
}

/**
 * `template` with each {{name}} replaced by `values[name]`; a placeholder without
 * a value shows as ⟦name⟧ (as a missing key does in the UI) rather than vanishing.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => (name in values ? String(values[name]) : `⟦${name}⟧`));
}

/** `words[code]` when the catalogue names it, else the code as it is (free text typed by the reader, a code from a newer file). */
export function wordFor(words: Readonly<Record<string, string>>, code: string): string {
  return Object.hasOwn(words, code) ? words[code]! : code;
}

/** Each timepoint's label in `locale`: "Baseline", "FU1 +42 d" / "基线", "随访1 +42 天". */
export function timepointLabelsIn(locale: Locale, timepoints: readonly Timepoint[], baselineId: string | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(timepointPlaces(timepoints, baselineId)).map(([id, place]) => [id, timepointLabel(place, locale)]));
}
