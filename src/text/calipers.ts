/**
 * Words for calipers and for the engine's notes about them, in each language.
 * A note is data from core (code + lesion, timepoint, phase…) worded here, like
 * core's messages in en.ts / zhCN.ts.
 */
import { ARTERIAL_SUBTRACTION_PHASE, type MeasurementKind, type MeasurementNote } from '../core/index.ts';
import { UI_EN } from './catalogues/index.ts';
import type { Locale } from './locale.ts';
import { translator } from './translator.ts';

const KIND_LABELS: Readonly<Record<Locale, Readonly<Record<MeasurementKind, string>>>> = {
  en: { viable: 'viable Ø', whole: 'whole Ø', 'short-axis': 'short axis', 'viable-bidirectional': 'EASL ⟂' },
  'zh-CN': { viable: '存活 Ø', whole: '全病灶 Ø', 'short-axis': '短径', 'viable-bidirectional': 'EASL ⟂' },
};

/** The caliper kinds in English, for outputs that do not take a language yet. */
export const KIND_LABEL = KIND_LABELS.en;

/** A caliper kind as the caliper list and notes name it ("viable Ø", "存活 Ø"). */
export function kindLabel(kind: MeasurementKind, locale: Locale): string {
  return KIND_LABELS[locale][kind];
}

/** Series phases in Chinese; English shows the phase code as it is (e2e tests and readers know "portal-venous"). */
const PHASE_ZH: Readonly<Record<string, string>> = {
  arterial: '动脉期',
  'arterial-subtraction': '动脉期减影',
  'portal-venous': '门静脉期',
  delayed: '延迟期',
  'non-contrast': '平扫',
  unknown: '期相未知',
};

/** The phase a caliper was drawn on, in the reader's words. */
export function phaseText(phase: string, locale: Locale): string {
  return locale === 'en' ? phase : (PHASE_ZH[phase] ?? phase);
}

type NoteSentences = (note: MeasurementNote, at: string) => string;

const NOTE_SENTENCES: Readonly<Record<Locale, { at: (lesionId: string, timepoint: string) => string; sentence: NoteSentences }>> = {
  en: {
    at: (lesionId, timepoint) => `${lesionId} at ${timepoint}`,
    sentence: (note, at) => {
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
          return `${at}: ${note.count} ${KIND_LABELS.en[note.kind]} calipers, none counted until you choose: fragments of one lesion, or separate lesions.`;
      }
    },
  },
  'zh-CN': {
    at: (lesionId, timepoint) => `${lesionId}（${timepoint}）`,
    sentence: (note, at) => {
      switch (note.code) {
        case 'orphan':
          return `${at}的一条测量线所属的病灶或时间点已不存在，不计入。`;
        case 'uncalibrated':
          return `${at}：图像没有像素间距，测量线以像素为单位，不计入。`;
        case 'not-arterial':
          return `${at}：存活肿瘤直径画在${phaseText(note.phase, 'zh-CN')}序列上，不计入——${note.criteria} 在动脉期测量存活肿瘤。如该图像实为动脉期，请确认期相。`;
        case 'phase-unknown':
          return `${at}：该序列期相未知；${note.criteria} 在动脉期测量存活肿瘤——请核对。`;
        case 'several-calipers':
          return `${at}：${note.count} 条测量线（${KIND_LABELS['zh-CN'][note.kind]}），在您选择之前均不计入：是同一病灶的多个碎片，还是不同的病灶。`;
      }
    },
  },
};

/**
 * Why a caliper does not count, or what to check about it, in a sentence naming its
 * lesion and timepoint (by the labels given, in the same language). English unless
 * a language is given: the outputs that call it without one are not translated yet.
 */
export function measurementNoteText(note: MeasurementNote, timepointLabels: Record<string, string> = {}, locale: Locale = 'en'): string {
  const words = NOTE_SENTENCES[locale];
  return words.sentence(note, words.at(note.lesionId, timepointLabels[note.timepointId] ?? note.timepointId));
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
  return isNamedPhase(phase) ? translator(locale, 'common')(`phase.${phase}`) : phase.replace(/-/g, ' ');
}

const isNamedPhase = (phase: string): phase is keyof typeof UI_EN.common.phase => Object.hasOwn(UI_EN.common.phase, phase);
