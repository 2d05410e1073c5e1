/**
 * Editing the treatment course: treatment events and tumour marker values. Each
 * change is one undo step (`editReading`) and is checked by the format's own
 * rules first, so that what the reader typed is either kept whole or refused
 * with the located reason (the form keeps the input); nothing invalid reaches
 * the saved assessment.
 */
import { parseAssessment, type Assessment, type AssessmentProblem, type MarkerValue, type NoticeMessage, type Treatment } from '../core';
import type { AppStore } from '../store';

/** Either done, or the reasons it was refused, located within the entry (`date`: `realDate`). */
export type CourseEditResult = { ok: true } | { ok: false; problems: AssessmentProblem[] };

type CourseList = 'treatments' | 'markers';

const byDate = <T extends { date: string }>(list: readonly T[]) => [...list].sort((a, b) => a.date.localeCompare(b.date));

/**
 * The format's problems with entry `index` of `list` in `candidate`, located within
 * the entry (`['treatments', 2, 'date']` → `['date']`): other problems of the reading
 * are not the entry's to fix (they are shown by the response panel).
 */
function entryProblems(candidate: Assessment, list: CourseList, index: number): AssessmentProblem[] {
  const parsed = parseAssessment(candidate);
  if (parsed.ok) return [];
  return parsed.problems.filter(({ path }) => path[0] === list && path[1] === index).map((problem) => ({ ...problem, path: problem.path.slice(2) }));
}

/** Puts `entry` in `list` (replacing `replaceIndex` when given), sorted by date, if the format accepts it. */
function saveEntry<L extends CourseList>(store: AppStore, list: L, entry: NonNullable<Assessment[L]>[number], replaceIndex?: number): CourseEditResult {
  const assessment = store.getState().assessment;
  if (!assessment) throw new Error('no assessment is open');
  const current = [...((assessment[list] ?? []) as NonNullable<Assessment[L]>)];
  const index = replaceIndex ?? current.length;
  current[index] = entry;
  const problems = entryProblems({ ...assessment, [list]: current }, list, index);
  if (problems.length > 0) return { ok: false, problems };
  store.getState().editReading(({ assessment: open }) => (open ? { assessment: { ...open, [list]: byDate(current) } } : {}));
  return { ok: true };
}

/** Removes entry `index` of `list` and says so, offering Undo; the list goes when it is empty. */
function removeEntry<L extends CourseList>(store: AppStore, list: L, index: number, describe: (entry: NonNullable<Assessment[L]>[number]) => NoticeMessage): void {
  const assessment = store.getState().assessment;
  const entries = assessment?.[list] as NonNullable<Assessment[L]> | undefined;
  const removed = entries?.[index];
  if (!assessment || !entries || !removed) return;
  store.getState().editReading(() => {
    const rest = entries.filter((_: unknown, i: number) => i !== index);
    const next: Assessment = { ...assessment, [list]: rest };
    if (rest.length === 0) delete next[list];
    return { assessment: next };
  });
  store.getState().notify({ messages: [describe(removed)], actions: [{ kind: 'undo' }] });
}

/** Adds a treatment event (date, type, treated lesions, drug, note). */
export function addTreatment(store: AppStore, treatment: Treatment): CourseEditResult {
  return saveEntry(store, 'treatments', treatment);
}

/** Replaces treatment `index` (in the assessment's order, which is by date). */
export function updateTreatment(store: AppStore, index: number, treatment: Treatment): CourseEditResult {
  return saveEntry(store, 'treatments', treatment, index);
}

export function deleteTreatment(store: AppStore, index: number): void {
  removeEntry(store, 'treatments', index, (t) => ({ code: 'treatment-removed', type: t.type, drug: t.drug, date: t.date }));
}

/** Adds a tumour marker value; its unit is always the marker's own. */
export function addMarkerValue(store: AppStore, value: MarkerValue): CourseEditResult {
  return saveEntry(store, 'markers', value);
}

export function deleteMarkerValue(store: AppStore, index: number): void {
  removeEntry(store, 'markers', index, (m) => ({ code: 'marker-removed', marker: m.marker, date: m.date, value: m.value, unit: m.unit }));
}
