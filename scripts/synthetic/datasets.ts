// Series-level DICOM attributes (patient, study, series, equipment, frame of
// reference, image pixel) shared by every instance of a series, plus the UID naming
// scheme. Per-instance attributes are added by the series writers.
import { EQUIPMENT, PATIENT, type Vec3 } from './description.ts';
import { ds, type NaturalDataset } from './dicomWriter.ts';
import { uidFromName } from './uids.ts';

export const SOP_CLASS = {
  ct: '1.2.840.10008.5.1.4.1.1.2',
  enhancedCt: '1.2.840.10008.5.1.4.1.1.2.1',
  mr: '1.2.840.10008.5.1.4.1.1.4',
} as const;

export const AXIAL_ORIENTATION = ['1', '0', '0', '0', '1', '0'];

export const studyUid = (studyKey: string): string => uidFromName(`study:${studyKey}`);
export const frameOfReferenceUid = (studyKey: string): string => uidFromName(`frame-of-reference:${studyKey}`);
export const seriesUid = (studyKey: string, seriesKey: string): string => uidFromName(`series:${studyKey}/${seriesKey}`);
export const instanceUid = (studyKey: string, seriesKey: string, instanceNumber: number): string =>
  uidFromName(`instance:${studyKey}/${seriesKey}/${instanceNumber}`);

export interface StudyInfo {
  key: string;
  date: string;
  time: string;
  description: string;
  studyId: string;
}

export interface SeriesInfo {
  key: string;
  modality: 'CT' | 'MR';
  number: number;
  description: string;
  acquisitionTime: string;
}

export interface ContrastInfo {
  agent: string;
  route: string;
  volumeMl: number;
  startTime: string;
}

/** Patient, general study/series/equipment, frame of reference and contrast attributes. */
export function commonAttributes(study: StudyInfo, series: SeriesInfo, contrast: ContrastInfo | null): NaturalDataset {
  return {
    SpecificCharacterSet: 'ISO_IR 100',
    StudyDate: study.date,
    SeriesDate: study.date,
    AcquisitionDate: study.date,
    ContentDate: study.date,
    StudyTime: study.time,
    SeriesTime: series.acquisitionTime,
    AcquisitionTime: series.acquisitionTime,
    ContentTime: series.acquisitionTime,
    AccessionNumber: `ACC-${study.studyId}`,
    Modality: series.modality,
    ...EQUIPMENT,
    ReferringPhysicianName: '',
    StudyDescription: study.description,
    SeriesDescription: series.description,
    ...PATIENT,
    BodyPartExamined: 'ABDOMEN',
    PatientPosition: 'HFS',
    StudyInstanceUID: studyUid(study.key),
    SeriesInstanceUID: seriesUid(study.key, series.key),
    StudyID: study.studyId,
    SeriesNumber: series.number,
    AcquisitionNumber: 1,
    FrameOfReferenceUID: frameOfReferenceUid(study.key),
    PositionReferenceIndicator: '',
    ...(contrast
      ? {
          ContrastBolusAgent: contrast.agent,
          ContrastBolusRoute: contrast.route,
          ContrastBolusVolume: ds(contrast.volumeMl),
          ContrastBolusStartTime: contrast.startTime,
        }
      : {}),
  };
}

export interface PixelModule {
  rows: number;
  columns: number;
  /** [row spacing (y), column spacing (x)] in mm, the DICOM PixelSpacing order. */
  pixelSpacingMm: readonly [number, number];
  bitsStored: number;
  window: readonly [center: number, width: number];
}

/** Image pixel module (unsigned 16-bit MONOCHROME2) plus the default VOI window. */
export function pixelAttributes(pixel: PixelModule): NaturalDataset {
  return {
    SamplesPerPixel: 1,
    PhotometricInterpretation: 'MONOCHROME2',
    Rows: pixel.rows,
    Columns: pixel.columns,
    PixelSpacing: pixel.pixelSpacingMm.map(ds),
    BitsAllocated: 16,
    BitsStored: pixel.bitsStored,
    HighBit: pixel.bitsStored - 1,
    PixelRepresentation: 0,
    WindowCenter: ds(pixel.window[0]),
    WindowWidth: ds(pixel.window[1]),
  };
}

export const dsVector = (values: Vec3 | readonly number[]): string[] => values.map(ds);
