import { resolveOffset, type SeriesRef } from '../../core';
import { findStack, selectAlignmentLesionId, selectAlignments, selectComparisonAlignments, selectIndex, viewportCount, type AppState } from '../../store';

export type AlignmentStatus = 'single' | 'same-frame' | 'aligned' | 'not-aligned';

export const ALIGNMENT_STATUS_TEXT: Record<AlignmentStatus, string> = {
  single: '',
  'same-frame': 'Same Frame of Reference: synced by position',
  aligned: 'Aligned',
  'not-aligned': 'Not aligned: scroll both to the same level and press Link, or place landmarks',
};

/** Where an alignment came from, in words: the reader's saved one, or a lesion's calipers (derived, not saved). */
export const ALIGNED_SAVED_TEXT = 'Aligned (saved)';
export const alignedOnLesionText = (lesionId: string) => `Aligned on ${lesionId}'s calipers`;

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

/**
 * What the "Aligned" badge says: "Aligned (saved)" when the reader's saved
 * alignments relate every pane, else the lesion whose calipers do ("Aligned on
 * T1's calipers"); the plain status otherwise.
 */
export function alignmentText(state: AppState): string {
  const status = alignmentStatus(state);
  if (status !== 'aligned') return ALIGNMENT_STATUS_TEXT[status];
  const { active, others } = paneSeries(state);
  const saved = selectAlignments(state);
  if (active && others.every((r) => resolveOffset(saved, active, r))) return ALIGNED_SAVED_TEXT;
  const lesionId = selectAlignmentLesionId(state);
  return lesionId ? alignedOnLesionText(lesionId) : ALIGNMENT_STATUS_TEXT.aligned;
}
