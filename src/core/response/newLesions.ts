/**
 * Whether a new lesion at a timepoint counts as progression.
 *
 * mRECIST (HCC rules, rule book §1.6; the spec applies them "under mRECIST"): an
 * intrahepatic parenchymal lesion needs `longestDiameterMm >= 10` with the typical
 * pattern, or, if atypical, at least 10 mm growth since it was first recorded; a
 * porta-hepatis node needs a short axis >= 20 mm.
 * Every criteria: other nodes need >= 10 mm short axis (pathological, RECIST 1.1
 * §2); an effusion needs positive cytology; any other present lesion counts
 * (RECIST 1.1 §2, which EASL follows for new lesions).
 * A detail that is not recorded is the reader's statement that it qualifies
 * (spec: "With no details, `present` is the reader's statement that it qualifies").
 * `equivocal` is recorded but never counted.
 */
import type { Finding, Lesion } from '../assessment/types.ts';
import { message, type Message, type NewLesionSummary } from '../messages.ts';
import type { CriteriaRules } from './criteriaRules.ts';
import { mmAmount } from './format.ts';
import { NORMAL_NODE_SHORT_AXIS_MM, isLymphNode, isPortaHepatis } from './lesionValues.ts';
import { mmToCentiMm } from './sums.ts';
import { PORTA_HEPATIS_NODE_MIN_SHORT_AXIS_MM } from './warnings.ts';

const NEW_LIVER_LESION_MIN_MM = 10;
const ATYPICAL_MIN_GROWTH_MM = 10;

/** The new-lesion part of a timepoint. */
export interface NewLesionResult {
  /** At least one new lesion qualifies. */
  found: boolean;
  reasons: Message[];
  warnings: Message[];
}

const atLeast = (valueMm: number, minMm: number) => mmToCentiMm(valueMm) >= mmToCentiMm(minMm);

function isPresent(finding: Finding): boolean {
  if (finding.status !== undefined) return finding.status === 'present';
  return [finding.longestDiameterMm, finding.shortAxisMm, finding.viableLongestDiameterMm].some((v) => v !== undefined && v > 0);
}

/**
 * A new lesion's size: its whole longest diameter, or, when the reader measured
 * only the viable (enhancing) diameter, that one — a new HCC enhances as a whole,
 * so its viable diameter is its size (issue 9.7).
 */
export function newLesionSizeMm(finding: Finding | undefined): number | undefined {
  return finding?.longestDiameterMm ?? finding?.viableLongestDiameterMm;
}

/** What a reason says about the lesion: organ, and the details its rule reads. */
function summarise(lesion: Lesion, finding: Finding): NewLesionSummary {
  const base = { lesionId: lesion.id, organ: lesion.organ, ...(lesion.location ? { location: lesion.location } : {}) };
  if (isLymphNode(lesion)) return { ...base, kind: 'node', ...(finding.shortAxisMm !== undefined ? { shortAxisMm: finding.shortAxisMm } : {}) };
  if (lesion.kind === 'effusion') return { ...base, kind: 'effusion', ...(finding.cytology ? { cytology: finding.cytology } : {}) };
  return {
    ...base,
    kind: 'other',
    ...(newLesionSizeMm(finding) !== undefined ? { longestDiameterMm: newLesionSizeMm(finding) } : {}),
    ...(finding.pattern ? { pattern: finding.pattern } : {}),
  };
}

/** Why a present new lesion does not qualify, or `null` when it does. */
function disqualification(lesion: Lesion, finding: Finding, history: readonly string[], rules: CriteriaRules): Message | null {
  if (lesion.kind === 'effusion') {
    return finding.cytology === 'positive' ? null : message('effusion-needs-cytology', {});
  }
  if (isLymphNode(lesion)) {
    const porta = rules.hccRules && isPortaHepatis(lesion);
    const minMm = porta ? PORTA_HEPATIS_NODE_MIN_SHORT_AXIS_MM : NORMAL_NODE_SHORT_AXIS_MM;
    if (finding.shortAxisMm === undefined || atLeast(finding.shortAxisMm, minMm)) return null;
    return message(porta ? 'porta-hepatis-node-too-small' : 'node-not-pathological', { minShortAxisMm: minMm });
  }
  const intrahepatic = lesion.organ.trim().toLowerCase() === 'liver' && (lesion.kind ?? 'parenchymal') === 'parenchymal';
  if (!rules.hccRules || !intrahepatic) return null;
  const sizeMm = newLesionSizeMm(finding);
  if (finding.pattern === 'atypical') {
    if (sizeMm === undefined) return message('atypical-needs-size', {});
    const firstId = history.find((id) => newLesionSizeMm(lesion.findings[id]) !== undefined);
    const firstMm = firstId === undefined ? sizeMm : (newLesionSizeMm(lesion.findings[firstId]) ?? sizeMm);
    if (mmToCentiMm(sizeMm) - mmToCentiMm(firstMm) >= mmToCentiMm(ATYPICAL_MIN_GROWTH_MM)) return null;
    return message('atypical-needs-growth', { minGrowthMm: ATYPICAL_MIN_GROWTH_MM, first: mmAmount(firstMm), firstTimepointId: firstId ?? null });
  }
  if (sizeMm === undefined || atLeast(sizeMm, NEW_LIVER_LESION_MIN_MM)) return null;
  return message('liver-lesion-too-small', { minMm: NEW_LIVER_LESION_MIN_MM });
}

/**
 * The new lesions at `history[history.length - 1]`; `history` lists the follow-up
 * timepoint ids in date order up to and including it (for "first recorded").
 */
export function evaluateNewLesions(newLesions: readonly Lesion[], history: readonly string[], rules: CriteriaRules): NewLesionResult {
  const timepointId = history[history.length - 1];
  const result: NewLesionResult = { found: false, reasons: [], warnings: [] };
  if (timepointId === undefined) return result;
  for (const lesion of newLesions) {
    const finding = lesion.findings[timepointId];
    if (!finding) continue;
    const summary = summarise(lesion, finding);
    if (finding.status === 'equivocal') {
      result.reasons.push(message('new-lesion-equivocal', { lesion: summary }));
      continue;
    }
    if (!isPresent(finding)) continue;
    const why = disqualification(lesion, finding, history, rules);
    if (why === null) {
      result.found = true;
      result.reasons.push(message('new-lesion-qualifies', { lesion: summary }));
    } else {
      result.reasons.push(message('new-lesion-does-not-qualify', { lesion: summary, why }));
      result.warnings.push(message('new-lesion-not-counted', { timepointId, lesion: summary, criteria: rules.criteria, why }));
    }
  }
  return result;
}
