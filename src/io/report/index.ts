/** The printable response report. */
export { buildResponseReport, CALIPER_KIND_WORDS, type ResponseReportInput } from './responseReport';
export { keyImageCalipers, type KeyImage, type KeyImageSet } from './keyImages';
