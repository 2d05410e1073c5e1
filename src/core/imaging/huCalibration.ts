/**
 * Whether a series' pixel values are Hounsfield units that a fixed HU threshold
 * can be applied to. Only diagnostic CT is: MR signal has no unit, and cone-beam
 * CT (C-arm, during TACE) is reconstructed from scatter-laden projections whose
 * grey values drift across the field, so "300 HU" there marks no fixed tissue.
 */

/** What the check looks at: the series and study headers. */
export interface HuSeriesInput {
  modality: string;
  seriesDescription: string;
  studyDescription: string;
}

/** Calibrated, or why not. */
export type HuCalibration =
  | { calibrated: true }
  | { calibrated: false; reason: 'not-ct'; modality: string }
  | { calibrated: false; reason: 'cone-beam-ct'; term: string };

/** Words that name a cone-beam (C-arm) CT. */
const CONE_BEAM = /\b(?:cbct|cone[\s-]?beam(?:\s+ct)?|dyna[\s-]?ct|xper[\s-]?ct|c[\s-]?arm(?:\s+ct)?)\b/i;

export function huCalibration(input: HuSeriesInput): HuCalibration {
  if (input.modality !== 'CT') return { calibrated: false, reason: 'not-ct', modality: input.modality || 'unknown' };
  const term = CONE_BEAM.exec(input.seriesDescription)?.[0] ?? CONE_BEAM.exec(input.studyDescription)?.[0];
  return term ? { calibrated: false, reason: 'cone-beam-ct', term } : { calibrated: true };
}
