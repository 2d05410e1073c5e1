/** The printable response report. */
export { buildResponseReport, type ResponseReportInput } from './responseReport';
export { keyImageCalipers, type KeyImage, type KeyImageProblem, type KeyImageSet } from './keyImages';
