/**
 * Test helper: writes small but valid DICOM Part 10 files with dcmjs, so tests
 * exercise real bytes instead of mocked parser output. Node only.
 */
import { createRequire } from 'node:module';
import { deflateSync } from 'fflate';
import { DEFLATED_EXPLICIT_VR_LE, EXPLICIT_VR_LE, dataSetBytes, rewritePart10 } from '../part10';
import type { FileLike } from '../types';

// dcmjs ships no type declarations; this is the slice of its API the helper uses.
interface Dcmjs {
  data: {
    DicomMetaDictionary: { denaturalizeDataset(ds: Record<string, unknown>): Record<string, { vr?: string; Value: unknown[] }> };
    DicomDict: new (meta: unknown) => { dict: unknown; write(): ArrayBuffer };
  };
}
const dcmjs = createRequire(import.meta.url)('dcmjs') as Dcmjs;

/** CT Image Storage. */
export const CT_IMAGE = '1.2.840.10008.5.1.4.1.1.2';
/** Enhanced CT Image Storage. */
export const ENHANCED_CT_IMAGE = '1.2.840.10008.5.1.4.1.1.2.1';
/** Basic Text SR Storage, a non-image object. */
export const BASIC_TEXT_SR = '1.2.840.10008.5.1.4.1.1.88.11';
/** Media Storage Directory Storage, the DICOMDIR SOP class. */
export const MEDIA_STORAGE_DIRECTORY = '1.2.840.10008.1.3.10';
/** Implicit VR Little Endian. */
export const IMPLICIT_VR_LE = '1.2.840.10008.1.2';

/** Options of {@link makeDicom}. */
export interface MakeDicomOptions {
  transferSyntaxUID?: string;
  /** Leave out Pixel Data, as in SR or DICOMDIR. */
  noPixelData?: boolean;
}

let uidCounter = 0;
/** A fresh, syntactically valid UID under a test-only root. */
export function testUid(): string {
  uidCounter += 1;
  return `2.25.1000.${uidCounter}`;
}

/**
 * A tiny 4×4 16-bit CT slice; `tags` (naturalized dcmjs keywords) override the defaults.
 * Pixel Data holds Rows × Columns × NumberOfFrames zero pixels.
 */
export function makeDicom(tags: Record<string, unknown> = {}, options: MakeDicomOptions = {}): Uint8Array<ArrayBuffer> {
  const ds: Record<string, unknown> = {
    SOPClassUID: CT_IMAGE,
    SOPInstanceUID: testUid(),
    StudyInstanceUID: '2.25.1.1',
    SeriesInstanceUID: '2.25.1.2',
    FrameOfReferenceUID: '2.25.1.3',
    PatientID: 'P1',
    PatientName: 'Test^Patient',
    StudyDate: '20240101',
    Modality: 'CT',
    SeriesNumber: 1,
    InstanceNumber: 1,
    ImagePositionPatient: [0, 0, 0],
    ImageOrientationPatient: [1, 0, 0, 0, 1, 0],
    PixelSpacing: [0.7, 0.7],
    SliceThickness: 2.5,
    Rows: 4,
    Columns: 4,
    SamplesPerPixel: 1,
    PhotometricInterpretation: 'MONOCHROME2',
    BitsAllocated: 16,
    BitsStored: 12,
    HighBit: 11,
    PixelRepresentation: 0,
    RescaleSlope: 1,
    RescaleIntercept: -1024,
    ...tags,
  };
  const { DicomMetaDictionary, DicomDict } = dcmjs.data;
  const denaturalized = DicomMetaDictionary.denaturalizeDataset(ds);
  if (!options.noPixelData) {
    const pixels = Number(ds.Rows ?? 0) * Number(ds.Columns ?? 0) * Number(ds.NumberOfFrames ?? 1);
    // dcmjs would guess OB; 16-bit pixels must be OW.
    denaturalized['7FE00010'] = { vr: 'OW', Value: [new Uint16Array(pixels).buffer] };
  }
  const meta = DicomMetaDictionary.denaturalizeDataset({
    FileMetaInformationVersion: new Uint8Array([0, 1]).buffer,
    MediaStorageSOPClassUID: ds.SOPClassUID,
    MediaStorageSOPInstanceUID: ds.SOPInstanceUID ?? testUid(),
    TransferSyntaxUID: options.transferSyntaxUID ?? EXPLICIT_VR_LE,
    ImplementationClassUID: '2.25.1000',
  });
  const dict = new DicomDict(meta);
  dict.dict = denaturalized;
  return new Uint8Array(dict.write());
}

/** Re-encodes an Explicit VR LE file as Deflated Explicit VR LE (raw DEFLATE of the data set). */
export function deflatePart10(bytes: Uint8Array): Uint8Array {
  return rewritePart10(bytes, DEFLATED_EXPLICIT_VR_LE, deflateSync(dataSetBytes(bytes)));
}

/** Drops the preamble, `DICM` and File Meta group, leaving a bare data set as old archives store it. */
export function stripPart10Header(bytes: Uint8Array): Uint8Array {
  return dataSetBytes(bytes).slice();
}

/** Chunks of {@link fileOf}'s stream: small, so that the bytes read show how far a reader went. */
const FAKE_STREAM_CHUNK_BYTES = 1024;

/** A File-like test double over `bytes` that counts how many bytes were read. */
export function fileOf(path: string, bytes: Uint8Array): FileLike & { webkitRelativePath: string; bytesRead: number } {
  const file = {
    name: path.split('/').pop() ?? path,
    size: bytes.length,
    webkitRelativePath: path,
    /** Bytes the reader has taken from the stream so far (as a browser would read them from disk). */
    bytesRead: 0,
    stream() {
      let at = 0;
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          if (at >= bytes.length) return controller.close();
          const chunk = bytes.slice(at, at + FAKE_STREAM_CHUNK_BYTES);
          at += chunk.length;
          file.bytesRead += chunk.length;
          controller.enqueue(chunk);
        },
      });
    },
  };
  return file;
}
