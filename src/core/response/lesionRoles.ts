/**
 * The role each lesion plays under the chosen criteria.
 *
 * A lesion recorded as a target is assessed as a non-target, with a warning, when
 * - it is a portal-vein thrombus: non-measurable, never a target (rule book §1.6);
 * - under mRECIST or EASL, `enhancingAtBaseline` is false: these criteria measure
 *   arterially enhancing tumour only, so a non-enhancing lesion cannot be a target
 *   (rule book §1.2, EC-24). Under RECIST 1.1 it stays a target.
 * Its target statuses then read as non-target ones (measured / too-small → persists).
 */
import type { Lesion } from '../assessment/types.ts';
import { message, type Message } from '../messages.ts';
import type { CriteriaRules } from './criteriaRules.ts';

/** Lesions split by the role they play in the evaluation. */
export interface LesionGroups {
  targets: Lesion[];
  nonTargets: Lesion[];
  newLesions: Lesion[];
  warnings: Message[];
}

/** Splits `lesions` into targets, non-targets and new lesions for `rules`. */
export function groupLesions(lesions: readonly Lesion[], rules: CriteriaRules): LesionGroups {
  const groups: LesionGroups = { targets: [], nonTargets: [], newLesions: [], warnings: [] };
  for (const lesion of lesions) {
    if (lesion.role === 'new') groups.newLesions.push(lesion);
    else if (lesion.role === 'non-target') groups.nonTargets.push(lesion);
    else if (lesion.kind === 'portal-vein-thrombus') {
      groups.nonTargets.push(lesion);
      groups.warnings.push(message('target-is-portal-vein-thrombus', { lesionId: lesion.id }));
    } else if (rules.viableTumourOnly && lesion.enhancingAtBaseline === false) {
      groups.nonTargets.push(lesion);
      groups.warnings.push(message('target-not-enhancing', { lesionId: lesion.id, criteria: rules.criteria }));
    } else groups.targets.push(lesion);
  }
  return groups;
}
