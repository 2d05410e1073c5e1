import type { Evaluation } from '../../store';
import { measurementNoteText } from './caliperWords';

function mentions(text: string, lesionId: string): boolean {
  const escaped = lesionId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\w-])${escaped}($|[^\\w-])`).test(text);
}

/**
 * The engine's warnings and caliper notes that concern one lesion (target limits,
 * eligibility, off-phase or uncalibrated calipers), for a marker on its row.
 */
export function lesionWarnings(evaluation: Evaluation | null, lesionId: string, timepointLabels: Record<string, string> = {}): string[] {
  if (!evaluation) return [];
  const fromNotes = evaluation.notes.filter((note) => note.lesionId === lesionId).map((note) => measurementNoteText(note, timepointLabels));
  const fromEngine = evaluation.ok ? evaluation.result.warnings.filter((warning) => mentions(warning, lesionId)) : [];
  return [...new Set([...fromEngine, ...fromNotes])];
}
