/**
 * Entry point of the response engine: an assessment in, the spec's output object out.
 * Sources: spec "Evaluation output"; rule book §1.4–1.9, §2, §3.2.
 * Timepoints are sorted by date; those before the baseline are ignored with a
 * warning. The nadir is the smallest evaluable target sum before each timepoint,
 * baseline included; a timepoint whose sum is not computable does not update it.
 */
import { daysBetween } from '../assessment/dates.ts';
import { lrTrWarnings, untreatedLrTrWarnings } from '../course/lrTrWarnings.ts';
import { timelineWarnings } from '../course/timelineWarnings.ts';
import { resolveOptions } from '../assessment/options.ts';
import type { Assessment, Criteria } from '../assessment/types.ts';
import { message, type Message } from '../messages.ts';
import { bestOverallResponse, type BorEntry } from './bestOverallResponse.ts';
import { criteriaRules } from './criteriaRules.ts';
import { groupLesions } from './lesionRoles.ts';
import { evaluateNewLesions } from './newLesions.ts';
import { evaluateNonTargets } from './nonTargetResponse.ts';
import { overallResponse } from './overallResponse.ts';
import { percentChange, unitsToRounded } from './sums.ts';
import { evaluateTargets, sumTargets } from './targetResponse.ts';
import type { EvaluationResult, TimepointResult } from './types.ts';
import { baselineTargetWarnings, newLesionBaselineWarnings, targetCountWarnings } from './warnings.ts';

/** Choices for {@link evaluateAssessment}. */
export interface EvaluateOptions {
  /** Overrides the file's `criteria` (the CLI's `--criteria`). */
  criteria?: Criteria;
}

/** Evaluates a validated assessment (see `parseAssessment`) under its criteria or `options.criteria`. */
export function evaluateAssessment(assessment: Assessment, options: EvaluateOptions = {}): EvaluationResult {
  const criteria = options.criteria ?? assessment.criteria;
  const rules = criteriaRules(criteria);
  const protocol = resolveOptions(criteria, assessment.options);
  const warnings: Message[] = [];
  const round = (units: number | null) => (units === null ? null : unitsToRounded(units, rules.unitsPerWhole));

  const ordered = [...assessment.timepoints].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const baselineId = assessment.baseline ?? ordered[0]?.id ?? '';
  const baselineIndex = Math.max(0, ordered.findIndex((t) => t.id === baselineId));
  const baseline = ordered[baselineIndex];
  if (!baseline) throw new Error('an assessment needs at least one timepoint');
  for (const early of ordered.slice(0, baselineIndex)) {
    const params = { timepointId: early.id, date: early.date, baselineId: baseline.id, baselineDate: baseline.date };
    warnings.push(message('timepoint-before-baseline', params));
  }
  if (rules.unitLabel === 'mm²' && protocol.minAbsoluteIncreaseMm > 0) {
    warnings.push(message('min-increase-not-applied', { criteria }));
  }

  warnings.push(...timelineWarnings(assessment.treatments ?? [], ordered, baselineIndex));
  warnings.push(...lrTrWarnings(assessment), ...untreatedLrTrWarnings(assessment));

  const groups = groupLesions(assessment.lesions, rules);
  warnings.push(...groups.warnings);
  warnings.push(...targetCountWarnings(groups.targets, protocol));
  warnings.push(...baselineTargetWarnings(groups.targets, baseline.id, rules, protocol));
  warnings.push(...newLesionBaselineWarnings(groups.newLesions, ordered.slice(0, baselineIndex + 1)));
  const { sumUnits: baselineSum, missing: baselineMissing } = sumTargets(groups.targets, baseline.id, rules, protocol);
  const baselineUnits = groups.targets.length === 0 ? null : baselineSum;
  if (baselineMissing.length > 0) {
    warnings.push(message('baseline-sum-not-computable', { criteria, missing: baselineMissing }));
  }

  let nadirUnits = baselineUnits;
  let previousOverallCr: string | null = null;
  let respondedAt: string | null = null;
  const results: TimepointResult[] = [];
  const history: string[] = [];
  const borEntries: BorEntry[] = [];
  for (const timepoint of ordered.slice(baselineIndex + 1)) {
    history.push(timepoint.id);
    const target = evaluateTargets({
      rules,
      options: protocol,
      targets: groups.targets,
      timepointId: timepoint.id,
      baselineUnits,
      nadirUnits,
      previousOverallCr,
      respondedAt,
    });
    const nonTarget = evaluateNonTargets(groups.nonTargets, timepoint.id, rules, previousOverallCr);
    const newLesions = evaluateNewLesions(groups.newLesions, history, rules);
    const overall = overallResponse(target.response, nonTarget.response, newLesions.found);
    warnings.push(...nonTarget.warnings, ...newLesions.warnings);

    const sum = target.sumUnits;
    results.push({
      timepoint: timepoint.id,
      targetSum: round(sum),
      changeFromBaselinePct: sum === null || baselineUnits === null ? null : percentChange(sum, baselineUnits),
      nadirSum: round(nadirUnits),
      changeFromNadirPct: sum === null || nadirUnits === null ? null : percentChange(sum, nadirUnits),
      targetResponse: target.response,
      nonTargetResponse: nonTarget.response,
      newLesion: newLesions.found,
      overallResponse: overall.response,
      reasons: [...target.reasons, ...nonTarget.reasons, ...newLesions.reasons, overall.reason],
    });
    borEntries.push({ overallResponse: overall.response, daysFromBaseline: daysBetween(baseline.date, timepoint.date) });

    if (sum !== null && (nadirUnits === null || sum < nadirUnits)) nadirUnits = sum;
    if (overall.response !== 'NE') previousOverallCr = overall.response === 'CR' ? timepoint.id : null;
    if (target.response === 'PD') respondedAt = null;
    else if (respondedAt === null && (target.response === 'PR' || target.response === 'CR')) respondedAt = timepoint.id;
  }

  return {
    criteria,
    baseline: { timepoint: baseline.id, targetSum: round(baselineUnits) },
    timepoints: results,
    bestOverallResponse: bestOverallResponse(borEntries, protocol.minSdDays),
    warnings,
  };
}
