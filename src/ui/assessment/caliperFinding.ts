import { applyMeasurements, type Assessment, type Finding, type Lesion, type Measurement } from '../../core';

/**
 * What the calipers alone make of a lesion's finding at a timepoint: the finding
 * fields core's `applyMeasurements` fills from them, with the numbers the reader
 * typed left out. A field present here is measured: the caliper's value is the one
 * used, whatever was typed.
 */
export function caliperFinding(assessment: Assessment, lesion: Lesion, timepointId: string, calipers: readonly Measurement[]): Finding {
  const bare: Lesion = { ...lesion, findings: { [timepointId]: {} } };
  const applied = applyMeasurements({ ...assessment, lesions: [bare] }, calipers).assessment;
  return applied.lesions[0]?.findings[timepointId] ?? {};
}
