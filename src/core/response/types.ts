/**
 * The evaluation output: the object of `shared/spec/assessment-format.md`,
 * "Evaluation output (the CLI's JSON)". Sums are in mm for diameter criteria
 * and in mm² for EASL; percentages are rounded to 2 decimals.
 * The engine gives reasons and warnings as structured messages (`Text` =
 * {@link Message}); rendered to words (`Text` = string) it is exactly the spec's object.
 */
import type { Criteria } from '../assessment/types.ts';
import type { Message } from '../messages.ts';

/** Target response per timepoint; `NA` when there are no target lesions. Rule book §1.4, §2, §3.2. */
export type TargetResponse = 'CR' | 'PR' | 'SD' | 'PD' | 'NE' | 'NA';
/** Non-target response; `NonCR/NonPD` is mRECIST's IR/SD; `NA` when there are none. Rule book §1.5. */
export type NonTargetResponse = 'CR' | 'NonCR/NonPD' | 'PD' | 'NE' | 'NA';
/** Overall timepoint response; `NonCR/NonPD` only without target lesions. Rule book §1.8. */
export type OverallResponse = 'CR' | 'PR' | 'SD' | 'PD' | 'NE' | 'NonCR/NonPD';

/** The result at one timepoint after the baseline. */
export interface TimepointResult<Text = Message> {
  timepoint: string;
  /** mm (mm² for EASL); `null` when not computable (a target not evaluable) or without targets. */
  targetSum: number | null;
  changeFromBaselinePct: number | null;
  /** Smallest evaluable target sum before this timepoint, baseline included. */
  nadirSum: number | null;
  changeFromNadirPct: number | null;
  targetResponse: TargetResponse;
  nonTargetResponse: NonTargetResponse;
  /** A new lesion that qualifies under the criteria was found. */
  newLesion: boolean;
  overallResponse: OverallResponse;
  /** Why each decision was taken. */
  reasons: Text[];
}

/** The whole evaluation of one assessment. */
export interface EvaluationResult<Text = Message> {
  criteria: Criteria;
  baseline: { timepoint: string; targetSum: number | null };
  timepoints: TimepointResult<Text>[];
  /** Unconfirmed: best from baseline up to and including the first PD (rule book §1.9). */
  bestOverallResponse: OverallResponse;
  /** Rule violations that do not stop evaluation. */
  warnings: Text[];
}
