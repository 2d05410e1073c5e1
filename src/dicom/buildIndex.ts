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

/** One series node from its instances; the first instance names the series. */
export function seriesNode(instances: readonly ScannedInstance[]): SeriesNode {
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

const seriesOrder = (a: SeriesNode, b: SeriesNode): number =>
  (a.SeriesNumber ?? Infinity) - (b.SeriesNumber ?? Infinity) || compareText(a.SeriesInstanceUID, b.SeriesInstanceUID);

/** One study node: `first` (its first instance) names the study, its series come by SeriesNumber. */
export function studyNode(first: ScannedInstance, series: SeriesNode[]): StudyNode {
  return defined({
    StudyInstanceUID: first.StudyInstanceUID,
    StudyDate: first.StudyDate,
    StudyTime: first.StudyTime,
    StudyDescription: first.StudyDescription,
    series: series.sort(seriesOrder),
  });
}

/** What groups studies under one patient: PatientID, else PatientName. */
export const patientKeyOf = (i: ScannedInstance): string => i.PatientID || i.PatientName || '(no patient id)';
const studyKeyOf = (s: StudyNode): string => `${s.StudyDate ?? LAST}${s.StudyTime ?? LAST}${s.StudyInstanceUID}`;

/** One patient node: `first` (their first instance) names the patient, studies come oldest first. */
export function patientNode(first: ScannedInstance, studies: StudyNode[]): PatientNode {
  return defined({
    patientKey: patientKeyOf(first),
    PatientID: first.PatientID,
    PatientName: first.PatientName,
    PatientBirthDate: first.PatientBirthDate,
    PatientSex: first.PatientSex,
    studies: studies.sort((a, b) => compareText(studyKeyOf(a), studyKeyOf(b))),
  });
}

/**
 * Patients by name; the sort is stable, so patients of the same name keep the order
 * in which they first appeared.
 */
export function sortPatients(patients: PatientNode[]): PatientNode[] {
  return patients.sort((a, b) => compareText(a.PatientName ?? a.patientKey, b.PatientName ?? b.patientKey));
}

/**
 * Builds the Patient → Study → Series → Stack → frame tree from scanned instances.
 * Pure and deterministic: the same instances in any order give the same stacks and
 * stack ids; the first instance of each patient, study and series names it.
 * Instances repeating a SOPInstanceUID are dropped (first kept) and counted.
 * {@link GrowingIndex} builds the same tree batch by batch. Studies come oldest first, series by SeriesNumber, patients by name.
 */
export function buildIndex(instances: readonly ScannedInstance[]): DicomIndex {
  const { unique, duplicates } = dedupeInstances(instances);
  const patients = groupBy(unique, patientKeyOf).map((ofPatient) =>
    patientNode(
      ofPatient[0]!,
      groupBy(ofPatient, (i) => i.StudyInstanceUID).map((ofStudy) =>
        studyNode(ofStudy[0]!, groupBy(ofStudy, (i) => i.SeriesInstanceUID).map(seriesNode)),
      ),
    ),
  );
  return { patients: sortPatients(patients), duplicateCount: duplicates.length };
}
