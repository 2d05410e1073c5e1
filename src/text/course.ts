/**
 * Words for the treatment course (treatment types, LI-RADS treatment response,
 * tumour markers) for code outside React: they live in the `course` catalogue,
 * which the UI reads through i18next and outputs through `courseWords(locale)`.
 */
import type { TreatmentType } from '../core/index.ts';
import { course as en } from './catalogues/course.en.ts';
import { course as zhCN } from './catalogues/course.zhCN.ts';
import type { Translation } from './catalogues/translation.ts';
import type { Locale } from './locale.ts';

export type CourseWords = Translation<typeof en>;

/** The `course` catalogue of `locale`. */
export function courseWords(locale: Locale): CourseWords {
  return locale === 'zh-CN' ? zhCN : en;
}

// English records for outputs that do not take a language yet (report, notices).
export const TREATMENT_LABEL = en.treatmentType;
export const TREATMENT_SHORT = en.treatmentShort;
export const LR_TR_LABEL = en.lrTr.category;
export const LR_TR_SHORT = en.lrTr.short;
export const LR_TR_VERSION_LABEL = en.lrTr.version;
export const LR_TR_FEATURE_LABEL = en.lrTr.feature;
export const MARKER_LABEL = en.marker;

/** "cTACE (doxorubicin)", "常规 TACE（cTACE）（多柔比星）": a treatment with its drug when one is named. */
export function treatmentText(treatment: { type: TreatmentType; drug?: string | undefined }, locale: Locale = 'en'): string {
  const words = courseWords(locale);
  const name = words.treatmentType[treatment.type];
  return treatment.drug ? words.withDrug.replace('{{treatment}}', name).replace('{{drug}}', treatment.drug) : name;
}

/** A marker's change from its baseline value with its sign: "−75.0%", "+12.5%", "±0.0%" (the catalogue words around it). */
export function signedPct(changePct: number): string {
  return `${changePct > 0 ? '+' : changePct < 0 ? '−' : '±'}${Math.abs(changePct).toFixed(1)}%`;
}
