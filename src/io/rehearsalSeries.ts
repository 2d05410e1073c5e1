// The series a rehearsal of the first pick opens (see actions/rehearseFirstPick): a few
// synthetic CT slices written in memory with dcmjs, never shown to the reader.
import { data as dcmjsData } from 'dcmjs';

/** Its own UID root (2.25 and a fixed number): no real study can share its UIDs. */
const UID_ROOT = '2.25.84736251940217';
const EXPLICIT_VR_LITTLE_ENDIAN = '1.2.840.10008.1.2.1';
const CT_IMAGE_STORAGE = '1.2.840.10008.5.1.4.1.1.2';

/** The folder the files seem to come from. */
export const REHEARSAL_FOLDER = 'viable-rehearsal';

/**
 * `slices` axial CT slices of `size` × `size` 16-bit pixels (a real CT's matrix at 512, so
 * that the loops of decoding and drawing run over as many pixels as a reader's first image),
 * with full geometry, as {file, path} pairs the way a folder pick lists them.
 */
export function rehearsalSeries(slices: number, size: number): Array<{ file: File; path: string }> {
  const pixels = new Uint16Array(size * size);
  // A gradient with some texture: the decoder and the window have real values to work on.
  for (let i = 0; i < pixels.length; i++) pixels[i] = 900 + ((i * 7) % 1200);
  return Array.from({ length: slices }, (_, i) => {
    const path = `${REHEARSAL_FOLDER}/IM${i + 1}`;
    return { file: new File([slicePart10(i, size, pixels)], `IM${i + 1}`, { type: 'application/dicom' }), path };
  });
}

function slicePart10(index: number, size: number, pixels: Uint16Array): ArrayBuffer {
  const sopInstanceUid = `${UID_ROOT}.3.${index + 1}`;
  const { DicomMetaDictionary, DicomDict } = dcmjsData;
  const dataSet = DicomMetaDictionary.denaturalizeDataset({
    SOPClassUID: CT_IMAGE_STORAGE,
    SOPInstanceUID: sopInstanceUid,
    StudyInstanceUID: `${UID_ROOT}.1`,
    SeriesInstanceUID: `${UID_ROOT}.2`,
    FrameOfReferenceUID: `${UID_ROOT}.4`,
    PatientID: 'REHEARSAL',
    PatientName: 'Rehearsal',
    StudyDate: '20000101',
    Modality: 'CT',
    SeriesNumber: 1,
    InstanceNumber: index + 1,
    ImagePositionPatient: [0, 0, index * 2.5],
    ImageOrientationPatient: [1, 0, 0, 0, 1, 0],
    PixelSpacing: [0.7, 0.7],
    SliceThickness: 2.5,
    Rows: size,
    Columns: size,
    SamplesPerPixel: 1,
    PhotometricInterpretation: 'MONOCHROME2',
    BitsAllocated: 16,
    BitsStored: 12,
    HighBit: 11,
    PixelRepresentation: 0,
    RescaleSlope: 1,
    RescaleIntercept: -1024,
    WindowCenter: 40,
    WindowWidth: 400,
    PixelData: pixels.buffer,
    _vrMap: { PixelData: 'OW' },
  });
  const meta = DicomMetaDictionary.denaturalizeDataset({
    FileMetaInformationVersion: new Uint8Array([0, 1]).buffer,
    MediaStorageSOPClassUID: CT_IMAGE_STORAGE,
    MediaStorageSOPInstanceUID: sopInstanceUid,
    TransferSyntaxUID: EXPLICIT_VR_LITTLE_ENDIAN,
    ImplementationClassUID: UID_ROOT,
    _vrMap: { FileMetaInformationVersion: 'OB' },
  });
  const dict = new DicomDict(meta);
  dict.dict = dataSet;
  return dict.write({ allowInvalidVRLength: false });
}
