/**
 * Calendar dates of the assessment format (`YYYY-MM-DD`, no time zone).
 * Source: `src/core/assessment/FORMAT.md`, Timepoint.date.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const MS_PER_DAY = 86_400_000;

/** Milliseconds since the epoch of a `YYYY-MM-DD` date at 00:00 UTC, or `null` when it is not a real date. */
function utcMillis(isoDate: string): number | null {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const millis = Date.UTC(year, month - 1, day);
  const back = new Date(millis);
  // Date.UTC silently rolls 2026-02-30 over to March; a round trip catches it.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return millis;
}

/** True for a `YYYY-MM-DD` string naming a day that exists (2024-02-29 yes, 2026-02-29 no). */
export function isRealIsoDate(value: string): boolean {
  return utcMillis(value) !== null;
}

/** Whole days from `fromDate` to `toDate` (both `YYYY-MM-DD`); negative when `toDate` is earlier. */
export function daysBetween(fromDate: string, toDate: string): number {
  const from = utcMillis(fromDate);
  const to = utcMillis(toDate);
  if (from === null || to === null) throw new RangeError(`not a real date: ${from === null ? fromDate : toDate}`);
  return Math.round((to - from) / MS_PER_DAY);
}
