/**
 * Words for calipers and for the engine's notes about them, in each language.
 * A note is data from core (code + lesion, timepoint, phase…) worded here, like
 * core's messages in en.ts / zhCN.ts.
 */
import { ARTERIAL_SUBTRACTION_PHASE, type MeasurementKind, type MeasurementNote } from '../core/index.ts';
import { UI_EN } from './catalogues/index.ts';
import type { Locale } from './locale.ts';
import { isListed, translator } from './translator.ts';

/** A caliper kind as the caliper list, notes and the report name it ("viable Ø", "存活 Ø"). */
export function kindLabel(kind: MeasurementKind, locale: Locale): string {
  return translator(locale, 'common')(`caliperKind.${kind}`);
}

/**
 * The phase a caliper was drawn on, as the caliper list and the notes name it
 * ("portal-venous" in English, as the series is classified; 门静脉期); a phase the
 * catalogue does not know is shown as it is stored.
 */
export function phaseText(phase: string, locale: Locale): string {
  return isListed(UI_EN.common.seriesPhase, phase) ? translator(locale, 'common')(`seriesPhase.${phase}`) : phase;
}

/** The words of a note about a caliper, its lesion and timepoint already worded as `at`. */
function noteSentence(note: MeasurementNote, at: string, locale: Locale): string {
  const t = translator(locale, 'assessment');
  switch (note.code) {
    case 'orphan':
      return t('caliperNote.orphan', { at });
    case 'uncalibrated':
      return t('caliperNote.uncalibrated', { at });
    case 'not-arterial':
      return t('caliperNote.notArterial', { at, phase: phaseText(note.phase, locale), criteria: note.criteria });
    case 'phase-unknown':
      return t('caliperNote.phaseUnknown', { at, criteria: note.criteria });
    case 'several-calipers':
      return t('caliperNote.severalCalipers', { at, count: note.count, kind: kindLabel(note.kind, locale) });
  }
}

/**
 * Why a caliper does not count, or what to check about it, in a sentence naming its
 * lesion and timepoint (by the labels given, in the same language). English unless
 * a language is given.
 */
export function measurementNoteText(note: MeasurementNote, timepointLabels: Readonly<Record<string, string>> = {}, locale: Locale = 'en'): string {
  const at = translator(locale, 'assessment')('caliperNote.at', { lesionId: note.lesionId, timepoint: timepointLabels[note.timepointId] ?? note.timepointId });
  return noteSentence(note, at, locale);
}

/**
 * The words beside a caliper on the image in `locale`: its lesion, its kind and its
 * value(s) ("T1 viable 13.8 mm", "T1 存活 13.8 mm", "T1 EASL 42.0 × 30.0 mm"); no
 * lesion id while the caliper is being drawn and not filed yet.
 */
export function caliperLabelText(locale: Locale, lesionId: string | undefined, kind: MeasurementKind, values: readonly number[], unit: string): string {
  const value = `${values.map((v) => v.toFixed(1)).join(' × ')} ${unit}`;
  return [lesionId, translator(locale, 'viewport')(`caliper.kind.${kind}`), value].filter(Boolean).join(' ');
}

/**
 * The words beside a caliper shown faintly on another series of its study: its
 * lesion, kind and the phase it was drawn on ("T1 viable (arterial)", "T1 存活（动脉期）"),
 * no value — it is a reminder of where the reader measured, not a measurement of this image.
 */
export function projectedCaliperText(locale: Locale, lesionId: string, kind: MeasurementKind, phase: string): string {
  const t = translator(locale, 'viewport');
  const drawnOn = phaseWords(locale, phase.trim());
  const kindWords = t(`caliper.kind.${kind}`);
  return drawnOn ? t('caliper.projected', { lesionId, kind: kindWords, phase: drawnOn }) : `${lesionId} ${kindWords}`;
}

/** A series' phase as the reader calls it; a phase the catalogues do not know is shown as it is stored. */
function phaseWords(locale: Locale, phase: string): string {
  if (phase === ARTERIAL_SUBTRACTION_PHASE) return translator(locale, 'viewport')('caliper.arterialSubtraction');
  return isListed(UI_EN.common.phase, phase) ? translator(locale, 'common')(`phase.${phase}`) : phase.replace(/-/g, ' ');
}
