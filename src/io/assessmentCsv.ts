/**
 * The assessment as a table for spreadsheets and trial databases: one row per
 * lesion and timepoint, with the calipers' images and the mRECIST and RECIST 1.1
 * results of each timepoint, then the treatment course. RFC 4180: CRLF line ends, a header row, fields
 * quoted when they hold a comma, a quote or a line break. Lengths in mm, one decimal.
 * The header and the coded values are in the chosen language (`csvWords.ts`).
 */
import { applyMeasurements, type Assessment, type EvaluationResult, type Measurement } from '../core';
import { compareCalipers } from './caliperRecord';
import { COURSE_CSV_COLUMNS, courseRows, findingCourseCells } from './courseCsv';
import { csvWords } from './csvWords';
import type { Locale } from '../text';

/** What the table is made of; an evaluation that failed is passed as null (its columns stay empty). */
export interface AssessmentCsvInput {
  assessment: Assessment;
  measurements: Record<string, Measurement> | readonly Measurement[];
  /** Timepoint labels by id, used where a timepoint has no label of its own. */
  labels?: Record<string, string>;
  evaluations?: { mRECIST?: EvaluationResult | null; 'RECIST1.1'?: EvaluationResult | null };
  /** The language of the header and the coded values; English (the format's codes) by default. */
  locale?: Locale;
}

export const CSV_COLUMNS = [
  'patient_id',
  'lesion_id',
  'role',
  'organ',
  'location',
  'kind',
  'timepoint_id',
  'timepoint_label',
  'date',
  'study_instance_uid',
  'status',
  'viable_longest_diameter_mm',
  'viable_perpendicular_diameter_mm',
  'longest_diameter_mm',
  'short_axis_mm',
  'pattern',
  'cytology',
  'caliper_count',
  'caliper_sop_instance_uids',
  'mrecist_target_sum_mm',
  'mrecist_overall_response',
  'recist11_target_sum_mm',
  'recist11_overall_response',
  ...COURSE_CSV_COLUMNS,
] as const;

/** The finding columns before the treatment-course ones. */
const FINDING_COLUMN_COUNT = CSV_COLUMNS.length - COURSE_CSV_COLUMNS.length;

type Cell = string | number | null | undefined;

// Text a spreadsheet would run as a formula (=, +, -, @, tab, CR first): a lesion
// named "=HYPERLINK(...)" must stay text when a coordinator opens the file.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, quoted per RFC 4180 when it must be; typed text that looks like a formula is prefixed with '. */
export function csvField(value: Cell): string {
  const raw = value === null || value === undefined ? '' : typeof value === 'number' ? value.toFixed(1) : value;
  const text = typeof value === 'string' && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Target sum and overall response of one timepoint (the baseline has a sum but no response). */
function resultAt(result: EvaluationResult | null | undefined, timepointId: string): { sum: Cell; overall: Cell } {
  if (!result) return { sum: null, overall: null };
  if (result.baseline.timepoint === timepointId) return { sum: result.baseline.targetSum, overall: null };
  const at = result.timepoints.find((t) => t.timepoint === timepointId);
  return { sum: at?.targetSum, overall: at?.overallResponse };
}

/**
 * The CSV text (with a final CRLF). Rows: lesions in the assessment's order, each
 * with every timepoint by date; a timepoint without a finding has empty values;
 * then the treatments and the tumour marker values (`courseCsv.ts`).
 * Diameters are the ones the engine uses (calipers applied to the findings).
 */
export function exportAssessmentCsv({ assessment, measurements, labels = {}, evaluations = {}, locale = 'en' }: AssessmentCsvInput): string {
  const say = csvWords(locale);
  const category = (code: Cell) => (typeof code === 'string' ? say.code((w) => w.categories, code) : code);
  const list = (Array.isArray(measurements) ? [...measurements] : Object.values(measurements)).sort(compareCalipers);
  const applied = applyMeasurements(assessment, list).assessment;
  const timepoints = [...applied.timepoints].sort((a, b) => a.date.localeCompare(b.date));
  const rows: Cell[][] = [CSV_COLUMNS.map(say.column)];
  for (const lesion of applied.lesions) {
    for (const timepoint of timepoints) {
      const finding = lesion.findings[timepoint.id];
      const calipers = list.filter((m) => m.lesionId === lesion.id && m.timepointId === timepoint.id);
      const mrecist = resultAt(evaluations.mRECIST, timepoint.id);
      const recist = resultAt(evaluations['RECIST1.1'], timepoint.id);
      rows.push([
        applied.patient?.id,
        lesion.id,
        say.code((w) => w.roles, lesion.role),
        say.code((w) => w.organs, lesion.organ),
        lesion.location,
        say.code((w) => w.kinds, lesion.kind ?? 'parenchymal'),
        timepoint.id,
        timepoint.label ?? labels[timepoint.id],
        timepoint.date,
        timepoint.studyInstanceUid,
        say.code((w) => w.statuses, finding?.status),
        finding?.viableLongestDiameterMm,
        finding?.viablePerpendicularDiameterMm,
        finding?.longestDiameterMm,
        finding?.shortAxisMm,
        say.code((w) => w.patterns, finding?.pattern),
        say.code((w) => w.cytologies, finding?.cytology),
        String(calipers.length),
        [...new Set(calipers.map((m) => m.image.sopInstanceUid))].join(';'),
        mrecist.sum,
        category(mrecist.overall),
        recist.sum,
        category(recist.overall),
        ...findingCourseCells(finding, say),
      ]);
    }
  }
  // Treatments and marker values: patient and date in the finding columns, the rest in their own.
  const lead = (date: string): Cell[] => {
    const row: Cell[] = Array.from({ length: FINDING_COLUMN_COUNT }, () => null);
    row[CSV_COLUMNS.indexOf('patient_id')] = applied.patient?.id;
    row[CSV_COLUMNS.indexOf('date')] = date;
    return row;
  };
  rows.push(...courseRows(applied, lead, say));
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
