/** Words for the treatment course outside React, from the `course` catalogue. */
import type { TreatmentType } from '../core/index.ts';
import type { Locale } from './locale.ts';
import { translator } from './translator.ts';

/** "cTACE (doxorubicin)", "常规 TACE（cTACE）（多柔比星）": a treatment with its drug when one is named. */
export function treatmentText(treatment: { type: TreatmentType; drug?: string | undefined }, locale: Locale = 'en'): string {
  const t = translator(locale, 'course');
  const name = t(`treatmentType.${treatment.type}`);
  return treatment.drug ? t('withDrug', { treatment: name, drug: treatment.drug }) : name;
}

/** A marker's change from its baseline value with its sign: "−75.0%", "+12.5%", "±0.0%" (the catalogue words around it). */
export function signedPct(changePct: number): string {
  return `${changePct > 0 ? '+' : changePct < 0 ? '−' : '±'}${Math.abs(changePct).toFixed(1)}%`;
}
