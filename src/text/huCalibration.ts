import type { HuCalibration } from '../core/index.ts';
import type { Locale } from './locale.ts';
import { translator } from './translator.ts';

/** Why the lipiodol overlay is not offered on a series, in the reader's words in `locale`; empty when it is. */
export function huCalibrationText(calibration: HuCalibration, locale: Locale): string {
  if (calibration.calibrated) return '';
  const t = translator(locale, 'viewport');
  switch (calibration.reason) {
    case 'not-ct':
      return t('lipiodol.notCt', { modality: calibration.modality });
    case 'cone-beam-ct':
      return t('lipiodol.coneBeamCt', { term: calibration.term });
  }
}
