/**
 * DICOM SR export of the open assessment: one TID 1500 Measurement Report per
 * timepoint, zipped into one download. Calipers are referenced on their images in
 * pixel coordinates, so their images must be open; a caliper whose image is not is
 * named in the result rather than silently left out.
 */
import { zipSync } from 'fflate';
import { writeMeasurementReport, type SrImagePoints } from '../io';
import { selectEvaluation, selectIndex, selectMeasurementList, type AppStore } from '../store';
import { catalogueFor, renderEvaluation } from '../text';
import { imageLookupFor, srImagePoints } from '../viewer';
import { exportFilename } from './assessmentFiles';

/** A binary file to hand to the reader. */
export interface BinaryFile {
  filename: string;
  bytes: Uint8Array;
  mimeType: string;
}

export async function exportSr(store: AppStore, now = new Date()): Promise<BinaryFile & { skippedCaliperIds: string[] }> {
  const { files, skippedCaliperIds } = await measurementReportFiles(store, now);
  const filename = exportFilename(store.getState(), 'sr.zip', now);
  return { filename, bytes: zipSync(files), mimeType: 'application/zip', skippedCaliperIds };
}

/** One Measurement Report per timepoint that has something to report, by file name; and the calipers left out. */
export async function measurementReportFiles(store: AppStore, now = new Date()): Promise<{ files: Record<string, Uint8Array>; skippedCaliperIds: string[] }> {
  const state = store.getState();
  const assessment = state.assessment;
  if (!assessment) throw new Error('no assessment is open');
  const measurements = selectMeasurementList(state);
  const evaluation = selectEvaluation(state);
  const lookup = imageLookupFor(selectIndex(state));
  const imagePoints: Record<string, SrImagePoints> = {};
  for (const m of measurements) {
    const location = lookup.bySop(m.image.sopInstanceUid, m.image.frameIndex);
    if (location) imagePoints[m.id] = await srImagePoints(location.imageId, m.pointsMm);
  }
  const files: Record<string, Uint8Array> = {};
  const skippedCaliperIds: string[] = [];
  for (const timepoint of [...assessment.timepoints].sort((a, b) => a.date.localeCompare(b.date))) {
    const hasContent = assessment.lesions.some((l) => l.findings[timepoint.id]) || measurements.some((m) => m.timepointId === timepoint.id);
    if (!hasContent) continue;
    const written = await writeMeasurementReport({
      assessment,
      measurements,
      // The reasons and warnings are free text for the reader, so they follow the reader's
      // language; everything coded stays as DICOM defines it (see responseItems).
      evaluation: evaluation?.ok ? renderEvaluation(evaluation.result, catalogueFor(state.locale)) : null,
      timepointId: timepoint.id,
      imagePoints,
      createdAt: now,
    });
    files[`SR-${timepoint.date}-${timepoint.id.replace(/[^A-Za-z0-9._-]+/g, '_')}.dcm`] = new Uint8Array(written.bytes);
    skippedCaliperIds.push(...written.skippedCaliperIds);
  }
  return { files, skippedCaliperIds };
}
