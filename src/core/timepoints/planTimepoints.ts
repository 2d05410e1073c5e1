import { daysBetween } from '../assessment/dates.ts';
import type { Timepoint } from '../assessment/types.ts';
import { message, type Message } from '../messages.ts';
import { intraProceduralStudies } from './intraProcedural.ts';

/** What the planner needs to know of an imaging study. */
export interface StudySummary {
  studyInstanceUid: string;
  /** `YYYY-MM-DD`; studies without a date cannot be timepoints. */
  date: string | undefined;
  description: string;
  modalities: string[];
  /** SOP classes of its images, when known (X-ray angiography marks imaging during a procedure). */
  sopClassUids?: string[];
}

/** A study left out of the assessment, and why (the reader can include it again). */
export interface ExcludedStudy {
  studyInstanceUid: string;
  reason: Message;
}

/** Studies closer than this to the previous included one belong to the same visit (e.g. CT then MRI next day). */
export const SAME_VISIT_DAYS = 7;

/**
 * Proposes which studies become timepoints: one per visit, by date. Left out by
 * default, each with a reason shown to the reader: studies without a date,
 * intra-procedural imaging (angiography, cone-beam CT during TACE), a second
 * study on the same day (the format allows one timepoint per date) and a study
 * within {@link SAME_VISIT_DAYS} days after an included one. `forceIncluded` and
 * `forceExcluded` carry the reader's own choices and win over these defaults,
 * except that two timepoints can never share a date.
 */
export function planTimepoints(
  studies: readonly StudySummary[],
  choices: { forceIncluded?: readonly string[]; forceExcluded?: readonly string[] } = {},
): { timepoints: Timepoint[]; excluded: ExcludedStudy[] } {
  const included = new Set(choices.forceIncluded ?? []);
  const excludedByReader = new Set(choices.forceExcluded ?? []);
  const sorted = [...studies].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const timepoints: Timepoint[] = [];
  const excluded: ExcludedStudy[] = [];
  const usedDates = new Set<string>();
  let lastIncludedDate: string | undefined;
  const intraProcedural = intraProceduralStudies(studies);

  for (const study of sorted) {
    const exclude = (reason: Message) => excluded.push({ studyInstanceUid: study.studyInstanceUid, reason });
    if (!study.date) {
      exclude(message('study-without-date', {}));
      continue;
    }
    if (usedDates.has(study.date)) {
      exclude(message('study-date-taken', { date: study.date }));
      continue;
    }
    const forced = included.has(study.studyInstanceUid);
    if (excludedByReader.has(study.studyInstanceUid)) {
      exclude(message('study-left-out-by-reader', {}));
      continue;
    }
    const evidence = intraProcedural.get(study.studyInstanceUid);
    if (!forced && evidence) {
      exclude(message('study-intra-procedural', { evidence }));
      continue;
    }
    if (!forced && lastIncludedDate && daysBetween(lastIncludedDate, study.date) < SAME_VISIT_DAYS) {
      exclude(message('study-same-visit', { withinDays: SAME_VISIT_DAYS, visitDate: lastIncludedDate }));
      continue;
    }
    usedDates.add(study.date);
    lastIncludedDate = study.date;
    timepoints.push({ id: study.date, date: study.date, studyInstanceUid: study.studyInstanceUid });
  }
  return { timepoints, excluded };
}

/**
 * Where a timepoint sits in the course, as data for every language's label: the
 * baseline, a prior study `days` before it, or follow-up `number` `days` after it.
 */
export type TimepointPlace = { kind: 'baseline' } | { kind: 'prior'; days: number } | { kind: 'follow-up'; number: number; days: number };

/** Each timepoint's place relative to the baseline (the earliest when none is chosen); follow-ups numbered by date. */
export function timepointPlaces(timepoints: readonly Timepoint[], baselineId: string | undefined): Record<string, TimepointPlace> {
  const sorted = [...timepoints].sort((a, b) => a.date.localeCompare(b.date));
  const baseline = sorted.find((t) => t.id === baselineId) ?? sorted[0];
  const places: Record<string, TimepointPlace> = {};
  let followUp = 0;
  for (const timepoint of sorted) {
    if (!baseline) break;
    const days = daysBetween(baseline.date, timepoint.date);
    if (timepoint.id === baseline.id) places[timepoint.id] = { kind: 'baseline' };
    else if (days < 0) places[timepoint.id] = { kind: 'prior', days: -days };
    else places[timepoint.id] = { kind: 'follow-up', number: ++followUp, days };
  }
  return places;
}

/**
 * Reader-facing labels in English (files, CLI): "Baseline", then "FU1 +42 d",
 * "FU2 +98 d"…; timepoints before the baseline are "Prior −7 d" (the engine
 * ignores them with a warning). The UI renders `timepointPlaces` in its language.
 */
export function timepointLabels(timepoints: readonly Timepoint[], baselineId: string | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(timepointPlaces(timepoints, baselineId)).map(([id, place]) => [id, englishTimepointLabel(place)]));
}

/** One place's English label ("Baseline", "Prior −7 d", "FU1 +42 d"). */
export function englishTimepointLabel(place: TimepointPlace): string {
  if (place.kind === 'baseline') return 'Baseline';
  return place.kind === 'prior' ? `Prior \u2212${place.days} d` : `FU${place.number} +${place.days} d`;
}

/**
 * Joins the timepoints an assessment already has (restored, imported, edited) with
 * those planned from the studies now open. Existing timepoints win, whatever their
 * ids ("BL", "FU1"…); one without a study adopts the open study of its date, so a
 * caliper drawn on that study lands on it. Planned timepoints on other dates (a new
 * follow-up) are added. Sorted by date; one timepoint per date.
 */
export function linkTimepoints(existing: readonly Timepoint[], planned: readonly Timepoint[]): Timepoint[] {
  const plannedByDate = new Map(planned.map((t) => [t.date, t]));
  const linked = existing.map((timepoint) => {
    const study = plannedByDate.get(timepoint.date)?.studyInstanceUid;
    return timepoint.studyInstanceUid || !study ? timepoint : { ...timepoint, studyInstanceUid: study };
  });
  const dates = new Set(linked.map((t) => t.date));
  return [...linked, ...planned.filter((t) => !dates.has(t.date))].sort((a, b) => a.date.localeCompare(b.date));
}
