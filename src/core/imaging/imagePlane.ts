/** Where an image's pixels lie in patient coordinates (LPS, mm). */
import type { PatientPointMm } from '../measurements/types.ts';

export interface ImagePlane {
  /** Centre of the first transmitted pixel (ImagePositionPatient), mm. */
  origin: PatientPointMm;
  /** Direction in which the column index grows (first triplet of ImageOrientationPatient). */
  rowCosines: PatientPointMm;
  /** Direction in which the row index grows (second triplet). */
  columnCosines: PatientPointMm;
  /** Distance between neighbouring columns (PixelSpacing[1]), mm. */
  columnSpacingMm: number;
  /** Distance between neighbouring rows (PixelSpacing[0]), mm. */
  rowSpacingMm: number;
  columns: number;
  rows: number;
}
