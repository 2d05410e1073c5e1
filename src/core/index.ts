/**
 * Public API of the domain layer: the assessment format (load, validate, save)
 * and the response engine (mRECIST, RECIST 1.1, EASL).
 */
export type {
  Assessment,
  AssessmentOptions,
  Criteria,
  Finding,
  FindingStatus,
  Lesion,
  LesionKind,
  LesionRole,
  LrTr,
  LrTrCategory,
  LrTrFeature,
  LrTrVersion,
  MarkerName,
  MarkerValue,
  Timepoint,
  Treatment,
  TreatmentType,
} from './assessment/types.ts';
export {
  assessmentSchema,
  findingSchema,
  lesionSchema,
  optionsSchema,
  timepointSchema,
  CRITERIA,
  FINDING_STATUSES,
  LESION_KINDS,
  LESION_ROLES,
  MAX_DIAMETER_MM,
  LR_TR_CATEGORIES,
  LR_TR_FEATURES,
  LR_TR_VERSIONS,
  MARKER_NAMES,
  MARKER_UNITS,
  TREATMENT_TYPES,
  lrTrSchema,
  markerSchema,
  treatmentSchema,
} from './assessment/schema.ts';
export { crossCheckAssessment, STATUSES_BY_ROLE, type LocatedIssue } from './assessment/crossChecks.ts';
export {
  AssessmentValidationError,
  formatIssuePath,
  parseAssessment,
  parseAssessmentJson,
  parseAssessmentOrThrow,
  serializeAssessment,
  type ParseAssessmentResult,
} from './assessment/parseAssessment.ts';
export { DEFAULT_OPTIONS, resolveOptions, type ResolvedOptions } from './assessment/options.ts';
export { daysBetween, isRealIsoDate } from './assessment/dates.ts';

export {
  lesionsNamed,
  message,
  type Amount,
  type Comparison,
  type IntraProceduralEvidence,
  type MeasuredField,
  type Message,
  type MessageCode,
  type MessageParams,
  type NewLesionSummary,
} from './messages.ts';
export type {
  EvaluationResult,
  NonTargetResponse,
  OverallResponse,
  TargetResponse,
  TimepointResult,
} from './response/types.ts';
export { evaluateAssessment, type EvaluateOptions } from './response/evaluate.ts';
export { evaluationResultSchema, timepointResultSchema } from './response/resultSchema.ts';
export { criteriaRules, type CriteriaRules } from './response/criteriaRules.ts';
export { overallResponse, type OverallResult } from './response/overallResponse.ts';
export { bestOverallResponse, type BorEntry } from './response/bestOverallResponse.ts';
export {
  CENTI_MM_PER_MM,
  PRODUCT_UNITS_PER_MM2,
  meetsDecrease,
  meetsIncrease,
  mmToCentiMm,
  percentChange,
  roundDiv,
  sumUnits,
  unitsToRounded,
  type Ratio,
} from './response/sums.ts';

// The building blocks of evaluateAssessment, for views that show one part (e.g. a lesion table).
export { groupLesions, type LesionGroups } from './response/lesionRoles.ts';
export { diameterField, isLymphNode, isPortaHepatis, targetValue, type TargetValue } from './response/lesionValues.ts';
export { evaluateTargets, sumTargets, type TargetContext, type TargetResult } from './response/targetResponse.ts';
export { evaluateNonTargets, type NonTargetResult } from './response/nonTargetResponse.ts';
export { evaluateNewLesions, type NewLesionResult } from './response/newLesions.ts';

export type { ImageReference, Measurement, MeasurementKind, PatientPointMm } from './measurements/types.ts';
export { MEASUREMENT_KINDS } from './measurements/types.ts';
export { caliperLengthsMm, distanceMm, roundToTenthMm } from './measurements/caliperLength.ts';
export { applyMeasurements, isKnownNonArterial, ARTERIAL_SUBTRACTION_PHASE, type MeasurementNote } from './measurements/applyMeasurements.ts';
export { evaluateWithCalipers, type CaliperEvaluation } from './measurements/evaluateWithCalipers.ts';
export { isProblemMessage, type ImportProblem, type Notice, type NoticeAction, type NoticeMessage } from './noticeMessages.ts';
export type { NonImageObject, SkipReason, SkipReasonCode } from './skipReasons.ts';
export { linkTimepoints, planTimepoints, englishTimepointLabel, timepointLabels, timepointPlaces, SAME_VISIT_DAYS, type TimepointPlace, type StudySummary, type ExcludedStudy } from './timepoints/planTimepoints.ts';
export * from './registration/index.ts';
export { isTace, MIN_DAYS_AFTER_TACE, timelineWarnings } from './course/timelineWarnings.ts';
export { lrTrWarnings, untreatedLrTrWarnings } from './course/lrTrWarnings.ts';
export { baselineDate, markerDecades, markerTrends, type MarkerPoint, type MarkerTrend } from './course/markerTrends.ts';
export { renameTreatedLesion } from './course/treatedLesions.ts';
export { checklistMeetsViable } from './course/lrTrChecklist.ts';
export { addMm, dot, sliceNormal, subtractMm, type Orientation6 } from './geometry/vectors.ts';
export * from './imaging/index.ts';
export { pointsCentreMm, projectedSliceIndex } from './geometry/projectedSlice.ts';
export type { PhaseSource } from './phaseSource.ts';
