/**
 * What one target finding contributes to the sum under each criteria.
 *
 * Each criteria reads its own field: mRECIST `viableLongestDiameterMm`, RECIST 1.1
 * `longestDiameterMm`, EASL `viableLongestDiameterMm × viablePerpendicularDiameterMm`;
 * lymph nodes are measured by `shortAxisMm` under RECIST 1.1 and mRECIST (rule book
 * §1.6: "other nodes follow RECIST 1.1"; §2). A recorded number always wins (§1.3:
 * "if the reader gives a number, use it"), so a finding with viable 0 and longest 26
 * is 0 under mRECIST and 26 under RECIST 1.1. Without the criteria's number, `status`
 * decides: `absent` → 0 for every criteria, `too-small` → `tooSmallDefaultMm`,
 * `not-evaluable` or nothing → not evaluable. `not-evaluable` wins over recorded
 * numbers (the reader withdrew them).
 *
 * `too-small` means present (spec, Finding status): a recorded 0 with it cannot mean
 * "gone", so the default stands in for it, and EASL takes the default for whichever
 * of the two diameters is missing. A nodal target `too-small` is under 10 mm short
 * axis, i.e. normal, so it allows CR (§2).
 */
import type { Finding, Lesion } from '../assessment/types.ts';
import type { ResolvedOptions } from '../assessment/options.ts';
import { message, type MeasuredField, type Message } from '../messages.ts';
import type { CriteriaRules } from './criteriaRules.ts';
import { mmToCentiMm } from './sums.ts';

/** A node under 10 mm short axis is normal, so it allows target CR (rule book §2). */
export const NORMAL_NODE_SHORT_AXIS_MM = 10;

/** A target's value at a timepoint, or why it cannot be used. */
export type TargetValue =
  | { evaluable: true; units: number; gone: boolean }
  | { evaluable: false; reason: Message };

/** A lymph node by kind, or by an organ named "lymph node". */
export function isLymphNode(lesion: Lesion): boolean {
  return lesion.kind === 'lymph-node' || /lymph\s*node/i.test(lesion.organ);
}

const PORTA_HEPATIS = /porta[\s-]*hepatis|hepatic\s+hil(?:um|us|ar)|肝门/i;

/** A lesion at the porta hepatis (hepatic hilum), by `location` or `organ`. */
export function isPortaHepatis(lesion: Lesion): boolean {
  return PORTA_HEPATIS.test(`${lesion.location ?? ''} ${lesion.organ}`);
}

/** The field the criteria reads for a lesion's main diameter (EASL: the longest viable one). */
export function diameterField(lesion: Lesion, rules: CriteriaRules): Exclude<MeasuredField, 'viablePerpendicularDiameterMm'> {
  if (rules.nodesByShortAxis && isLymphNode(lesion)) return 'shortAxisMm';
  return rules.viableTumourOnly ? 'viableLongestDiameterMm' : 'longestDiameterMm';
}

/** A recorded diameter in integer units; with `too-small`, a recorded 0 reads as the default. */
function recordedUnits(finding: Finding, field: MeasuredField, defaultUnits: number): number | undefined {
  const value = finding[field];
  if (value === undefined) return undefined;
  const units = mmToCentiMm(value);
  return finding.status === 'too-small' && units === 0 ? defaultUnits : units;
}

/** The value of target `lesion` at `timepointId` in the criteria's integer units. */
export function targetValue(
  lesion: Lesion,
  timepointId: string,
  rules: CriteriaRules,
  options: ResolvedOptions,
): TargetValue {
  const finding = lesion.findings[timepointId];
  const where = { lesionId: lesion.id, timepointId };
  if (!finding) return { evaluable: false, reason: message('lesion-not-assessed', where) };
  if (finding.status === 'not-evaluable') return { evaluable: false, reason: message('lesion-not-evaluable', where) };

  const tooSmall = finding.status === 'too-small';
  const defaultUnits = mmToCentiMm(options.tooSmallDefaultMm);
  const field = diameterField(lesion, rules);
  let units = recordedUnits(finding, field, defaultUnits);
  if (units === undefined) {
    if (finding.status === 'absent') return { evaluable: true, units: 0, gone: true };
    if (!tooSmall) return { evaluable: false, reason: message('lesion-value-missing', { ...where, field }) };
    units = defaultUnits;
  }
  if (rules.criteria === 'EASL') {
    if (units === 0) return { evaluable: true, units: 0, gone: true };
    let perpendicular = recordedUnits(finding, 'viablePerpendicularDiameterMm', defaultUnits);
    if (perpendicular === undefined) {
      if (!tooSmall) {
        return { evaluable: false, reason: message('lesion-value-missing', { ...where, field: 'viablePerpendicularDiameterMm' }) };
      }
      perpendicular = defaultUnits;
    }
    const product = units * perpendicular;
    return { evaluable: true, units: product, gone: product === 0 };
  }
  if (field === 'shortAxisMm') {
    return { evaluable: true, units, gone: tooSmall || units < mmToCentiMm(NORMAL_NODE_SHORT_AXIS_MM) };
  }
  return { evaluable: true, units, gone: units === 0 };
}
