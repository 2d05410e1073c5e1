import { formatDicomDate, type PatientNode, type Stack, type StudyNode } from '../dicom';
import { baseImageIdOf, frameImageId } from './imageSource';
import type { ViewportStack } from './viewportStack';

/**
 * Turns an indexed stack into what a viewport shows. Frames whose file was never
 * registered with the loader are left out (they cannot be displayed anyway).
 */
export function toViewportStack(stack: Stack, study: StudyNode, patient: PatientNode, seriesDescription: string): ViewportStack {
  const imageIds: string[] = [];
  for (const frame of stack.frames) {
    const base = baseImageIdOf(frame.fileId);
    if (base) imageIds.push(frameImageId(base, frame.frameIndex, frame.numberOfFrames));
  }
  return {
    stackId: stack.stackId,
    imageIds,
    modality: stack.Modality,
    hasPixelSpacing: stack.calibration !== 'none',
    patientName: patient.PatientName ?? '',
    patientId: patient.PatientID ?? '',
    studyDate: formatDicomDate(study.StudyDate),
    studyDescription: study.StudyDescription ?? '',
    seriesDescription: stack.label || seriesDescription,
    phase: stack.phase.phase,
    seriesInstanceUid: stack.SeriesInstanceUID,
    frameOfReferenceUid: stack.FrameOfReferenceUID ?? '',
  };
}
