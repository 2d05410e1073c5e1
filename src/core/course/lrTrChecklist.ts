/**
 * What the LR-TR checklist the reader ticked implies (rule book §4): LR-TR Viable
 * is nodular, mass-like or thick irregular tissue in or along the treated
 * observation with any of arterial phase hyperenhancement, washout appearance or
 * enhancement similar to pre-treatment. The reader still chooses the category
 * (Equivocal when unsure); this only says whether the ticks meet Viable.
 */
import type { LrTrFeature } from '../assessment/types.ts';

const ENHANCEMENT: readonly LrTrFeature[] = ['arterial-phase-hyperenhancement', 'washout-appearance', 'enhancement-similar-to-pretreatment'];

/** True when the ticked criteria meet LR-TR Viable: the tissue, and at least one enhancement feature. */
export function checklistMeetsViable(features: readonly LrTrFeature[]): boolean {
  return features.includes('nodular-masslike-or-thick-irregular-tissue') && features.some((f) => ENHANCEMENT.includes(f));
}
