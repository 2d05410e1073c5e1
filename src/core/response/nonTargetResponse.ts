/**
 * Non-target response at one timepoint (qualitative, never measured).
 * Rule book §1.5: CR = viable enhancement (RECIST 1.1: the lesion) gone from all;
 * NonCR/NonPD (mRECIST IR/SD) = persists in one or more; PD = unequivocal
 * progression, a reader judgement taken from `status`. Any lesion not evaluated
 * makes the response NE unless another one is PD.
 * §1.6 / §2: an effusion's progression is PD only with positive cytology; where
 * nodes are measured by short axis (RECIST 1.1, mRECIST) a node below 10 mm is
 * normal (counts as gone). After an overall CR a node seen again is PD only from
 * 10 mm short axis (EORTC RECIST FAQ on new nodes), or by unequivocal progression.
 */
import type { Lesion } from '../assessment/types.ts';
import { message, type Message } from '../messages.ts';
import type { CriteriaRules } from './criteriaRules.ts';
import { NORMAL_NODE_SHORT_AXIS_MM, diameterField, isLymphNode } from './lesionValues.ts';
import { mmToCentiMm } from './sums.ts';
import type { NonTargetResponse } from './types.ts';

type LesionState = 'gone' | 'persists' | 'progression' | 'not-evaluated';

/** The non-target response with its reasons and warnings. */
export interface NonTargetResult {
  response: NonTargetResponse;
  reasons: Message[];
  warnings: Message[];
}

const belowNormalNode = (shortAxisMm: number | undefined) =>
  shortAxisMm !== undefined && mmToCentiMm(shortAxisMm) < mmToCentiMm(NORMAL_NODE_SHORT_AXIS_MM);

/** The state of one non-target (or demoted target) lesion at a timepoint. */
function lesionState(lesion: Lesion, timepointId: string, rules: CriteriaRules): { state: LesionState; warning?: Message } {
  const finding = lesion.findings[timepointId];
  if (!finding) return { state: 'not-evaluated' };
  const normalNode = rules.nodesByShortAxis && isLymphNode(lesion) && belowNormalNode(finding.shortAxisMm);
  switch (finding.status) {
    case 'not-evaluable':
      return { state: 'not-evaluated' };
    case 'absent':
      return { state: 'gone' };
    case 'unequivocal-progression':
      if (lesion.kind === 'effusion' && finding.cytology !== 'positive') {
        return { state: 'persists', warning: message('effusion-progression-without-cytology', { lesionId: lesion.id, timepointId }) };
      }
      return { state: 'progression' };
    case 'present':
    case 'too-small':
      return { state: normalNode ? 'gone' : 'persists' };
    case 'measured':
    case 'equivocal':
    case undefined: {
      if (normalNode) return { state: 'gone' };
      // A target demoted for lack of enhancement may carry only whole-lesion sizes.
      const value = finding[diameterField(lesion, rules)] ?? finding.longestDiameterMm ?? finding.shortAxisMm;
      if (value === undefined) return { state: finding.status === 'measured' ? 'persists' : 'not-evaluated' };
      return { state: mmToCentiMm(value) > 0 ? 'persists' : 'gone' };
    }
  }
}

/** A node seen again counts as reappeared disease only from 10 mm short axis; other lesions whenever present. */
function countsAsReappeared(lesion: Lesion, timepointId: string): boolean {
  if (!isLymphNode(lesion)) return true;
  const shortAxisMm = lesion.findings[timepointId]?.shortAxisMm;
  return shortAxisMm !== undefined && !belowNormalNode(shortAxisMm);
}

/**
 * Evaluates the non-target lesions (including targets demoted to non-target) at one
 * timepoint. `previousOverallCr` names the previous timepoint when its overall
 * response was CR: tumour seen again after a definitive CR is PD (EORTC RECIST FAQ, rule book §1.9).
 */
export function evaluateNonTargets(
  lesions: readonly Lesion[],
  timepointId: string,
  rules: CriteriaRules,
  previousOverallCr: string | null = null,
): NonTargetResult {
  if (lesions.length === 0) return { response: 'NA', reasons: [], warnings: [] };
  const byState: Record<LesionState, Lesion[]> = { gone: [], persists: [], progression: [], 'not-evaluated': [] };
  const warnings: Message[] = [];
  for (const lesion of lesions) {
    const { state, warning } = lesionState(lesion, timepointId, rules);
    byState[state].push(lesion);
    if (warning) warnings.push(warning);
  }
  const ids = (list: readonly Lesion[]) => list.map((lesion) => lesion.id);
  const { viableTumourOnly } = rules;
  if (byState.progression.length > 0) {
    return { response: 'PD', reasons: [message('non-target-pd', { lesionIds: ids(byState.progression) })], warnings };
  }
  const reasons: Message[] = [];
  if (previousOverallCr !== null && byState.persists.length > 0) {
    const reappeared = byState.persists.filter((lesion) => countsAsReappeared(lesion, timepointId));
    if (reappeared.length > 0) {
      const params = { viableTumourOnly, lesionIds: ids(reappeared), crTimepointId: previousOverallCr };
      return { response: 'PD', reasons: [message('non-target-reappeared-after-cr', params)], warnings };
    }
    const nodes = { lesionIds: ids(byState.persists), crTimepointId: previousOverallCr, minShortAxisMm: NORMAL_NODE_SHORT_AXIS_MM };
    reasons.push(message('non-target-nodes-below-pathological', nodes));
  }
  if (byState['not-evaluated'].length > 0) {
    return { response: 'NE', reasons: [...reasons, message('non-target-ne', { lesionIds: ids(byState['not-evaluated']), timepointId })], warnings };
  }
  if (byState.persists.length > 0) {
    const persists = message('non-target-persists', { criteria: rules.criteria, lesionIds: ids(byState.persists) });
    return { response: 'NonCR/NonPD', reasons: [...reasons, persists], warnings };
  }
  return { response: 'CR', reasons: [message('non-target-cr', { viableTumourOnly })], warnings };
}
