/**
 * Compact builders of assessments for tests: timepoints BL, FU1, FU2, ... six
 * weeks apart, and lesions whose findings are given per timepoint in that order.
 * Not exported from `core/index.ts`.
 */
import type { Assessment, AssessmentOptions, Criteria, Finding, Lesion } from '../assessment/types.ts';

/** A finding, a number (the viable longest diameter, mm), `'NE'` (not evaluable) or `null` (not assessed). */
export type Cell = Finding | number | 'NE' | null;

const FIRST_DATE_MS = Date.UTC(2026, 0, 5);
const SIX_WEEKS_MS = 42 * 86_400_000;

/** Timepoint id at `index`: BL, FU1, FU2, ... */
export const timepointId = (index: number) => (index === 0 ? 'BL' : `FU${index}`);

function toFinding(cell: Exclude<Cell, null>): Finding {
  if (typeof cell === 'number') return { viableLongestDiameterMm: cell };
  if (cell === 'NE') return { status: 'not-evaluable' };
  return cell;
}

function findings(cells: readonly Cell[]): Record<string, Finding> {
  const out: Record<string, Finding> = {};
  cells.forEach((cell, index) => {
    if (cell !== null) out[timepointId(index)] = toFinding(cell);
  });
  return out;
}

/** A liver target; numbers are viable longest diameters. */
export function target(id: string, cells: readonly Cell[], extra: Partial<Lesion> = {}): Lesion {
  return { id, role: 'target', organ: 'liver', findings: findings(cells), ...extra };
}

/** A liver non-target; strings are statuses. */
export function nonTarget(id: string, cells: readonly (Finding['status'] | Cell)[], extra: Partial<Lesion> = {}): Lesion {
  const asCells = cells.map((cell) => (typeof cell === 'string' && cell !== 'NE' ? { status: cell } : cell)) as Cell[];
  return { id, role: 'non-target', organ: 'liver', findings: findings(asCells), ...extra };
}

/** A new lesion (liver by default) with findings by timepoint id. */
export function newLesion(id: string, byTimepoint: Record<string, Finding>, extra: Partial<Lesion> = {}): Lesion {
  return { id, role: 'new', organ: 'liver', findings: byTimepoint, ...extra };
}

/** An assessment with as many timepoints as the longest lesion row (or `timepoints`). */
export function buildAssessment(spec: {
  lesions: Lesion[];
  criteria?: Criteria;
  options?: AssessmentOptions;
  timepoints?: number;
}): Assessment {
  const count =
    spec.timepoints ??
    Math.max(2, ...spec.lesions.flatMap((l) => Object.keys(l.findings).map((id) => (id === 'BL' ? 1 : Number(id.slice(2)) + 1))));
  return {
    format: 'tumor-response-assessment',
    version: 1,
    criteria: spec.criteria ?? 'mRECIST',
    ...(spec.options ? { options: spec.options } : {}),
    timepoints: Array.from({ length: count }, (_, i) => ({
      id: timepointId(i),
      date: new Date(FIRST_DATE_MS + i * SIX_WEEKS_MS).toISOString().slice(0, 10),
    })),
    lesions: spec.lesions,
  };
}
