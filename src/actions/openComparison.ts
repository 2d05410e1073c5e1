import { arterialStackOf, comparisonStudies, portalVenousStackOf, type AppStore, type LayoutId } from '../store';

/**
 * The comparison hangings: `prior` = the prior's and the latest study's arterial
 * series side by side (1×2); `course` = baseline, nadir, previous and latest (2×2);
 * `phases` = arterial above portal venous, prior left and latest right (2×2), to
 * read enhancement and washout at both timepoints.
 */
export type ComparisonHanging = 'prior' | 'course' | 'phases';

const LAYOUT: Record<ComparisonHanging, LayoutId> = { prior: '1x2', course: '2x2', phases: '2x2' };

/** Pane by pane (top left first), the stacks a hanging shows; empty when the patient has fewer than two studies. */
function hangingStacks(store: AppStore, hanging: ComparisonHanging): (string | undefined)[] {
  const state = store.getState();
  const prior = state.comparisonPriorId ?? undefined;
  if (hanging === 'course') return comparisonStudies(state, '2x2', prior).map((study) => arterialStackOf(state, study));
  const studies = comparisonStudies(state, '1x2', prior);
  if (studies.length < 2) return [];
  const arterial = studies.map((study) => arterialStackOf(state, study));
  return hanging === 'prior' ? arterial : [...arterial, ...studies.map((study) => portalVenousStackOf(state, study))];
}

/**
 * Opens a comparison at the lesion being read: the active lesion, or the first
 * target when none is active. Each pane lands on that lesion's slice (see
 * useComparisonSync), aligned by the reader's alignment or by the lesion's own
 * calipers at both timepoints.
 */
export function openComparison(store: AppStore, hanging: ComparisonHanging): void {
  const stacks = hangingStacks(store, hanging);
  const state = store.getState();
  if (stacks.length === 0) {
    state.notify({ messages: [{ code: 'comparison-needs-two-studies' }] });
    return;
  }
  state.setSync({ alignAtLesion: true });
  const firstTarget = state.assessment?.lesions.find((lesion) => lesion.role === 'target');
  if (!state.activeLesionId && firstTarget) state.setActiveLesion(firstTarget.id);
  store.getState().showHanging(LAYOUT[hanging], stacks);
}
