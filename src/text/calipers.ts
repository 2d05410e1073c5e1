/** Words for calipers and for the engine's notes about them (English). */
import { ARTERIAL_SUBTRACTION_PHASE, type MeasurementKind, type MeasurementNote } from '../core/index.ts';
import { UI_EN } from './catalogues/index.ts';
import type { Locale } from './locale.ts';
import { uiText } from './uiText.ts';

export const KIND_LABEL: Record<MeasurementKind, string> = {
  viable: 'viable Ø',
  whole: 'whole Ø',
  'short-axis': 'short axis',
  'viable-bidirectional': 'EASL ⟂',
};

/** Why a caliper does not count, or what to check about it, in a sentence naming its lesion and timepoint. */
export function measurementNoteText(note: MeasurementNote, timepointLabels: Record<string, string> = {}): string {
  const at = `${note.lesionId} at ${timepointLabels[note.timepointId] ?? note.timepointId}`;
  switch (note.code) {
    case 'orphan':
      return `A caliper of ${at} belongs to a lesion or timepoint that no longer exists; not counted.`;
    case 'uncalibrated':
      return `${at}: the image has no pixel spacing, so the caliper is in pixels and is not counted.`;
    case 'not-arterial':
      return `${at}: viable diameter drawn on a ${note.phase} series, not counted — ${note.criteria} measures viable tumour on the arterial phase. Confirm the phase if this image is arterial.`;
    case 'phase-unknown':
      return `${at}: the phase of this series is not known; ${note.criteria} measures viable tumour on the arterial phase — check that it is.`;
    case 'several-calipers':
      return `${at}: ${note.count} ${KIND_LABEL[note.kind]} calipers, none counted until you choose: fragments of one lesion, or separate lesions.`;
  }
}

/**
 * The words beside a caliper on the image in `locale`: its lesion, its kind and its
 * value(s) ("T1 viable 13.8 mm", "T1 存活 13.8 mm", "T1 EASL 42.0 × 30.0 mm"); no
 * lesion id while the caliper is being drawn and not filed yet.
 */
export function caliperLabelText(locale: Locale, lesionId: string | undefined, kind: MeasurementKind, values: readonly number[], unit: string): string {
  const value = `${values.map((v) => v.toFixed(1)).join(' × ')} ${unit}`;
  return [lesionId, uiText(locale, 'viewport')(`caliper.kind.${kind}`), value].filter(Boolean).join(' ');
}

/**
 * The words beside a caliper shown faintly on another series of its study: its
 * lesion, kind and the phase it was drawn on ("T1 viable (arterial)", "T1 存活（动脉期）"),
 * no value — it is a reminder of where the reader measured, not a measurement of this image.
 */
export function projectedCaliperText(locale: Locale, lesionId: string, kind: MeasurementKind, phase: string): string {
  const t = uiText(locale, 'viewport');
  const drawnOn = phaseWords(locale, phase.trim());
  const kindWords = t(`caliper.kind.${kind}`);
  return drawnOn ? t('caliper.projected', { lesionId, kind: kindWords, phase: drawnOn }) : `${lesionId} ${kindWords}`;
}

/** A series' phase as the reader calls it; a phase the catalogues do not know is shown as it is stored. */
function phaseWords(locale: Locale, phase: string): string {
  if (phase === ARTERIAL_SUBTRACTION_PHASE) return uiText(locale, 'viewport')('caliper.arterialSubtraction');
  return isNamedPhase(phase) ? uiText(locale, 'common')(`phase.${phase}`) : phase.replace(/-/g, ' ');
}

const isNamedPhase = (phase: string): phase is keyof typeof UI_EN.common.phase => Object.hasOwn(UI_EN.common.phase, phase);
