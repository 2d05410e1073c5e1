/** Formats in and out: the assessment file with calipers, and the CSV table. */
export {
  EXCLUDED_FINDINGS_FIELD,
  exportAssessmentJson,
  importAssessmentJson,
  type AssessmentFileInput,
  type ImportAssessmentResult,
} from './assessmentFile';
export { CALIPERS_FIELD, caliperRecordSchema, type CaliperRecord } from './caliperRecord';
export { CSV_COLUMNS, csvField, exportAssessmentCsv, type AssessmentCsvInput } from './assessmentCsv';
export { jsonErrorOffset, lineColumnAt, parseJsonLocated, type JsonParseResult } from './parseJsonLocated';
export { buildResponseReport, keyImageCalipers, type KeyImage, type KeyImageProblem, type KeyImageSet, type ResponseReportInput } from './report';
export * from './dicomweb';
export { readMeasurementReport, writeMeasurementReport, type SrCaliper, type SrImagePoints, type SrReading } from './sr';
