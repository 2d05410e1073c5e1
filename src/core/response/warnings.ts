/**
 * Warnings about the choice of target lesions at baseline. They never stop the
 * evaluation: every target is still summed (spec, Options).
 * Sources: rule book §1.2 (at most 5 targets, 2 per organ; measurable ≥ 10 mm),
 * §2 (RECIST 1.1 target nodes need ≥ 15 mm short axis).
 */
import type { ResolvedOptions } from '../assessment/options.ts';
import type { Lesion, Timepoint } from '../assessment/types.ts';
import type { CriteriaRules } from './criteriaRules.ts';
import { formatMm, listIds } from './format.ts';
import { diameterField } from './lesionValues.ts';
import { mmToCentiMm } from './sums.ts';

/** RECIST 1.1: a node is a measurable (target) lesion from 15 mm short axis. */
export const MEASURABLE_NODE_SHORT_AXIS_MM = 15;

/** Too many targets in total or in one organ. */
export function targetCountWarnings(targets: readonly Lesion[], options: ResolvedOptions): string[] {
  const warnings: string[] = [];
  if (targets.length > options.maxTargetsTotal) {
    warnings.push(`${targets.length} target lesions, more than the ${options.maxTargetsTotal} allowed in total (all are still summed)`);
  }
  const byOrgan = new Map<string, string[]>();
  for (const lesion of targets) {
    const organ = lesion.organ.trim().toLowerCase();
    byOrgan.set(organ, [...(byOrgan.get(organ) ?? []), lesion.id]);
  }
  for (const [organ, ids] of byOrgan) {
    if (ids.length > options.maxTargetsPerOrgan) {
      warnings.push(
        `${ids.length} target lesions in ${organ} (${listIds(ids)}), more than the ${options.maxTargetsPerOrgan} allowed per organ (all are still summed)`,
      );
    }
  }
  return warnings;
}

/** Baseline targets that are not measurable, or have no usable baseline finding. */
export function baselineTargetWarnings(
  targets: readonly Lesion[],
  baselineId: string,
  rules: CriteriaRules,
  options: ResolvedOptions,
): string[] {
  const warnings: string[] = [];
  for (const lesion of targets) {
    const finding = lesion.findings[baselineId];
    const field = diameterField(lesion, rules);
    // A missing or not-evaluable baseline finding is reported with the baseline sum (evaluate.ts).
    if (!finding || finding.status === 'not-evaluable') continue;
    const sizeMm = finding[field];
    if (sizeMm === undefined) {
      if (finding.status === 'too-small' || finding.status === 'absent') {
        warnings.push(`target ${lesion.id} is recorded ${finding.status} at baseline ${baselineId}: a target must be measurable`);
      }
      continue;
    }
    const minMm = field === 'shortAxisMm' ? MEASURABLE_NODE_SHORT_AXIS_MM : options.minMeasurableMm;
    if (mmToCentiMm(sizeMm) < mmToCentiMm(minMm)) {
      warnings.push(
        `target ${lesion.id} measures ${formatMm(sizeMm)} (${field}) at baseline ${baselineId}, below the ${formatMm(minMm)} minimum for a measurable ${field === 'shortAxisMm' ? 'node' : 'lesion'}`,
      );
    }
  }
  return warnings;
}

/** New lesions with findings at or before the baseline, where they cannot be new. */
export function newLesionBaselineWarnings(newLesions: readonly Lesion[], upToBaseline: readonly Timepoint[]): string[] {
  return newLesions.flatMap((lesion) =>
    upToBaseline
      .filter((timepoint) => lesion.findings[timepoint.id] !== undefined)
      .map((timepoint) => `new lesion ${lesion.id} has a finding at ${timepoint.id}, not after the baseline: that finding is ignored`),
  );
}
