import type { DataSet } from 'dicom-parser';

/** Implicit VR Little Endian: the one transfer syntax whose elements carry no VR. */
const IMPLICIT_VR_LE = '1.2.840.10008.1.2';
const PIXEL_DATA = 'x7fe00010';

/**
 * A copy of the bytes of a parsed Part 10 file up to its Pixel Data element: the
 * header the metadata provider reads for as long as the image is open, kept
 * without the pixels so that a decoded image is the only copy of its pixels
 * (PS3.5 7.1: the element header is tag, VR, 2 reserved bytes and a 4-byte
 * length for OB/OW in explicit VR, tag and length in implicit VR).
 * Files without Pixel Data are copied whole.
 */
export function headerBytes(dataSet: DataSet): Uint8Array<ArrayBuffer> {
  const pixelData = dataSet.elements[PIXEL_DATA];
  const bytes = dataSet.byteArray;
  if (!pixelData) return bytes.slice();
  const explicitVr = dataSet.string('x00020010') !== IMPLICIT_VR_LE;
  return bytes.slice(0, pixelData.dataOffset - (explicitVr ? 12 : 8));
}
