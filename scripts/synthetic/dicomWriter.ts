// Naturalized dataset → DICOM Part 10 bytes through dcmjs. dcmjs ships no type
// declarations, so it is loaded through require and typed here with only what we use
// (a global `declare module 'dcmjs'` could clash with declarations elsewhere in src/).
import { createRequire } from 'node:module';
import type { TransferSyntax } from './description.ts';
import { uidFromName } from './uids.ts';

interface DcmjsData {
  DicomDict: new (meta: object) => { dict: object; write(options?: object): ArrayBuffer };
  DicomMetaDictionary: { denaturalizeDataset(dataset: object): object };
}
const { data: dcmjsData } = createRequire(import.meta.url)('dcmjs') as { data: DcmjsData };

export type NaturalDataset = Record<string, unknown>;

export const TRANSFER_SYNTAX_UID: Record<TransferSyntax, string> = {
  'explicit-little-endian': '1.2.840.10008.1.2.1',
  'rle-lossless': '1.2.840.10008.1.2.5',
};

const IMPLEMENTATION_CLASS_UID = uidFromName('implementation-class');

/**
 * A decimal string (DS) of at most 16 characters: dcmjs would otherwise print
 * values such as 0.30000000000000004, which break the DS length limit.
 */
export function ds(value: number): string {
  const text = String(Number(value.toFixed(4)));
  if (text.length > 16) throw new Error(`DS value too long: ${text}`);
  return text === '-0' ? '0' : text;
}

/**
 * Serialise `dataset` (which must hold SOPClassUID, SOPInstanceUID and PixelData as
 * ArrayBuffers: one whole buffer when native, one RLE-encoded buffer per frame otherwise).
 */
export function writePart10(dataset: NaturalDataset, transferSyntax: TransferSyntax): Uint8Array {
  const encapsulated = transferSyntax !== 'explicit-little-endian';
  const meta = dcmjsData.DicomMetaDictionary.denaturalizeDataset({
    FileMetaInformationVersion: new Uint8Array([0, 1]).buffer,
    MediaStorageSOPClassUID: dataset.SOPClassUID,
    MediaStorageSOPInstanceUID: dataset.SOPInstanceUID,
    TransferSyntaxUID: TRANSFER_SYNTAX_UID[transferSyntax],
    ImplementationClassUID: IMPLEMENTATION_CLASS_UID,
    ImplementationVersionName: 'VIABLE_SYN_1',
    _vrMap: { FileMetaInformationVersion: 'OB' },
  });
  const dict = new dcmjsData.DicomDict(meta);
  dict.dict = dcmjsData.DicomMetaDictionary.denaturalizeDataset({
    ...dataset,
    _vrMap: { PixelData: encapsulated ? 'OB' : 'OW' },
  });
  // RLE requires each frame in exactly one fragment (PS3.5 §A.4.2), so no 20 kB splitting.
  return new Uint8Array(dict.write({ fragmentMultiframe: false, allowInvalidVRLength: false }));
}
