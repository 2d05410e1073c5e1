export { filesFromInput, filesFromDataTransfer, canPickDirectoryHandle, pickDirectoryFiles, type LocalFile } from './collectFiles';
export { openLocalFiles, cancelScan, prepareScanning } from './openLocalFiles';
export { DemoDownloadError, loadDemoStudies, type DemoDownloadProblem } from './loadDemoStudies';
export { closeAll } from './closeAll';
export { rehearseFirstPick } from './rehearseFirstPick';
export { openPatientAssessment, setStudyIncluded, excludedStudies, type RestoreAssessment, type RestoredAssessment } from './openPatientAssessment';
export {
  deleteSavedAssessment,
  exportCsv,
  exportJson,
  importJson,
  importJsonFile,
  listSavedAssessments,
  openSavedAssessment,
  type ImportOutcome,
  type ImportReplaced,
  type ImportProblem,
  type TextFile,
} from './assessmentFiles';
export {
  deleteAssessmentRecord,
  flushAutosave,
  getAutosaveStatus,
  listAssessmentRecords,
  loadAssessmentRecord,
  saveAssessmentRecord,
  startAutosave,
  subscribeAutosaveStatus,
  type AssessmentRecord,
  type AssessmentRecordSummary,
  type AutosaveOptions,
  type AutosaveStatus,
} from './persistence';
export { followActivePatient } from './followActivePatient';
export { afterFirstImageShown } from './firstImageFirst';
// For the parts of the workspace that wait while the panes decode their stacks (App's side panels).
export { isDecodingInBackground, subscribeBackgroundDecoding } from '../viewer';
export { fileCaliper, calipersOf } from './fileCaliper';
export { caliperPlacement } from './caliperPlacement';
export {
  confirmCaliperPhase,
  mergeAsFragment,
  moveToNewTarget,
  redoEdit,
  replaceCaliper,
  runNoticeAction,
  undoEdit,
  unmarkFragment,
} from './caliperChoices';
export { deleteLesion } from './deleteLesion';
export { overrideSeriesPhase } from './overrideSeriesPhase';
export { jumpToCaliper } from './jumpToCaliper';
export { applyWindowPreset, type WindowPresetId } from './applyWindowPreset';
export { makeResponseReport } from './responseReport';
export { exportSr, type BinaryFile } from './srExport';
export { clearSrOffers, getSrOffers, loadSrOffer, offerMeasurementReports, subscribeSrOffers, type SrLoadOutcome, type SrLoadProblem, type SrOffer } from './srImport';
export { addMarkerValue, addTreatment, deleteMarkerValue, deleteTreatment, updateTreatment, type CourseEditResult } from './treatmentCourse';
export {
  cancelPacsRetrieval,
  forgetPacsServer,
  getRetrievalStatus,
  loadPacsServer,
  openFromPacs,
  pacsClientFor,
  testPacsConnection,
  retryPacsRetrieval,
  savePacsServer,
  saveSrToPacs,
  subscribeRetrievalStatus,
  type RetrievalStatus,
} from './pacs';
export { openComparison, type ComparisonHanging } from './openComparison';
export { showNeighbourTimepoint } from './showNeighbourTimepoint';
export { chooseLocale, startingLocale } from './chooseLocale';
