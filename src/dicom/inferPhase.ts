import type { PhaseSource } from '../core';
import { secondsBetween } from './dicomTime';

/** Contrast phase of a CT/MR acquisition, as far as the header tells. */
export type ContrastPhase = 'non-contrast' | 'arterial' | 'portal-venous' | 'delayed' | 'unknown';

/** Which header evidence decided the phase. */
export type PhaseEvidence = 'ContrastBolusAgentPhase' | 'SeriesDescription' | 'bolusTiming' | 'ContrastBolusAgent' | 'none';

/** A phase with the reason it was inferred, for the reader to check. */
export interface PhaseInference {
  phase: ContrastPhase;
  evidence: PhaseEvidence;
  /** What decided it, for the reader ("SeriesDescription keyword 'ART'", "bolus delay 35 s" once worded). */
  source: PhaseSource;
}

/** The header fields the inference looks at (a subset of `InstanceHeader`). */
export interface PhaseInput {
  Modality?: string;
  ContrastBolusAgentPhase?: string;
  SeriesDescription?: string;
  /** DICOM TM. */
  ContrastBolusStartTime?: string;
  /** DICOM TM of the acquisition (for a stack, its first slice). */
  AcquisitionTime?: string;
  ContrastBolusAgent?: string;
}

// PS3.3 C.7.6.4b defined terms. POST_CONTRAST, IMMEDIATE and DYNAMIC say contrast
// was given but not which phase, so they defer to weaker evidence.
const AGENT_PHASE: Record<string, ContrastPhase> = {
  PRE_CONTRAST: 'non-contrast',
  ARTERIAL: 'arterial',
  CAPILLARY: 'arterial',
  VENOUS: 'portal-venous',
  PORTAL_VENOUS: 'portal-venous',
  DELAYED: 'delayed',
  STEADY_STATE: 'delayed',
};

// Whole Latin tokens only, so that "PARTIAL" or "PREP" match nothing.
const LATIN_KEYWORDS: Record<string, ContrastPhase> = {
  art: 'arterial', arterial: 'arterial', ap: 'arterial', hap: 'arterial', lap: 'arterial', eap: 'arterial',
  pv: 'portal-venous', pvp: 'portal-venous', portal: 'portal-venous', venous: 'portal-venous', ven: 'portal-venous',
  portovenous: 'portal-venous',
  delay: 'delayed', delayed: 'delayed', equilibrium: 'delayed', eq: 'delayed', late: 'delayed',
  nc: 'non-contrast', non: 'non-contrast', noncontrast: 'non-contrast', noncon: 'non-contrast', plain: 'non-contrast',
  pre: 'non-contrast', precontrast: 'non-contrast', unenhanced: 'non-contrast', native: 'non-contrast',
};
// Chinese has no word breaks, so these match as substrings; none contains another phase's keyword.
const CJK_KEYWORDS: ReadonlyArray<[string, ContrastPhase]> = [
  ['动脉', 'arterial'],
  ['门静脉', 'portal-venous'],
  ['门脉', 'portal-venous'],
  ['静脉期', 'portal-venous'],
  ['延迟', 'delayed'],
  ['平衡期', 'delayed'],
  ['平扫', 'non-contrast'],
];
// "late" alone means the late (delayed) phase, but "late arterial" is arterial.
const WEAK_KEYWORDS = new Set(['late']);

/** Seconds after bolus start: arterial ~15–45 s, portal venous ~50–100 s, delayed > 120 s; boundaries split the gaps. */
const ARTERIAL_FROM_S = 10;
const PORTAL_VENOUS_FROM_S = 48;
const DELAYED_FROM_S = 110;

function fromDescription(description: string): PhaseInference | undefined {
  const hits = new Map<ContrastPhase, string>();
  const weak = new Map<ContrastPhase, string>();
  for (const token of description.match(/[A-Za-z]+/g) ?? []) {
    const phase = LATIN_KEYWORDS[token.toLowerCase()];
    if (phase) (WEAK_KEYWORDS.has(token.toLowerCase()) ? weak : hits).set(phase, token);
  }
  for (const [keyword, phase] of CJK_KEYWORDS) if (description.includes(keyword) && !hits.has(phase)) hits.set(phase, keyword);
  const found = hits.size ? hits : weak;
  const only = found.size === 1 ? [...found][0] : undefined;
  if (!only) return undefined;
  const [phase, keyword] = only;
  return { phase, evidence: 'SeriesDescription', source: { code: 'description-keyword', keyword } };
}

function fromTiming(delayS: number): PhaseInference {
  const source: PhaseSource = { code: 'bolus-delay', seconds: Math.round(delayS) };
  if (delayS < 0) return { phase: 'non-contrast', evidence: 'bolusTiming', source: { code: 'before-bolus', seconds: Math.round(-delayS) } };
  if (delayS < ARTERIAL_FROM_S) return { phase: 'unknown', evidence: 'bolusTiming', source: { code: 'bolus-too-early', seconds: Math.round(delayS) } };
  if (delayS < PORTAL_VENOUS_FROM_S) return { phase: 'arterial', evidence: 'bolusTiming', source };
  if (delayS < DELAYED_FROM_S) return { phase: 'portal-venous', evidence: 'bolusTiming', source };
  return { phase: 'delayed', evidence: 'bolusTiming', source };
}

/**
 * Infers the contrast phase from, in order: ContrastBolusAgentPhase, SeriesDescription
 * keywords (English and Chinese), the delay from ContrastBolusStartTime to
 * AcquisitionTime, and whether a ContrastBolusAgent is recorded. Conflicting
 * keywords (e.g. "ART PV") count as no keyword.
 */
export function inferPhase(input: PhaseInput): PhaseInference {
  if (input.Modality && !['CT', 'MR'].includes(input.Modality)) {
    return { phase: 'unknown', evidence: 'none', source: { code: 'modality-without-phases', modality: input.Modality } };
  }
  const agentPhaseTerm = input.ContrastBolusAgentPhase?.trim().toUpperCase();
  const agentPhase = agentPhaseTerm ? AGENT_PHASE[agentPhaseTerm] : undefined;
  if (agentPhase && agentPhaseTerm) return { phase: agentPhase, evidence: 'ContrastBolusAgentPhase', source: { code: 'agent-phase', term: agentPhaseTerm } };

  const described = input.SeriesDescription ? fromDescription(input.SeriesDescription) : undefined;
  if (described) return described;

  const delayS = secondsBetween(input.ContrastBolusStartTime, input.AcquisitionTime);
  if (delayS !== undefined) return fromTiming(delayS);

  const agent = input.ContrastBolusAgent?.trim();
  const agentGiven = agent && !/^(none|no|n\/?a|-)$/i.test(agent);
  if (agentGiven) return { phase: 'unknown', evidence: 'ContrastBolusAgent', source: { code: 'agent-without-phase', agent } };
  if (agentPhaseTerm) return { phase: 'unknown', evidence: 'ContrastBolusAgentPhase', source: { code: 'agent-phase-unnamed', term: agentPhaseTerm } };
  return {
    phase: 'non-contrast',
    evidence: 'ContrastBolusAgent',
    source: agent ? { code: 'agent', agent } : { code: 'no-agent' },
  };
}
