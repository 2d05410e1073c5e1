import { lesionsNamed } from '../../core';
import type { Evaluation } from '../../store';
import { catalogueFor, measurementNoteText, renderMessage, type Locale } from '../../text';

/**
 * The engine's warnings and caliper notes that concern one lesion (target limits,
 * eligibility, off-phase or uncalibrated calipers), in `locale`, for a marker on its
 * row. Which lesions a warning concerns comes from its parameters, never its words.
 */
export function lesionWarnings(evaluation: Evaluation | null, lesionId: string, locale: Locale, timepointLabels: Record<string, string> = {}): string[] {
  if (!evaluation) return [];
  const fromNotes = evaluation.notes.filter((note) => note.lesionId === lesionId).map((note) => measurementNoteText(note, timepointLabels, locale));
  const catalogue = catalogueFor(locale);
  const fromEngine = evaluation.ok
    ? evaluation.result.warnings.filter((warning) => lesionsNamed(warning).includes(lesionId)).map((warning) => renderMessage(warning, catalogue))
    : [];
  return [...new Set([...fromEngine, ...fromNotes])];
}
