/**
 * Timepoint labels in the reader's language, from core's places: "Baseline",
 * "FU1 +42 d", "Prior −7 d" (English, as core words them for files) or 基线,
 * 随访1 +42 天, 既往 −7 天.
 */
import { englishTimepointLabel, type TimepointPlace } from '../core/index.ts';
import type { Locale } from './locale.ts';

/** The full label of a timepoint ("FU1 +42 d", "随访1 +42 天"). */
export function timepointLabel(place: TimepointPlace, locale: Locale): string {
  if (locale === 'en') return englishTimepointLabel(place);
  if (place.kind === 'baseline') return '基线';
  return place.kind === 'prior' ? `既往 \u2212${place.days} 天` : `随访${place.number} +${place.days} 天`;
}

/** The label without its days, where space is tight ("FU1", "Baseline"; "随访1", "基线"). */
export function timepointShortLabel(place: TimepointPlace, locale: Locale): string {
  const shortEnglish = place.kind === 'baseline' ? 'Baseline' : place.kind === 'prior' ? 'Prior' : `FU${place.number}`;
  if (locale === 'en') return shortEnglish;
  return place.kind === 'baseline' ? '基线' : place.kind === 'prior' ? '既往' : `随访${place.number}`;
}
