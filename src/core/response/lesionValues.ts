/**
 * What one target finding contributes to the sum under each criteria.
 *
 * Each criteria reads its own field: mRECIST `viableLongestDiameterMm`, RECIST 1.1
 * `longestDiameterMm` (non-nodal) or `shortAxisMm` (lymph nodes), EASL
 * `viableLongestDiameterMm × viablePerpendicularDiameterMm`. A recorded number always
 * wins (rule book §1.3: "if the reader gives a number, use it"), so a finding with
 * viable 0 and longest 26 is 0 under mRECIST and 26 under RECIST 1.1. Without the
 * criteria's number, `status` decides: `absent` → 0 for every criteria, `too-small`
 * → `tooSmallDefaultMm` (EASL: its square), `not-evaluable` or nothing → not evaluable.
 * `not-evaluable` wins over recorded numbers (the reader withdrew them).
 */
import type { Finding, Lesion } from '../assessment/types.ts';
import type { ResolvedOptions } from '../assessment/options.ts';
import type { CriteriaRules } from './criteriaRules.ts';
import { mmToCentiMm } from './sums.ts';

/** RECIST 1.1: a node under 10 mm short axis is normal, so it allows target CR (§2). */
export const NORMAL_NODE_SHORT_AXIS_MM = 10;

/** A target's value at a timepoint, or why it cannot be used. */
export type TargetValue =
  | { evaluable: true; units: number; gone: boolean }
  | { evaluable: false; reason: string };

/** A lymph node by kind, or by an organ named "lymph node". */
export function isLymphNode(lesion: Lesion): boolean {
  return lesion.kind === 'lymph-node' || /lymph\s*node/i.test(lesion.organ);
}

/** The field the criteria reads for a lesion's main diameter (EASL: the longest viable one). */
export function diameterField(lesion: Lesion, rules: CriteriaRules): 'viableLongestDiameterMm' | 'longestDiameterMm' | 'shortAxisMm' {
  if (rules.viableTumourOnly) return 'viableLongestDiameterMm';
  return isLymphNode(lesion) ? 'shortAxisMm' : 'longestDiameterMm';
}

function fromStatus(finding: Finding, options: ResolvedOptions, rules: CriteriaRules, missing: string): TargetValue {
  if (finding.status === 'absent') return { evaluable: true, units: 0, gone: true };
  if (finding.status === 'too-small') {
    const side = mmToCentiMm(options.tooSmallDefaultMm);
    return { evaluable: true, units: rules.criteria === 'EASL' ? side * side : side, gone: side === 0 };
  }
  return { evaluable: false, reason: missing };
}

/** The value of target `lesion` at `timepointId` in the criteria's integer units. */
export function targetValue(
  lesion: Lesion,
  timepointId: string,
  rules: CriteriaRules,
  options: ResolvedOptions,
): TargetValue {
  const finding = lesion.findings[timepointId];
  if (!finding) return { evaluable: false, reason: `${lesion.id} was not assessed at ${timepointId}` };
  if (finding.status === 'not-evaluable') return { evaluable: false, reason: `${lesion.id} is not evaluable at ${timepointId}` };

  const field = diameterField(lesion, rules);
  const recorded = finding[field];
  if (recorded === undefined) {
    return fromStatus(finding, options, rules, `${lesion.id} has no ${field} at ${timepointId}`);
  }
  const units = mmToCentiMm(recorded);
  if (rules.criteria === 'EASL') {
    if (units === 0) return { evaluable: true, units: 0, gone: true };
    const perpendicular = finding.viablePerpendicularDiameterMm;
    if (perpendicular === undefined) {
      return { evaluable: false, reason: `${lesion.id} has no viablePerpendicularDiameterMm at ${timepointId}` };
    }
    const product = units * mmToCentiMm(perpendicular);
    return { evaluable: true, units: product, gone: product === 0 };
  }
  if (field === 'shortAxisMm') {
    return { evaluable: true, units, gone: units < mmToCentiMm(NORMAL_NODE_SHORT_AXIS_MM) };
  }
  return { evaluable: true, units, gone: units === 0 };
}
