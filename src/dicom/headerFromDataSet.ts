import type { DataSet } from 'dicom-parser';
import { dataSetReader, type AttributeReader } from './attributeReader';
import { defined } from './defined';
import type { FrameGeometry, InstanceHeader, Orientation6, Vec3 } from './types';

/** Tags of the attributes that live both at the top level and inside functional groups. */
const TAG = {
  ImagePositionPatient: 'x00200032',
  ImageOrientationPatient: 'x00200037',
  PixelSpacing: 'x00280030',
  SliceThickness: 'x00180050',
  RescaleIntercept: 'x00281052',
  RescaleSlope: 'x00281053',
} as const;

function geometryOf(ds: AttributeReader | undefined): FrameGeometry {
  if (!ds) return {};
  return defined({
    ImagePositionPatient: ds.decimals(TAG.ImagePositionPatient, 3) as Vec3 | undefined,
    ImageOrientationPatient: ds.decimals(TAG.ImageOrientationPatient, 6) as Orientation6 | undefined,
    PixelSpacing: ds.decimals(TAG.PixelSpacing, 2) as [number, number] | undefined,
    SliceThickness: ds.decimal(TAG.SliceThickness),
    RescaleSlope: ds.decimal(TAG.RescaleSlope),
    RescaleIntercept: ds.decimal(TAG.RescaleIntercept),
  });
}

const firstItem = (ds: AttributeReader, tag: string): AttributeReader | undefined => ds.items(tag)?.[0];

/**
 * One functional-groups item (PS3.3 C.7.6.16) flattened to frame geometry:
 * Plane Position, Plane Orientation, Pixel Measures and Pixel Value Transformation.
 */
function functionalGroupGeometry(item: AttributeReader | undefined): FrameGeometry {
  if (!item) return {};
  return {
    ...geometryOf(firstItem(item, 'x00209113')),
    ...geometryOf(firstItem(item, 'x00209116')),
    ...geometryOf(firstItem(item, 'x00289110')),
    ...geometryOf(firstItem(item, 'x00289145')),
  };
}

/** Per-frame geometry of an Enhanced multi-frame object, or undefined for other objects. */
function perFrameGeometry(ds: AttributeReader, shared: FrameGeometry): FrameGeometry[] | undefined {
  const perFrame = ds.items('x52009230');
  if (!perFrame?.length) return undefined;
  return perFrame.map((item) => ({ ...shared, ...functionalGroupGeometry(item) }));
}

/** The time part (HHMMSS.F) of a DICOM DT `YYYYMMDDHHMMSS.FFFFFF&ZZXX`. */
function timeOfDateTime(dt: string | undefined): string | undefined {
  return dt && dt.length > 8 ? dt.slice(8).split(/[+-]/)[0] : undefined;
}

/** Maps a data set parsed by dicom-parser to an {@link InstanceHeader} (see {@link headerFromAttributes}). */
export function headerFromDataSet(ds: DataSet, transferSyntaxUID: string): InstanceHeader {
  return headerFromAttributes(dataSetReader(ds), transferSyntaxUID);
}

/**
 * Maps a data set, from a file or DICOM JSON, to an {@link InstanceHeader}. Top-level
 * geometry wins over the shared functional groups; `frames` merges shared and
 * per-frame groups. Required UIDs and Rows/Columns are checked by the caller.
 */
export function headerFromAttributes(ds: AttributeReader, transferSyntaxUID: string): InstanceHeader {
  const shared = functionalGroupGeometry(firstItem(ds, 'x52009229'));
  const frames = perFrameGeometry(ds, shared);
  return defined({
    ...shared,
    ...geometryOf(ds),
    SOPClassUID: ds.text('x00080016') ?? '',
    SOPInstanceUID: ds.text('x00080018') ?? '',
    StudyInstanceUID: ds.text('x0020000d') ?? '',
    SeriesInstanceUID: ds.text('x0020000e') ?? '',
    FrameOfReferenceUID: ds.text('x00200052'),
    PatientID: ds.text('x00100020'),
    PatientName: ds.text('x00100010'),
    PatientBirthDate: ds.text('x00100030'),
    PatientSex: ds.text('x00100040'),
    StudyDate: ds.text('x00080020'),
    StudyTime: ds.text('x00080030'),
    StudyDescription: ds.text('x00081030'),
    SeriesDescription: ds.text('x0008103e'),
    SeriesNumber: ds.int('x00200011'),
    Modality: ds.text('x00080060') ?? 'OT',
    InstanceNumber: ds.int('x00200013'),
    AcquisitionNumber: ds.int('x00200012'),
    AcquisitionTime: ds.text('x00080032') ?? timeOfDateTime(ds.text('x0008002a')),
    ContentTime: ds.text('x00080033'),
    ImagerPixelSpacing: ds.decimals('x00181164', 2) as [number, number] | undefined,
    Rows: ds.ushort('x00280010') ?? 0,
    Columns: ds.ushort('x00280011') ?? 0,
    NumberOfFrames: ds.int('x00280008') ?? frames?.length ?? 1,
    BitsAllocated: ds.ushort('x00280100'),
    PixelRepresentation: ds.ushort('x00280103'),
    PhotometricInterpretation: ds.text('x00280004'),
    WindowCenter: ds.decimal('x00281050'),
    WindowWidth: ds.decimal('x00281051'),
    ContrastBolusAgent: ds.text('x00180010'),
    ContrastBolusStartTime: ds.text('x00181042'),
    ContrastBolusAgentPhase: ds.text('x00189344'),
    TransferSyntaxUID: transferSyntaxUID,
    Manufacturer: ds.text('x00080070'),
    frames,
  });
}
