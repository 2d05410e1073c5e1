/**
 * Why a series is taken to be in its contrast phase, as data (the header field and
 * value that decided it, or the reader), so that the study browser can say it in the
 * reader's language. Words in text/phaseSources.ts.
 */
export type PhaseSource =
  | { code: 'description-keyword'; keyword: string }
  | { code: 'before-bolus'; seconds: number }
  | { code: 'bolus-too-early'; seconds: number }
  | { code: 'bolus-delay'; seconds: number }
  | { code: 'modality-without-phases'; modality: string }
  | { code: 'agent-phase'; term: string }
  | { code: 'agent-phase-unnamed'; term: string }
  | { code: 'agent-without-phase'; agent: string }
  | { code: 'agent'; agent: string }
  | { code: 'no-agent' }
  | { code: 'set-by-reader' };
