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

/** InstanceNumber, then SOPInstanceUID: an order of instances that does not depend on file order. */
const instanceOrder = (a: ScannedInstance, b: ScannedInstance): number =>
  (a.InstanceNumber ?? Infinity) - (b.InstanceNumber ?? Infinity) || compareText(a.SOPInstanceUID, b.SOPInstanceUID);

/** Instances, then frame: the order in which a series' frames are split into stacks. */
const canonicalOrder = (a: WorkFrame, b: WorkFrame): number => instanceOrder(a.instance, b.instance) || a.frameIndex - b.frameIndex;

/**
 * The instance whose attributes name its patient, study or series: the first in
 * {@link instanceOrder}, so that the name does not depend on which file was read
 * first when the files of a series disagree (e.g. on SeriesDescription).
 */
export function namingInstance(instances: readonly ScannedInstance[]): ScannedInstance | undefined {
  return instances.reduce<ScannedInstance | undefined>((best, instance) => (best && instanceOrder(best, instance) <= 0 ? best : instance), undefined);
}

/** Whether `instance` names a group before `current` does (see {@link namingInstance}). */
export const namesBefore = (instance: ScannedInstance, current: ScannedInstance): boolean => instanceOrder(instance, current) < 0;

/** One series node from its instances, in any order. */
export function seriesNode(instances: readonly ScannedInstance[]): SeriesNode {
  const frames = instances.flatMap(expandFrames).sort(canonicalOrder);
  const first = namingInstance(instances);
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

/** One study node: `first` (its {@link namingInstance}) names the study, its series come by SeriesNumber. */
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

/** One patient node: `first` (their {@link namingInstance}) names the patient, studies come oldest first. */
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

/** Patients by name, patients of the same name by their key (PatientID). */
export function sortPatients(patients: PatientNode[]): PatientNode[] {
  return patients.sort((a, b) => compareText(a.PatientName ?? a.patientKey, b.PatientName ?? b.patientKey) || compareText(a.patientKey, b.patientKey));
}

/**
 * Builds the Patient → Study → Series → Stack → frame tree from scanned instances.
 * Pure and deterministic: the same instances in any order give the same tree and
 * the same stack ids (each patient, study and series is named by its
 * {@link namingInstance}). Instances repeating a SOPInstanceUID are dropped (first
 * kept, the one thing that depends on order) and counted.
 * {@link GrowingIndex} builds the same tree batch by batch. Studies come oldest first, series by SeriesNumber, patients by name.
 */
export function buildIndex(instances: readonly ScannedInstance[]): DicomIndex {
  const { unique, duplicates } = dedupeInstances(instances);
  const patients = groupBy(unique, patientKeyOf).map((ofPatient) =>
    patientNode(
      namingInstance(ofPatient)!,
      groupBy(ofPatient, (i) => i.StudyInstanceUID).map((ofStudy) =>
        studyNode(namingInstance(ofStudy)!, groupBy(ofStudy, (i) => i.SeriesInstanceUID).map(seriesNode)),
      ),
    ),
  );
  return { patients: sortPatients(patients), duplicateCount: duplicates.length };
}
