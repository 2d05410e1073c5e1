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
import { formatPctMagnitude, formatSum, listIds } from './format.ts';
import { targetValue } from './lesionValues.ts';
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
  reasons: string[];
}

/** The target sum at a timepoint (`null` if any target is not evaluable) and why it is missing. */
export function sumTargets(
  targets: readonly Lesion[],
  timepointId: string,
  rules: CriteriaRules,
  options: ResolvedOptions,
): { sumUnits: number | null; missing: string[] } {
  const values = targets.map((lesion) => targetValue(lesion, timepointId, rules, options));
  const missing = values.flatMap((v) => (v.evaluable ? [] : [v.reason]));
  const units = values.flatMap((v) => (v.evaluable ? [v.units] : []));
  return { sumUnits: missing.length > 0 ? null : sumUnits(units), missing };
}

function riseSentence(ctx: TargetContext, sum: number, nadir: number, prefix: string): string {
  const { rules } = ctx;
  return `${prefix} rose ${formatPctMagnitude(sum, nadir)}% over nadir ${formatSum(nadir, rules)} to ${formatSum(sum, rules)} (at least ${rules.pdRisePct}%)`;
}

/** Evaluates the targets of one follow-up timepoint. */
export function evaluateTargets(ctx: TargetContext): TargetResult {
  const { rules, options, targets, timepointId, baselineUnits: base, nadirUnits: nadir } = ctx;
  if (targets.length === 0) return { response: 'NA', sumUnits: null, reasons: [] };
  const minAbs = rules.unitLabel === 'mm' ? mmToCentiMm(options.minAbsoluteIncreaseMm) : 0;
  const values = targets.map((lesion) => ({ lesion, value: targetValue(lesion, timepointId, rules, options) }));
  const evaluable = values.flatMap(({ lesion, value }) => (value.evaluable ? [{ lesion, ...value }] : []));
  const missing = values.flatMap(({ value }) => (value.evaluable ? [] : [value.reason]));
  const sum = sumUnits(evaluable.map((v) => v.units));
  const regrown = evaluable.filter((v) => !v.gone).map((v) => v.lesion.id);

  if (ctx.previousOverallCr !== null && regrown.length > 0) {
    return {
      response: 'PD',
      sumUnits: missing.length ? null : sum,
      reasons: [`${rules.viableTumourOnly ? 'viable tumour' : 'disease'} reappeared in ${listIds(regrown)} after the overall CR at ${ctx.previousOverallCr}: PD`],
    };
  }

  if (missing.length > 0) {
    const why = missing.join('; ');
    if (nadir !== null && meetsIncrease(sum, nadir, rules.pdGrow, minAbs)) {
      return {
        response: 'PD',
        sumUnits: null,
        reasons: [`${why}, but ${riseSentence(ctx, sum, nadir, `even with ${missing.length === 1 ? 'it' : 'them'} taken as 0 the smallest possible sum`)}: PD`],
      };
    }
    return {
      response: 'NE',
      sumUnits: null,
      reasons: [`${why}; with a target missing only PD could be proven, and it is not: NE`],
    };
  }

  // The relative rise alone; RECIST 1.1 also needs the absolute one (minAbsoluteIncreaseMm).
  const risenNadir = nadir !== null && meetsIncrease(sum, nadir, rules.pdGrow, 0) ? nadir : null;
  if (risenNadir !== null && sum - risenNadir >= minAbs) {
    return { response: 'PD', sumUnits: sum, reasons: [`${riseSentence(ctx, sum, risenNadir, rules.sumName)}: PD`] };
  }
  const absDetail =
    risenNadir === null
      ? null
      : `it rose ${formatPctMagnitude(sum, risenNadir)}% over nadir ${formatSum(risenNadir, rules)} but by less than the required ${formatSum(minAbs, rules)}, so not PD`;
  const absNote = absDetail === null ? '' : ` (${absDetail})`;

  if (evaluable.every((v) => v.gone)) {
    const what =
      rules.criteria === 'RECIST1.1'
        ? 'all non-nodal targets have disappeared and every nodal target is under 10 mm short axis'
        : 'arterial enhancement has disappeared from all target lesions';
    return { response: 'CR', sumUnits: sum, reasons: [`${what} (${rules.sumName} ${formatSum(sum, rules)})${absNote}: CR`] };
  }
  if (base === null) {
    return { response: 'NE', sumUnits: sum, reasons: [`the baseline ${rules.sumName} is not computable, so PR or SD cannot be decided${absNote}: NE`] };
  }
  if (meetsDecrease(sum, base, rules.prKeep)) {
    return {
      response: 'PR',
      sumUnits: sum,
      reasons: [`${rules.sumName} fell ${formatPctMagnitude(sum, base)}% from baseline ${formatSum(base, rules)} to ${formatSum(sum, rules)} (at least ${rules.prFallPct}%)${absNote}: PR`],
    };
  }
  const relation = (ref: number, name: string) =>
    `${formatPctMagnitude(sum, ref)}% ${sum <= ref ? 'below' : 'above'} ${name} ${formatSum(ref, rules)}`;
  const vsNadir = nadir !== null && nadir !== base ? ` and ${relation(nadir, 'nadir')}` : '';
  const notPd = absDetail ?? `less than a ${rules.pdRisePct}% rise over the nadir`;
  const facts = `${rules.sumName} ${formatSum(sum, rules)} is ${relation(base, 'baseline')}${vsNadir} (less than a ${rules.prFallPct}% fall from baseline; ${notPd})`;
  if (options.stickyResponse && ctx.respondedAt !== null) {
    return { response: 'PR', sumUnits: sum, reasons: [`${facts}; PR stays because a response was reached at ${ctx.respondedAt} and PD is not met (sticky response): PR`] };
  }
  return { response: 'SD', sumUnits: sum, reasons: [`${facts}: SD`] };
}
