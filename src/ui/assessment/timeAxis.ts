import { daysBetween, type Assessment } from '../../core';

/** A calendar time axis from the first to the last date, mapped to x pixels `left`…`right`. */
export interface TimeAxis {
  firstDate: string;
  lastDate: string;
  /** x of a `YYYY-MM-DD` date. */
  x(date: string): number;
}

/**
 * Every date of the course (imaging timepoints, treatments, marker values), so
 * that the timeline strip and the sum plot share one axis and line up.
 */
export function courseDates(assessment: Pick<Assessment, 'timepoints' | 'treatments' | 'markers'>): string[] {
  return [...assessment.timepoints, ...(assessment.treatments ?? []), ...(assessment.markers ?? [])].map((entry) => entry.date);
}

/** The axis spanning `dates` (at least one day long, so a single date sits at the left); null without dates. */
export function timeAxis(dates: readonly string[], left: number, right: number): TimeAxis | null {
  const sorted = [...dates].sort();
  const firstDate = sorted[0];
  const lastDate = sorted.at(-1);
  if (firstDate === undefined || lastDate === undefined) return null;
  const spanDays = Math.max(1, daysBetween(firstDate, lastDate));
  return { firstDate, lastDate, x: (date) => left + ((right - left) * daysBetween(firstDate, date)) / spanDays };
}

/** The width (SVG user units) and side margins the timeline strip and the sum plot share, so their dates line up. */
export const COURSE_PLOT = { width: 440, left: 40, right: 400 } as const;
