/**
 * The treatment course in the assessment CSV: LR-TR beside each finding row, and
 * rows of their own for treatments and tumour marker values (`record_type`
 * tells them apart; cells that do not apply to a row stay empty). Marker values
 * are written as recorded, not rounded to the table's one decimal; their change
 * from the baseline value has one decimal like every other number of the table.
 */
import { markerTrends, type Assessment, type Finding } from '../core';
import type { CsvWords } from './csvWords';

/** Columns after the finding columns, in this order. */
export const COURSE_CSV_COLUMNS = [
  'record_type',
  'lrtr_category',
  'lrtr_version',
  'lrtr_features',
  'treatment_type',
  'treatment_drug',
  'treated_lesion_ids',
  'note',
  'marker',
  'marker_value',
  'marker_unit',
  'marker_change_from_baseline_pct',
  'marker_is_baseline',
] as const;

type Cell = string | number | null | undefined;
type CourseCells = Partial<Record<(typeof COURSE_CSV_COLUMNS)[number], Cell>>;

const cells = (values: CourseCells): Cell[] => COURSE_CSV_COLUMNS.map((column) => values[column]);

/** The course cells of a finding row: its LR-TR, if the reader gave one. */
export function findingCourseCells(finding: Finding | undefined, say: CsvWords): Cell[] {
  const lrTr = finding?.lrTr;
  return cells({
    record_type: say.code((w) => w.csv.recordTypes, 'finding'),
    lrtr_category: say.code((w) => w.course.lrTr.categories, lrTr?.category),
    lrtr_version: say.code((w) => w.course.lrTr.versions, lrTr?.version),
    lrtr_features: lrTr?.features?.map((f) => say.code((w) => w.course.lrTr.features, f)).join(';'),
  });
}

/**
 * Rows for the treatments and the marker values, by date; `lead(date)` gives the
 * finding columns' cells (patient id and date filled, the rest empty).
 */
export function courseRows(assessment: Assessment, lead: (date: string) => Cell[], say: CsvWords): Cell[][] {
  const treatments = [...(assessment.treatments ?? [])]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((t) => [
      ...lead(t.date),
      ...cells({
        record_type: say.code((w) => w.csv.recordTypes, 'treatment'),
        treatment_type: say.code((w) => w.course.treatments, t.type),
        treatment_drug: t.drug,
        treated_lesion_ids: t.lesionIds?.join(';'),
        note: t.note,
      }),
    ]);
  const markers = markerTrends(assessment).flatMap((trend) =>
    trend.points.map((p) => [
      ...lead(p.date),
      ...cells({
        record_type: say.code((w) => w.csv.recordTypes, 'marker'),
        // AFP and PIVKA-II are the markers' names in every language.
        marker: trend.marker,
        marker_value: String(p.value),
        marker_unit: trend.unit,
        marker_change_from_baseline_pct: p.changeFromBaselinePct,
        marker_is_baseline: p.isBaseline ? say.yes : say.no,
      }),
    ]),
  );
  return [...treatments, ...markers];
}
