import type { ContrastPhase } from '../dicom';

/**
 * What a viewport needs to show one stack: ordered Cornerstone image ids plus the
 * labels its overlay prints. Built by the app from the DICOM index; plain data.
 */
export interface ViewportStack {
  /** Stable id of the stack in the DICOM index (a series, or part of one). */
  stackId: string;
  /** Cornerstone image ids in display order (along the slice normal). */
  imageIds: string[];
  modality: string;
  /** False when the images carry no PixelSpacing/ImagerPixelSpacing: distances are in pixels only. */
  hasPixelSpacing: boolean;
  patientName: string;
  patientId: string;
  studyDate: string;
  studyDescription: string;
  seriesDescription: string;
  /** The contrast phase of the series, or 'subtraction' (arterial minus non-contrast); the overlay puts it in words. */
  phase: ContrastPhase | 'subtraction';
  seriesInstanceUid: string;
  frameOfReferenceUid: string;
}
