import type { DataSet } from 'dicom-parser';
import { defined } from './defined';
import type { FrameGeometry, InstanceHeader, Orientation6, Vec3 } from './types';

const text = (ds: DataSet, tag: string): string | undefined => ds.string(tag) || undefined;
const int = (ds: DataSet, tag: string): number | undefined => finite(ds.intString(tag));
const decimal = (ds: DataSet, tag: string): number | undefined => finite(ds.floatString(tag));
const finite = (n: number | undefined): number | undefined => (n !== undefined && Number.isFinite(n) ? n : undefined);

/** A multi-valued DS as exactly `count` finite numbers, else undefined. */
function decimals(ds: DataSet, tag: string, count: number): number[] | undefined {
  if (ds.numStringValues(tag) !== count) return undefined;
  const values = Array.from({ length: count }, (_, i) => ds.floatString(tag, i));
  return values.every((v) => v !== undefined && Number.isFinite(v)) ? (values as number[]) : undefined;
}

/** A US value is 2 binary bytes; any other length means a mis-encoded element, better dropped than misread. */
const ushort = (ds: DataSet, tag: string): number | undefined => (ds.elements[tag]?.length === 2 ? ds.uint16(tag) : undefined);

/** Tags of the attributes that live both at the top level and inside functional groups. */
const TAG = {
  ImagePositionPatient: 'x00200032',
  ImageOrientationPatient: 'x00200037',
  PixelSpacing: 'x00280030',
  SliceThickness: 'x00180050',
  RescaleIntercept: 'x00281052',
  RescaleSlope: 'x00281053',
} as const;

function geometryOf(ds: DataSet | undefined): FrameGeometry {
  if (!ds) return {};
  return defined({
    ImagePositionPatient: decimals(ds, TAG.ImagePositionPatient, 3) as Vec3 | undefined,
    ImageOrientationPatient: decimals(ds, TAG.ImageOrientationPatient, 6) as Orientation6 | undefined,
    PixelSpacing: decimals(ds, TAG.PixelSpacing, 2) as [number, number] | undefined,
    SliceThickness: decimal(ds, TAG.SliceThickness),
    RescaleSlope: decimal(ds, TAG.RescaleSlope),
    RescaleIntercept: decimal(ds, TAG.RescaleIntercept),
  });
}

const firstItem = (ds: DataSet, tag: string): DataSet | undefined => ds.elements[tag]?.items?.[0]?.dataSet;

/**
 * One functional-groups item (PS3.3 C.7.6.16) flattened to frame geometry:
 * Plane Position, Plane Orientation, Pixel Measures and Pixel Value Transformation.
 */
function functionalGroupGeometry(item: DataSet | undefined): FrameGeometry {
  if (!item) return {};
  return {
    ...geometryOf(firstItem(item, 'x00209113')),
    ...geometryOf(firstItem(item, 'x00209116')),
    ...geometryOf(firstItem(item, 'x00289110')),
    ...geometryOf(firstItem(item, 'x00289145')),
  };
}

/** Per-frame geometry of an Enhanced multi-frame object, or undefined for other objects. */
function perFrameGeometry(ds: DataSet, shared: FrameGeometry): FrameGeometry[] | undefined {
  const perFrame = ds.elements.x52009230?.items;
  if (!perFrame?.length) return undefined;
  return perFrame.map((item) => ({ ...shared, ...functionalGroupGeometry(item.dataSet) }));
}

/** The time part (HHMMSS.F) of a DICOM DT `YYYYMMDDHHMMSS.FFFFFF&ZZXX`. */
function timeOfDateTime(dt: string | undefined): string | undefined {
  return dt && dt.length > 8 ? dt.slice(8).split(/[+-]/)[0] : undefined;
}

/**
 * Maps a parsed data set to an {@link InstanceHeader}. Top-level geometry wins over
 * the shared functional groups; `frames` merges shared and per-frame groups.
 * Required UIDs and Rows/Columns are checked by the caller.
 */
export function headerFromDataSet(ds: DataSet, transferSyntaxUID: string): InstanceHeader {
  const shared = functionalGroupGeometry(firstItem(ds, 'x52009229'));
  const frames = perFrameGeometry(ds, shared);
  return defined({
    ...shared,
    ...geometryOf(ds),
    SOPClassUID: text(ds, 'x00080016') ?? '',
    SOPInstanceUID: text(ds, 'x00080018') ?? '',
    StudyInstanceUID: text(ds, 'x0020000d') ?? '',
    SeriesInstanceUID: text(ds, 'x0020000e') ?? '',
    FrameOfReferenceUID: text(ds, 'x00200052'),
    PatientID: text(ds, 'x00100020'),
    PatientName: text(ds, 'x00100010'),
    PatientBirthDate: text(ds, 'x00100030'),
    PatientSex: text(ds, 'x00100040'),
    StudyDate: text(ds, 'x00080020'),
    StudyTime: text(ds, 'x00080030'),
    StudyDescription: text(ds, 'x00081030'),
    SeriesDescription: text(ds, 'x0008103e'),
    SeriesNumber: int(ds, 'x00200011'),
    Modality: text(ds, 'x00080060') ?? 'OT',
    InstanceNumber: int(ds, 'x00200013'),
    AcquisitionNumber: int(ds, 'x00200012'),
    AcquisitionTime: text(ds, 'x00080032') ?? timeOfDateTime(text(ds, 'x0008002a')),
    ContentTime: text(ds, 'x00080033'),
    ImagerPixelSpacing: decimals(ds, 'x00181164', 2) as [number, number] | undefined,
    Rows: ushort(ds, 'x00280010') ?? 0,
    Columns: ushort(ds, 'x00280011') ?? 0,
    NumberOfFrames: int(ds, 'x00280008') ?? frames?.length ?? 1,
    BitsAllocated: ushort(ds, 'x00280100'),
    PixelRepresentation: ushort(ds, 'x00280103'),
    PhotometricInterpretation: text(ds, 'x00280004'),
    WindowCenter: decimal(ds, 'x00281050'),
    WindowWidth: decimal(ds, 'x00281051'),
    ContrastBolusAgent: text(ds, 'x00180010'),
    ContrastBolusStartTime: text(ds, 'x00181042'),
    ContrastBolusAgentPhase: text(ds, 'x00189344'),
    TransferSyntaxUID: transferSyntaxUID,
    Manufacturer: text(ds, 'x00080070'),
    frames,
  });
}
