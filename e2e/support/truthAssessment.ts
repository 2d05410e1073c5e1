/**
 * An assessment file with calipers placed at the ground truth's endpoints, built
 * on the viewer's own export (its timepoint ids and study UIDs), so a test can
 * import a complete reading instead of drawing every caliper.
 */
import type { GroundTruth, GroundTruthSliceRef, Vec3 } from './groundTruth';
import { isoDate } from './groundTruth';

interface ExportedFile {
  timepoints: { id: string; date: string; studyInstanceUid?: string }[];
  lesions: unknown[];
  [key: string]: unknown;
}

type TruthTimepoint = GroundTruth['lesions'][number]['timepoints'][number] & { wholeSlice?: GroundTruthSliceRef };

/** Every target's viable and whole calipers, NT1 present throughout, N1 typical with a whole caliper where it appears. */
export function truthAssessment(exported: ExportedFile, truth: GroundTruth): ExportedFile {
  const timepointOf = (truthTimepoint: string) => {
    const date = isoDate(truth.studies.find((s) => s.timepoint === truthTimepoint)!.StudyDate);
    return exported.timepoints.find((t) => t.date === date)!;
  };
  const caliper = (id: string, kind: 'viable' | 'whole', points: [Vec3, Vec3], slice: GroundTruthSliceRef, studyInstanceUid: string) => ({
    id,
    kind,
    image: {
      studyInstanceUid,
      seriesInstanceUid: slice.SeriesInstanceUID,
      sopInstanceUid: slice.SOPInstanceUID,
      frameIndex: 0,
      phase: 'arterial',
      calibrated: true,
    },
    pointsMm: points,
  });
  const lesions = truth.lesions.map((lesion) => {
    const findings: Record<string, unknown> = {};
    for (const at of lesion.timepoints as TruthTimepoint[]) {
      const timepoint = timepointOf(at.timepoint);
      const study = timepoint.studyInstanceUid!;
      const key = `${lesion.id}-${timepoint.id}`;
      if (lesion.role === 'target') {
        const measurements = [];
        if (at.viableEndpointsMm) measurements.push(caliper(`${key}-viable`, 'viable', at.viableEndpointsMm, at.viableSlice!, study));
        measurements.push(caliper(`${key}-whole`, 'whole', at.wholeEndpointsMm!, at.wholeSlice!, study));
        findings[timepoint.id] = { ...(at.viableEndpointsMm ? {} : { viableLongestDiameterMm: 0 }), measurements };
      } else if (lesion.role === 'non-target') {
        findings[timepoint.id] = { status: at.present ? 'present' : 'absent' };
      } else if (at.present) {
        findings[timepoint.id] = {
          status: 'present',
          pattern: 'typical',
          measurements: [caliper(`${key}-whole`, 'whole', at.wholeEndpointsMm!, at.wholeSlice!, study)],
        };
      }
    }
    return { id: lesion.id, role: lesion.role, organ: lesion.organ, location: lesion.segment, findings };
  });
  return { ...exported, lesions };
}
