import { resolveOffset, type SeriesRef } from '../../core';
import { findStack, selectComparisonAlignments, selectIndex, viewportCount, type AppState } from '../../store';

/** Whether the panes can follow each other; the words of each but 'single' are the `viewport` catalogue's `sync.status.<status>`. */
export type AlignmentStatus = 'single' | 'same-frame' | 'aligned' | 'not-aligned';

/** Whether every pane can follow the active one (a string, so the selector result is stable). */
export function alignmentStatus(state: AppState): AlignmentStatus {
  const index = selectIndex(state);
  const refs = state.viewportStackIds.slice(0, viewportCount(state.layout)).map((stackId): SeriesRef | undefined => {
    const stack = stackId ? findStack(index, stackId)?.stack : undefined;
    return stack && { seriesInstanceUid: stack.SeriesInstanceUID, frameOfReferenceUid: stack.FrameOfReferenceUID };
  });
  const active = refs[state.activeViewportIndex] ?? refs.find(Boolean);
  const others = refs.filter((r): r is SeriesRef => r !== undefined && r !== active);
  if (!active || others.length === 0) return 'single';
  if (others.every((r) => r.frameOfReferenceUid && r.frameOfReferenceUid === active.frameOfReferenceUid)) return 'same-frame';
  const alignments = selectComparisonAlignments(state);
  return others.every((r) => resolveOffset(alignments, active, r)) ? 'aligned' : 'not-aligned';
}
