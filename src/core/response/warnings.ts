/**
 * Warnings about the choice of target lesions at baseline. They never stop the
 * evaluation: every target is still summed (spec, Options).
 * Sources: rule book §1.2 (at most 5 targets, 2 per organ; measurable ≥ 10 mm),
 * §1.6 and §2 (a target node needs ≥ 15 mm short axis under RECIST 1.1 and
 * mRECIST; under mRECIST a porta-hepatis node is malignant only from 20 mm).
 */
import type { ResolvedOptions } from '../assessment/options.ts';
import type { Lesion, Timepoint } from '../assessment/types.ts';
import { message, type Message } from '../messages.ts';
import type { CriteriaRules } from './criteriaRules.ts';
import { mmAmount } from './format.ts';
import { diameterField, isPortaHepatis } from './lesionValues.ts';
import { mmToCentiMm } from './sums.ts';

/** A node is a measurable (target) lesion from 15 mm short axis (RECIST 1.1, §2). */
export const MEASURABLE_NODE_SHORT_AXIS_MM = 15;
/** mRECIST: a porta-hepatis node is malignant only from 20 mm short axis (§1.6). */
export const PORTA_HEPATIS_NODE_MIN_SHORT_AXIS_MM = 20;

/** Too many targets in total or in one organ. */
export function targetCountWarnings(targets: readonly Lesion[], options: ResolvedOptions): Message[] {
  const warnings: Message[] = [];
  if (targets.length > options.maxTargetsTotal) {
    warnings.push(message('too-many-targets', { count: targets.length, max: options.maxTargetsTotal }));
  }
  const byOrgan = new Map<string, string[]>();
  for (const lesion of targets) {
    const organ = lesion.organ.trim().toLowerCase();
    byOrgan.set(organ, [...(byOrgan.get(organ) ?? []), lesion.id]);
  }
  for (const [organ, ids] of byOrgan) {
    if (ids.length > options.maxTargetsPerOrgan) {
      warnings.push(message('too-many-targets-in-organ', { count: ids.length, organ, lesionIds: ids, max: options.maxTargetsPerOrgan }));
    }
  }
  return warnings;
}

/** The smallest size a baseline target may have, and what kind of target it is. */
function minimumSize(lesion: Lesion, rules: CriteriaRules, options: ResolvedOptions) {
  if (diameterField(lesion, rules) !== 'shortAxisMm') return { minMm: options.minMeasurableMm, what: 'lesion' } as const;
  if (rules.hccRules && isPortaHepatis(lesion)) return { minMm: PORTA_HEPATIS_NODE_MIN_SHORT_AXIS_MM, what: 'porta-hepatis-node' } as const;
  return { minMm: MEASURABLE_NODE_SHORT_AXIS_MM, what: 'node' } as const;
}

/** Baseline targets that are not measurable, or have no usable baseline finding. */
export function baselineTargetWarnings(
  targets: readonly Lesion[],
  baselineId: string,
  rules: CriteriaRules,
  options: ResolvedOptions,
): Message[] {
  const warnings: Message[] = [];
  for (const lesion of targets) {
    const finding = lesion.findings[baselineId];
    const field = diameterField(lesion, rules);
    // A missing or not-evaluable baseline finding is reported with the baseline sum (evaluate.ts).
    if (!finding || finding.status === 'not-evaluable') continue;
    const sizeMm = finding[field];
    const status = finding.status;
    if ((status === 'too-small' || status === 'absent') && !sizeMm) {
      warnings.push(message('baseline-target-not-measured', { lesionId: lesion.id, status, baselineId }));
      continue;
    }
    if (sizeMm === undefined) continue;
    const { minMm, what } = minimumSize(lesion, rules, options);
    if (mmToCentiMm(sizeMm) < mmToCentiMm(minMm)) {
      warnings.push(
        message('baseline-target-too-small', { lesionId: lesion.id, size: mmAmount(sizeMm), field, baselineId, min: mmAmount(minMm), what }),
      );
    }
  }
  return warnings;
}

/** New lesions with findings at or before the baseline, where they cannot be new. */
export function newLesionBaselineWarnings(newLesions: readonly Lesion[], upToBaseline: readonly Timepoint[]): Message[] {
  return newLesions.flatMap((lesion) =>
    upToBaseline
      .filter((timepoint) => lesion.findings[timepoint.id] !== undefined)
      .map((timepoint) => message('new-lesion-at-baseline', { lesionId: lesion.id, timepointId: timepoint.id })),
  );
}
