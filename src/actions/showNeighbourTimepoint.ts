import { arterialStackOf, selectShownTimepointId, selectSortedTimepoints, type AppStore } from '../store';
import { jumpToCaliper } from './jumpToCaliper';

/**
 * `[` / `]`: shows the previous or next timepoint (from the one in the active
 * pane) there: the active lesion's caliper at that timepoint when it has one,
 * else that study's arterial series, which opens at the lesion (useComparisonSync)
 * with the pane's window and scale (StackViewportController); a synchronised
 * comparison brings the other panes along.
 */
export function showNeighbourTimepoint(store: AppStore, step: -1 | 1): void {
  const state = store.getState();
  const timepoints = selectSortedTimepoints(state);
  if (timepoints.length === 0) return;
  // From the timepoint on screen, else the one chosen in the lesion table.
  const currentId = selectShownTimepointId(state) ?? state.activeTimepointId;
  const current = timepoints.findIndex((t) => t.id === currentId);
  const next = timepoints[Math.max(0, Math.min(timepoints.length - 1, (current < 0 ? 0 : current) + step))]!;
  state.setActiveTimepoint(next.id);
  const caliper = Object.values(state.measurements).find((m) => m.lesionId === state.activeLesionId && m.timepointId === next.id);
  if (caliper) {
    jumpToCaliper(store, caliper.id);
    return;
  }
  const stackId = next.studyInstanceUid ? arterialStackOf(state, next.studyInstanceUid) : undefined;
  if (stackId) state.showStack(state.activeViewportIndex, stackId);
}
