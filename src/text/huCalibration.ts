import type { HuCalibration } from '../core/index.ts';

/** Why the lipiodol overlay is not offered on a series, in the reader's words; empty when it is. */
export function huCalibrationText(calibration: HuCalibration): string {
  if (calibration.calibrated) return '';
  switch (calibration.reason) {
    case 'not-ct':
      return `${calibration.modality} values are not Hounsfield units: the lipiodol threshold needs CT`;
    case 'cone-beam-ct':
      return `cone-beam CT ("${calibration.term}") has no reliable Hounsfield units: read lipiodol on the diagnostic CT`;
  }
}
