import { lesionsNamed } from '../../core';
import type { Evaluation } from '../../store';
import { messageText } from '../../text';
import { measurementNoteText } from '../../text';

/**
 * The engine's warnings and caliper notes that concern one lesion (target limits,
 * eligibility, off-phase or uncalibrated calipers), for a marker on its row.
 */
export function lesionWarnings(evaluation: Evaluation | null, lesionId: string, timepointLabels: Record<string, string> = {}): string[] {
  if (!evaluation) return [];
  const fromNotes = evaluation.notes.filter((note) => note.lesionId === lesionId).map((note) => measurementNoteText(note, timepointLabels));
  const fromEngine = evaluation.ok ? evaluation.result.warnings.filter((warning) => lesionsNamed(warning).includes(lesionId)).map(messageText) : [];
  return [...new Set([...fromEngine, ...fromNotes])];
}
