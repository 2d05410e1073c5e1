/** Why a series has its phase (core's PhaseSource), in the reader's language. */
import type { PhaseSource } from '../core/index.ts';
import type { Locale } from './locale.ts';

const EN: { readonly [C in PhaseSource['code']]: (source: Extract<PhaseSource, { code: C }>) => string } = {
  'description-keyword': (s) => `SeriesDescription keyword '${s.keyword}'`,
  'before-bolus': (s) => `acquired ${s.seconds} s before bolus start`,
  'bolus-too-early': (s) => `bolus delay ${s.seconds} s: too early for any phase`,
  'bolus-delay': (s) => `bolus delay ${s.seconds} s`,
  'modality-without-phases': (s) => `no contrast phases for modality ${s.modality}`,
  'agent-phase': (s) => `ContrastBolusAgentPhase ${s.term}`,
  'agent-phase-unnamed': (s) => `ContrastBolusAgentPhase ${s.term} names no phase`,
  'agent-without-phase': (s) => `contrast agent '${s.agent}' recorded, phase not stated`,
  agent: (s) => `ContrastBolusAgent '${s.agent}'`,
  'no-agent': () => 'no contrast agent recorded',
  'set-by-reader': () => 'set by the reader',
};

// DICOM attribute names stay as they are: they are what the reader finds in the tag browser.
const ZH: typeof EN = {
  'description-keyword': (s) => `SeriesDescription 关键词“${s.keyword}”`,
  'before-bolus': (s) => `在对比剂注射开始前 ${s.seconds} 秒采集`,
  'bolus-too-early': (s) => `注射后延迟 ${s.seconds} 秒：早于任何期相`,
  'bolus-delay': (s) => `注射后延迟 ${s.seconds} 秒`,
  'modality-without-phases': (s) => `${s.modality} 检查没有对比增强期相`,
  'agent-phase': (s) => `ContrastBolusAgentPhase 为 ${s.term}`,
  'agent-phase-unnamed': (s) => `ContrastBolusAgentPhase ${s.term} 未指明期相`,
  'agent-without-phase': (s) => `记录了对比剂“${s.agent}”，但未注明期相`,
  agent: (s) => `ContrastBolusAgent 为“${s.agent}”`,
  'no-agent': () => '未记录对比剂',
  'set-by-reader': () => '由阅片者设定',
};

export function phaseSourceText(source: PhaseSource, locale: Locale): string {
  const words = (locale === 'zh-CN' ? ZH : EN)[source.code] as (s: PhaseSource) => string;
  return words(source);
}
