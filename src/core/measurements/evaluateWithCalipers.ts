import type { Assessment, Criteria } from '../assessment/types.ts';
import { parseAssessment } from '../assessment/parseAssessment.ts';
import type { AssessmentProblem } from '../assessment/problems.ts';
import { evaluateAssessment } from '../response/evaluate.ts';
import type { EvaluationResult } from '../response/types.ts';
import { applyMeasurements, type MeasurementNote } from './applyMeasurements.ts';
import type { Measurement } from './types.ts';

/** The engine's verdict on a reading (findings plus calipers), or why it cannot be evaluated. */
export type CaliperEvaluation =
  | { ok: true; result: EvaluationResult; notes: MeasurementNote[] }
  | { ok: false; problems: AssessmentProblem[]; notes: MeasurementNote[] };

/**
 * Evaluates what a reader recorded: typed findings and calipers, the calipers
 * applied under `criteria` (which decides the phase rule and the EASL pair, see
 * `applyMeasurements`). The viewer's panel and the command line both come here, so
 * an exported file scores the same in both under every criteria. Findings and
 * calipers of timepoints the assessment does not have (studies the reader left out)
 * are kept by the viewer but not evaluated.
 */
export function evaluateWithCalipers(
  assessment: Assessment,
  measurements: readonly Measurement[],
  criteria: Criteria = assessment.criteria,
): CaliperEvaluation {
  const timepointIds = new Set(assessment.timepoints.map((t) => t.id));
  const lesions = assessment.lesions.map((lesion) => ({
    ...lesion,
    findings: Object.fromEntries(Object.entries(lesion.findings).filter(([timepointId]) => timepointIds.has(timepointId))),
  }));
  const applied = applyMeasurements(
    { ...assessment, lesions },
    measurements.filter((m) => timepointIds.has(m.timepointId)),
    criteria,
  );
  const parsed = parseAssessment(applied.assessment);
  return parsed.ok
    ? { ok: true, result: evaluateAssessment(parsed.assessment, { criteria }), notes: applied.notes }
    : { ok: false, problems: parsed.problems, notes: applied.notes };
}
