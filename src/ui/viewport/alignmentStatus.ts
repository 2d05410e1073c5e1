import { resolveOffset, type SeriesRef } from '../../core';
import { findStack, selectAlignmentLesionId, selectAlignments, selectComparisonAlignments, selectIndex, viewportCount, type AppState } from '../../store';

/** Whether the panes can follow each other; the words of each but 'single' are the `viewport` catalogue's `sync.status.<status>`. */
export type AlignmentStatus = 'single' | 'same-frame' | 'aligned' | 'not-aligned';

/** The series the panes show: the active pane's and the others'. */
function paneSeries(state: AppState): { active?: SeriesRef; others: SeriesRef[] } {
  const index = selectIndex(state);
  const refs = state.viewportStackIds.slice(0, viewportCount(state.layout)).map((stackId): SeriesRef | undefined => {
    const stack = stackId ? findStack(index, stackId)?.stack : undefined;
    return stack && { seriesInstanceUid: stack.SeriesInstanceUID, frameOfReferenceUid: stack.FrameOfReferenceUID };
  });
  const active = refs[state.activeViewportIndex] ?? refs.find(Boolean);
  return { active, others: refs.filter((r): r is SeriesRef => r !== undefined && r !== active) };
}

/** Whether every pane can follow the active one (a string, so the selector result is stable). */
export function alignmentStatus(state: AppState): AlignmentStatus {
  const { active, others } = paneSeries(state);
  if (!active || others.length === 0) return 'single';
  if (others.every((r) => r.frameOfReferenceUid && r.frameOfReferenceUid === active.frameOfReferenceUid)) return 'same-frame';
  const alignments = selectComparisonAlignments(state);
  return others.every((r) => resolveOffset(alignments, active, r)) ? 'aligned' : 'not-aligned';
}

/** `alignmentSource` when the reader's saved alignments relate every pane. */
export const SAVED_ALIGNMENT = 'saved';

/**
 * Where an 'aligned' status comes from, for the badge: SAVED_ALIGNMENT when the
 * reader's saved alignments relate every pane, else the id of the lesion whose
 * calipers do ("Aligned on T1's calipers"), '' when not aligned or unknown (a
 * string, so the selector result is stable).
 */
export function alignmentSource(state: AppState): string {
  if (alignmentStatus(state) !== 'aligned') return '';
  const { active, others } = paneSeries(state);
  const saved = selectAlignments(state);
  if (active && others.every((r) => resolveOffset(saved, active, r))) return SAVED_ALIGNMENT;
  return selectAlignmentLesionId(state) ?? '';
}
