/**
 * Keeps the treatments' lesion ids in step with the lesions: a file naming a
 * lesion that does not exist is invalid (FORMAT.md), so renaming or deleting a
 * lesion must carry the change to every treatment that names it.
 */
import type { Assessment } from '../assessment/types.ts';

/** The assessment with lesion `fromId` renamed to `toId` in the treatments, or removed from them when `toId` is null. */
export function renameTreatedLesion(assessment: Assessment, fromId: string, toId: string | null): Assessment {
  if (!assessment.treatments?.some((t) => t.lesionIds?.includes(fromId))) return assessment;
  const treatments = assessment.treatments.map((treatment) => {
    if (!treatment.lesionIds?.includes(fromId)) return treatment;
    const lesionIds = treatment.lesionIds.flatMap((id) => (id !== fromId ? [id] : toId === null ? [] : [toId]));
    return { ...treatment, lesionIds: [...new Set(lesionIds)] };
  });
  return { ...assessment, treatments };
}
