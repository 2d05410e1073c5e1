import { buildStack } from './buildStack';
import { dedupeInstances } from './dedupe';
import { defined } from './defined';
import { groupBy } from './groupBy';
import type { DicomIndex, PatientNode, SeriesNode, StudyNode } from './indexTypes';
import { type WorkFrame, splitSeries } from './splitSeries';
import type { ScannedInstance } from './types';

/** Missing numbers and dates sort after present ones. */
const LAST = '\uffff';

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One work frame per displayable frame. Classic multi-frame files without
 * per-frame geometry have no position per frame, so their frames keep file order.
 */
function expandFrames(instance: ScannedInstance): WorkFrame[] {
  const { ImagePositionPatient, ImageOrientationPatient, PixelSpacing, SliceThickness, RescaleSlope, RescaleIntercept } = instance;
  const base = defined({ ImageOrientationPatient, PixelSpacing, SliceThickness, RescaleSlope, RescaleIntercept });
  if (instance.frames) {
    return instance.frames.map((geometry, frameIndex) => ({ instance, frameIndex, geometry: { ...base, ...geometry } }));
  }
  if (instance.NumberOfFrames <= 1) return [{ instance, frameIndex: 0, geometry: defined({ ...base, ImagePositionPatient }) }];
  return Array.from({ length: instance.NumberOfFrames }, (_, frameIndex) => ({ instance, frameIndex, geometry: base }));
}

/** InstanceNumber, then SOPInstanceUID, then frame: an order that does not depend on file order. */
function canonicalOrder(a: WorkFrame, b: WorkFrame): number {
  return (
    (a.instance.InstanceNumber ?? Infinity) - (b.instance.InstanceNumber ?? Infinity) ||
    compareText(a.instance.SOPInstanceUID, b.instance.SOPInstanceUID) ||
    a.frameIndex - b.frameIndex
  );
}

function seriesNode(instances: ScannedInstance[]): SeriesNode {
  const frames = instances.flatMap(expandFrames).sort(canonicalOrder);
  const first = instances[0];
  if (!first) throw new Error('empty series');
  const stacks = splitSeries(frames).map((part, i) => buildStack(part, `${first.SeriesInstanceUID}:${i + 1}`));
  return defined({
    SeriesInstanceUID: first.SeriesInstanceUID,
    SeriesNumber: first.SeriesNumber,
    SeriesDescription: first.SeriesDescription,
    Modality: first.Modality,
    SOPClassUID: first.SOPClassUID || undefined,
    stacks,
  });
}

function studyNode(instances: ScannedInstance[]): StudyNode {
  const first = instances[0];
  if (!first) throw new Error('empty study');
  const series = groupBy(instances, (i) => i.SeriesInstanceUID)
    .map(seriesNode)
    .sort(
      (a, b) =>
        (a.SeriesNumber ?? Infinity) - (b.SeriesNumber ?? Infinity) || compareText(a.SeriesInstanceUID, b.SeriesInstanceUID),
    );
  return defined({
    StudyInstanceUID: first.StudyInstanceUID,
    StudyDate: first.StudyDate,
    StudyTime: first.StudyTime,
    StudyDescription: first.StudyDescription,
    series,
  });
}

const patientKeyOf = (i: ScannedInstance): string => i.PatientID || i.PatientName || '(no patient id)';
const studyKeyOf = (s: StudyNode): string => `${s.StudyDate ?? LAST}${s.StudyTime ?? LAST}${s.StudyInstanceUID}`;

function patientNode(instances: ScannedInstance[]): PatientNode {
  const first = instances[0];
  if (!first) throw new Error('empty patient');
  const studies = groupBy(instances, (i) => i.StudyInstanceUID)
    .map(studyNode)
    .sort((a, b) => compareText(studyKeyOf(a), studyKeyOf(b)));
  return defined({
    patientKey: patientKeyOf(first),
    PatientID: first.PatientID,
    PatientName: first.PatientName,
    PatientBirthDate: first.PatientBirthDate,
    PatientSex: first.PatientSex,
    studies,
  });
}

/**
 * Builds the Patient → Study → Series → Stack → frame tree from scanned instances.
 * Pure and deterministic: the same instances in any order give the same tree and
 * the same stack ids. Instances repeating a SOPInstanceUID are dropped (first kept)
 * and counted. Studies come oldest first, series by SeriesNumber, patients by name.
 */
export function buildIndex(instances: readonly ScannedInstance[]): DicomIndex {
  const { unique, duplicates } = dedupeInstances(instances);
  const patients = groupBy(unique, patientKeyOf)
    .map(patientNode)
    .sort((a, b) => compareText(a.PatientName ?? a.patientKey, b.PatientName ?? b.patientKey));
  return { patients, duplicateCount: duplicates.length };
}
