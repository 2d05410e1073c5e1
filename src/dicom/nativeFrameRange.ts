import type { DataSet } from 'dicom-parser';

/** Where one frame of pixels lies in its file: bytes [start, end). */
export interface FrameByteRange {
  start: number;
  end: number;
}

const PIXEL_DATA = 'x7fe00010';
const DEFLATED_EXPLICIT_VR_LE = '1.2.840.10008.1.2.1.99';
/** Sample sizes whose frames are whole bytes; 1-bit frames are unpacked from a bit offset. */
const WHOLE_BYTE_BITS = [8, 16, 32];

/**
 * The bytes of frame `frame` of native (not encapsulated) Pixel Data, cut as
 * Cornerstone's getUncompressedImageFrame cuts them from the parsed file: frames
 * follow one another from the element's value, rows × columns × samples ×
 * BitsAllocated / 8 bytes each (PS3.5 8.1.1; YBR_FULL_422 stores two samples per
 * pixel). Undefined when the pixels cannot be read as one slice of the file:
 * no (integer) Pixel Data, encapsulated or deflated data, 1-bit samples, an
 * element of undefined length or one too short for the frame. Those are left to
 * a parse of the whole file, which reports what is wrong with them.
 */
export function nativeFrameRange(dataSet: DataSet, frame: number): FrameByteRange | undefined {
  const element = dataSet.elements[PIXEL_DATA];
  if (!element || element.encapsulatedPixelData || element.hadUndefinedLength) return undefined;
  if (dataSet.string('x00020010') === DEFLATED_EXPLICIT_VR_LE) return undefined;
  const bitsAllocated = dataSet.uint16('x00280100') ?? 0;
  if (!WHOLE_BYTE_BITS.includes(bitsAllocated)) return undefined;
  const samples = dataSet.string('x00280004') === 'YBR_FULL_422' ? 2 : (dataSet.uint16('x00280002') ?? 0);
  const frameBytes = (dataSet.uint16('x00280010') ?? 0) * (dataSet.uint16('x00280011') ?? 0) * samples * (bitsAllocated / 8);
  const start = element.dataOffset + frame * frameBytes;
  const end = start + frameBytes;
  if (frameBytes <= 0 || frame < 0 || end > element.dataOffset + element.length) return undefined;
  return { start, end };
}
