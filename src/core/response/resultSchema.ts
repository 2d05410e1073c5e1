/**
 * Zod schema of the evaluation output (spec "Evaluation output"), strict so that
 * a consumer (or a test of the CLI's `--json`) notices any extra or missing field.
 */
import { z } from 'zod';
import { CRITERIA } from '../assessment/schema.ts';

const sum = z.number().nullable();
const overall = z.enum(['CR', 'PR', 'SD', 'PD', 'NE', 'NonCR/NonPD']);

/** One follow-up timepoint of the output. */
export const timepointResultSchema = z.strictObject({
  timepoint: z.string(),
  targetSum: sum,
  changeFromBaselinePct: sum,
  nadirSum: sum,
  changeFromNadirPct: sum,
  targetResponse: z.enum(['CR', 'PR', 'SD', 'PD', 'NE', 'NA']),
  nonTargetResponse: z.enum(['CR', 'NonCR/NonPD', 'PD', 'NE', 'NA']),
  newLesion: z.boolean(),
  overallResponse: overall,
  reasons: z.array(z.string()),
});

/** The whole output object printed by `assess --json`. */
export const evaluationResultSchema = z.strictObject({
  criteria: z.enum(CRITERIA),
  baseline: z.strictObject({ timepoint: z.string(), targetSum: sum }),
  timepoints: z.array(timepointResultSchema),
  bestOverallResponse: overall,
  warnings: z.array(z.string()),
});
