/** DICOM SR (TID 1500 Measurement Report) in and out. */
export { writeMeasurementReport, trackingUidOf, type MeasurementReportInput, type SrImagePoints } from './writeMeasurementReport';
export { readMeasurementReport, type SrCaliper, type SrReading } from './readMeasurementReport';
