/**
 * Non-target response at one timepoint (qualitative, never measured).
 * Rule book §1.5: CR = viable enhancement (RECIST 1.1: the lesion) gone from all;
 * NonCR/NonPD (mRECIST IR/SD) = persists in one or more; PD = unequivocal
 * progression, a reader judgement taken from `status`. Any lesion not evaluated
 * makes the response NE unless another one is PD.
 * §1.6 / §2: an effusion's progression is PD only with positive cytology; under
 * RECIST 1.1 a node below 10 mm short axis is normal (counts as gone).
 */
import type { Lesion } from '../assessment/types.ts';
import type { CriteriaRules } from './criteriaRules.ts';
import { listIds } from './format.ts';
import { NORMAL_NODE_SHORT_AXIS_MM, diameterField, isLymphNode } from './lesionValues.ts';
import { mmToCentiMm } from './sums.ts';
import type { NonTargetResponse } from './types.ts';

type LesionState = 'gone' | 'persists' | 'progression' | 'not-evaluated';

/** The non-target response with its reasons and warnings. */
export interface NonTargetResult {
  response: NonTargetResponse;
  reasons: string[];
  warnings: string[];
}

/** The state of one non-target (or demoted target) lesion at a timepoint. */
function lesionState(lesion: Lesion, timepointId: string, rules: CriteriaRules): { state: LesionState; warning?: string } {
  const finding = lesion.findings[timepointId];
  if (!finding) return { state: 'not-evaluated' };
  const recistNormalNode =
    rules.criteria === 'RECIST1.1' &&
    isLymphNode(lesion) &&
    finding.shortAxisMm !== undefined &&
    mmToCentiMm(finding.shortAxisMm) < mmToCentiMm(NORMAL_NODE_SHORT_AXIS_MM);
  switch (finding.status) {
    case 'not-evaluable':
      return { state: 'not-evaluated' };
    case 'absent':
      return { state: 'gone' };
    case 'unequivocal-progression':
      if (lesion.kind === 'effusion' && finding.cytology !== 'positive') {
        return {
          state: 'persists',
          warning: `non-target effusion ${lesion.id} progressed at ${timepointId} without positive cytology: not counted as PD (cytology is required)`,
        };
      }
      return { state: 'progression' };
    case 'present':
    case 'too-small':
      return { state: recistNormalNode ? 'gone' : 'persists' };
    case 'measured':
    case 'equivocal':
    case undefined: {
      if (recistNormalNode) return { state: 'gone' };
      // A target demoted for lack of enhancement may carry only whole-lesion sizes.
      const value = finding[diameterField(lesion, rules)] ?? finding.longestDiameterMm ?? finding.shortAxisMm;
      if (value === undefined) return { state: finding.status === 'measured' ? 'persists' : 'not-evaluated' };
      return { state: mmToCentiMm(value) > 0 ? 'persists' : 'gone' };
    }
  }
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
  const byState: Record<LesionState, string[]> = { gone: [], persists: [], progression: [], 'not-evaluated': [] };
  const warnings: string[] = [];
  for (const lesion of lesions) {
    const { state, warning } = lesionState(lesion, timepointId, rules);
    byState[state].push(lesion.id);
    if (warning) warnings.push(warning);
  }
  const viable = rules.viableTumourOnly ? 'viable (enhancing) tumour' : 'disease';
  if (byState.progression.length > 0) {
    const one = byState.progression.length === 1;
    return {
      response: 'PD',
      reasons: [`non-target ${one ? 'lesion' : 'lesions'} ${listIds(byState.progression)} ${one ? 'shows' : 'show'} unequivocal progression: PD`],
      warnings,
    };
  }
  if (previousOverallCr !== null && byState.persists.length > 0) {
    return {
      response: 'PD',
      reasons: [`${viable} reappeared in non-target ${listIds(byState.persists)} after the overall CR at ${previousOverallCr}: PD`],
      warnings,
    };
  }
  if (byState['not-evaluated'].length > 0) {
    return {
      response: 'NE',
      reasons: [`non-target ${listIds(byState['not-evaluated'])} not evaluated at ${timepointId}: non-target NE`],
      warnings,
    };
  }
  if (byState.persists.length > 0) {
    const label = rules.criteria === 'mRECIST' ? 'IR/SD (NonCR/NonPD)' : 'NonCR/NonPD';
    return { response: 'NonCR/NonPD', reasons: [`${viable} persists in non-target ${listIds(byState.persists)}: ${label}`], warnings };
  }
  return { response: 'CR', reasons: [`${viable} gone from all non-target lesions: non-target CR`], warnings };
}
