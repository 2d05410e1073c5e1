/**
 * Tumour marker values over time with their change from the baseline value.
 * The baseline value of a marker is its value nearest to, and not after, the
 * baseline imaging date (the same day counts): the level the treatment started
 * from. Values before it have no change; without one, no value has.
 * Source: FORMAT.md "Treatment course", `markers`.
 */
import type { Assessment, MarkerName, MarkerValue } from '../assessment/types.ts';
import { MARKER_NAMES, MARKER_UNITS } from '../assessment/schema.ts';

/** One value of a marker; `changeFromBaselinePct` to 2 decimals, null before the baseline value or without one. */
export interface MarkerPoint {
  date: string;
  value: number;
  changeFromBaselinePct: number | null;
  isBaseline: boolean;
}

/** A marker's values by date, with its baseline value (null when none is on or before the baseline date). */
export interface MarkerTrend {
  marker: MarkerName;
  unit: string;
  baseline: { date: string; value: number } | null;
  points: MarkerPoint[];
}

/** The baseline imaging date: the chosen baseline timepoint's, or the earliest. */
export function baselineDate(assessment: Pick<Assessment, 'timepoints' | 'baseline'>): string | undefined {
  const chosen = assessment.timepoints.find((t) => t.id === assessment.baseline);
  return chosen?.date ?? [...assessment.timepoints].map((t) => t.date).sort()[0];
}

function changePct(value: number, reference: number): number {
  return Math.round(((value - reference) / reference) * 10_000) / 100;
}

/** One trend per marker that has values, in the order AFP, PIVKA-II. */
export function markerTrends(assessment: Pick<Assessment, 'timepoints' | 'baseline' | 'markers'>): MarkerTrend[] {
  const startDate = baselineDate(assessment);
  const values: readonly MarkerValue[] = assessment.markers ?? [];
  return MARKER_NAMES.flatMap((marker) => {
    const series = values.filter((v) => v.marker === marker).sort((a, b) => a.date.localeCompare(b.date));
    if (series.length === 0) return [];
    const baseline = startDate === undefined ? undefined : series.filter((v) => v.date <= startDate).at(-1);
    const points = series.map((v) => ({
      date: v.date,
      value: v.value,
      changeFromBaselinePct: baseline && v.date >= baseline.date ? changePct(v.value, baseline.value) : null,
      isBaseline: v === baseline,
    }));
    return [{ marker, unit: MARKER_UNITS[marker], baseline: baseline ? { date: baseline.date, value: baseline.value } : null, points }];
  });
}

/**
 * The powers of ten spanning every value of `trends` (at least one decade): the
 * range of a log-scale marker axis that reads in whole decades, as the viewer's
 * plot and the report's both draw it. Null without values.
 */
export function markerDecades(trends: readonly MarkerTrend[]): { low: number; high: number } | null {
  const values = trends.flatMap((t) => t.points.map((p) => p.value));
  if (values.length === 0) return null;
  const low = Math.floor(Math.log10(Math.min(...values)));
  return { low, high: Math.max(low + 1, Math.ceil(Math.log10(Math.max(...values)))) };
}
