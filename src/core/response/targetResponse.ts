/**
 * Target-lesion response at one follow-up timepoint.
 * Order (rule book §1.4): PD first (nadir-based, or reappearance after an overall
 * CR, §1.9), then CR, PR, SD. With a target missing only PD can be proven, using
 * the smallest possible sum (missing lesions as 0); otherwise NE (§1.7).
 * `stickyResponse` keeps PR once PR or CR was assigned and PD is not met (§1.9).
 */
import type { Lesion } from '../assessment/types.ts';
import type { ResolvedOptions } from '../assessment/options.ts';
import type { CriteriaRules } from './criteriaRules.ts';
import { message, type Message } from '../messages.ts';
import { compareSums, pctMagnitude, sumAmount } from './format.ts';
import { diameterField, targetValue } from './lesionValues.ts';
import { meetsDecrease, meetsIncrease, mmToCentiMm, sumUnits } from './sums.ts';
import type { TargetResponse } from './types.ts';

/** What the target response at a timepoint depends on besides the findings. */
export interface TargetContext {
  rules: CriteriaRules;
  options: ResolvedOptions;
  targets: readonly Lesion[];
  timepointId: string;
  /** Baseline sum, `null` when it was not computable. */
  baselineUnits: number | null;
  /** Smallest evaluable sum before this timepoint (baseline included), `null` if none. */
  nadirUnits: number | null;
  /** The timepoint of the last overall response if it was CR, else `null`. */
  previousOverallCr: string | null;
  /** The timepoint where PR or CR was first assigned since the last PD, else `null`. */
  respondedAt: string | null;
}

/** The target response, the sum (`null` when not computable) and why. */
export interface TargetResult {
  response: TargetResponse;
  sumUnits: number | null;
  reasons: Message[];
}

/** The target sum at a timepoint (`null` if any target is not evaluable) and why it is missing. */
export function sumTargets(
  targets: readonly Lesion[],
  timepointId: string,
  rules: CriteriaRules,
  options: ResolvedOptions,
): { sumUnits: number | null; missing: Message[] } {
  const values = targets.map((lesion) => targetValue(lesion, timepointId, rules, options));
  const missing = values.flatMap((v) => (v.evaluable ? [] : [v.reason]));
  const units = values.flatMap((v) => (v.evaluable ? [v.units] : []));
  return { sumUnits: missing.length > 0 ? null : sumUnits(units), missing };
}

/** Evaluates the targets of one follow-up timepoint. */
export function evaluateTargets(ctx: TargetContext): TargetResult {
  const { rules, options, targets, timepointId, baselineUnits: base, nadirUnits: nadir } = ctx;
  const { criteria } = rules;
  if (targets.length === 0) return { response: 'NA', sumUnits: null, reasons: [] };
  const minAbs = rules.unitLabel === 'mm' ? mmToCentiMm(options.minAbsoluteIncreaseMm) : 0;
  const values = targets.map((lesion) => ({ lesion, value: targetValue(lesion, timepointId, rules, options) }));
  const evaluable = values.flatMap(({ lesion, value }) => (value.evaluable ? [{ lesion, ...value }] : []));
  const missing = values.flatMap(({ value }) => (value.evaluable ? [] : [value.reason]));
  const sum = sumUnits(evaluable.map((v) => v.units));
  const regrown = evaluable.filter((v) => !v.gone).map((v) => v.lesion.id);
  const amount = (units: number) => sumAmount(units, rules);
  const result = (response: TargetResponse, reason: Message, sumOrNull: number | null = sum): TargetResult => ({
    response,
    sumUnits: sumOrNull,
    reasons: [reason],
  });

  if (ctx.previousOverallCr !== null && regrown.length > 0) {
    const params = { viableTumourOnly: rules.viableTumourOnly, lesionIds: regrown, crTimepointId: ctx.previousOverallCr };
    return result('PD', message('target-reappeared-after-cr', params), missing.length ? null : sum);
  }

  if (missing.length > 0) {
    if (nadir !== null && meetsIncrease(sum, nadir, rules.pdGrow, minAbs)) {
      const params = { missing, pct: pctMagnitude(sum, nadir), nadir: amount(nadir), sum: amount(sum), thresholdPct: rules.pdRisePct };
      return result('PD', message('target-pd-with-missing', params), null);
    }
    return result('NE', message('target-ne-with-missing', { missing }), null);
  }

  // The relative rise alone; RECIST 1.1 also needs the absolute one (minAbsoluteIncreaseMm).
  const risenNadir = nadir !== null && meetsIncrease(sum, nadir, rules.pdGrow, 0) ? nadir : null;
  if (risenNadir !== null && sum - risenNadir >= minAbs) {
    const params = { criteria, pct: pctMagnitude(sum, risenNadir), nadir: amount(risenNadir), sum: amount(sum), thresholdPct: rules.pdRisePct };
    return result('PD', message('target-pd', params));
  }
  const tooSmallRise =
    risenNadir === null
      ? null
      : message('rise-too-small-absolute', { pct: pctMagnitude(sum, risenNadir), nadir: amount(risenNadir), minIncrease: amount(minAbs) });

  if (evaluable.every((v) => v.gone)) {
    const nodalTargets = evaluable.some((v) => diameterField(v.lesion, rules) === 'shortAxisMm');
    return result('CR', message('target-cr', { criteria, sum: amount(sum), nodalTargets, note: tooSmallRise }));
  }
  if (base === null) {
    return result('NE', message('target-ne-no-baseline', { criteria, note: tooSmallRise }));
  }
  if (meetsDecrease(sum, base, rules.prKeep)) {
    const params = { criteria, pct: pctMagnitude(sum, base), baseline: amount(base), sum: amount(sum), thresholdPct: rules.prFallPct, note: tooSmallRise };
    return result('PR', message('target-pr', params));
  }
  const facts = {
    criteria,
    sum: amount(sum),
    vsBaseline: compareSums(sum, base, rules),
    vsNadir: nadir !== null && nadir !== base ? compareSums(sum, nadir, rules) : null,
    prFallPct: rules.prFallPct,
    notPd: tooSmallRise ?? message('rise-below-threshold', { thresholdPct: rules.pdRisePct }),
  };
  if (options.stickyResponse && ctx.respondedAt !== null) {
    return result('PR', message('target-pr-sticky', { ...facts, respondedAt: ctx.respondedAt }));
  }
  return result('SD', message('target-sd', facts));
}
