import { huCalibration, type HuSeriesInput } from '../core';

/**
 * Which panes may share a window/level: a window is a pair of numbers in the
 * pixel values' unit, so it carries over only between series whose values mean
 * the same thing. CT in Hounsfield units shares with CT in Hounsfield units;
 * MR with MR and XA with XA (same modality, the reader's own scale); cone-beam CT
 * with nothing, since its grey values are not HU and drift between runs. Panes
 * of different groups, or with no group, never push their window on each other.
 * Returns the group's key, or null for a series that shares with no other.
 */
export function windowSyncGroup(series: HuSeriesInput): string | null {
  const calibration = huCalibration(series);
  if (calibration.calibrated) return 'CT-HU';
  if (calibration.reason === 'cone-beam-ct') return null;
  return series.modality ? `modality:${series.modality}` : null;
}
