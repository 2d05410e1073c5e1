/**
 * Protocol options with their per-criteria defaults.
 * Source: `src/core/assessment/FORMAT.md`, "Options" (the spec wins over the
 * rule book on defaults); rule book §1.2 (target counts), §1.3 (too small),
 * §1.4 and §8 D2 (no 5 mm rule in mRECIST), §1.9 (sticky response, SD duration).
 */
import type { AssessmentOptions, Criteria } from './types.ts';

/** Every option with a value. Lengths in mm, durations in days. */
export interface ResolvedOptions {
  /** More targets than this give a warning; all are still summed. */
  maxTargetsTotal: number;
  /** More targets in one organ than this give a warning; all are still summed. */
  maxTargetsPerOrgan: number;
  /** A baseline target below this size gives a warning. */
  minMeasurableMm: number;
  /** PD also needs the target sum to rise by at least this many mm over the nadir (RECIST 1.1: 5). */
  minAbsoluteIncreaseMm: number;
  /** Value of a `too-small` target finding. */
  tooSmallDefaultMm: number;
  /** Once PR or CR was assigned, a later sum that no longer meets PR but is not PD stays PR. */
  stickyResponse: boolean;
  /** SD (and NonCR/NonPD) counts as best overall response only this many days after baseline. */
  minSdDays: number;
}

const COMMON: ResolvedOptions = {
  maxTargetsTotal: 5,
  maxTargetsPerOrgan: 2,
  minMeasurableMm: 10,
  minAbsoluteIncreaseMm: 0,
  tooSmallDefaultMm: 5,
  stickyResponse: true,
  minSdDays: 0,
};

/** Defaults of each criteria, exactly the spec's table. */
export const DEFAULT_OPTIONS: Readonly<Record<Criteria, Readonly<ResolvedOptions>>> = {
  mRECIST: COMMON,
  'RECIST1.1': { ...COMMON, minAbsoluteIncreaseMm: 5 },
  EASL: COMMON,
};

/** The file's options over the defaults of `criteria`; unknown option fields are ignored here. */
export function resolveOptions(criteria: Criteria, options: AssessmentOptions | undefined): ResolvedOptions {
  const resolved: ResolvedOptions = { ...DEFAULT_OPTIONS[criteria] };
  if (!options) return resolved;
  for (const key of Object.keys(resolved) as (keyof ResolvedOptions)[]) {
    const value = options[key];
    if (value !== undefined) (resolved as unknown as Record<string, unknown>)[key] = value;
  }
  return resolved;
}
