export { createAppStore, type AppState, type AppStore } from './createAppStore';
export { viewportCount, VIEWPORT_SLOTS, type LayoutId, type LayoutSlice, type ToolChoice } from './layoutSlice';
export type { ScanCounters, ScanProgress, SkippedFile, StudiesSlice } from './studiesSlice';
export { selectImagesOpen, selectIndex, findStack, type StackContext } from './studySelectors';
export { MAX_UNDO, nextLesionId, type AssessmentSlice, type LesionPatch, type ReadingEdit } from './assessmentSlice';
export {
  selectEditedTimepointId,
  selectEvaluation,
  selectMeasurementList,
  selectShownTimepointId,
  selectSortedTimepoints,
  selectTimepointLabels,
  selectTimepointPlaces,
  timepointOfStudy,
  type Evaluation,
} from './assessmentSelectors';
export { ALIGNMENTS_FIELD, selectAlignments, type AlignmentSlice } from './alignmentSlice';
export {
  arterialStackOf,
  comparisonStudies,
  landingLesionId,
  lesionTargetForStack,
  portalVenousStackOf,
  selectAlignmentLesionId,
  selectComparisonAlignments,
  type ComparisonLayout,
  type PaneTarget,
} from './comparisonSelectors';
export { findSubtractionStack, selectSubtractionStacks, subtractionStacksOf, SUBTRACTION_STACK_PREFIX, type SubtractionStack } from './subtractionStacks';
export type { LocaleSlice } from './localeSlice';
