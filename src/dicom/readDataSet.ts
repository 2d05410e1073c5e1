import dicomParser, { type DataSet } from 'dicom-parser';
import { DEFLATED_EXPLICIT_VR_LE, EXPLICIT_VR_LE, PART10_PREFIX_BYTES, hasDicmPrefix, inflateDeflatedPart10, readMetaString } from './part10';

const IMPLICIT_VR_LE = '1.2.840.10008.1.2';
const PIXEL_DATA = 'x7fe00010';
const FLOAT_PIXEL_DATA = ['x7fe00008', 'x7fe00009'];
const VR = /^(AE|AS|AT|CS|DA|DS|DT|FD|FL|IS|LO|LT|OB|OD|OF|OL|OV|OW|PN|SH|SL|SQ|SS|ST|SV|TM|UC|UI|UL|UN|UR|US|UT|UV)$/;

/** What dicom-parser made of some bytes, before any DICOM semantics are applied. */
export type DataSetAttempt =
  | { kind: 'parsed'; dataSet: DataSet; transferSyntaxUID: string; hasPixelData: boolean; mediaStorageSOPClassUID?: string }
  | { kind: 'notDicom' }
  /** Parsing stopped early: `partial` holds what was read, to classify the file without reading more. */
  | { kind: 'incomplete'; message: string; partial?: DataSet; mediaStorageSOPClassUID?: string };

const DICM = [0x44, 0x49, 0x43, 0x4d];

/** `bytes` behind a zeroed 128-byte preamble and, unless `bytes` already starts with it, `DICM`. */
function withPreamble(bytes: Uint8Array, addDicm: boolean): Uint8Array {
  const head = addDicm ? PART10_PREFIX_BYTES : 128;
  const out = new Uint8Array(head + bytes.length);
  if (addDicm) out.set(DICM, 128);
  out.set(bytes, head);
  return out;
}

/**
 * Files written without the Part 10 wrapper (old archives, some modality exports)
 * start straight at a group 0008 element; an uppercase VR at byte 4 tells Explicit
 * from Implicit VR. Files starting at `DICM` or at group 0002 merely lack the preamble.
 */
function unwrapped(bytes: Uint8Array): { bytes: Uint8Array; defaultTransferSyntax?: string } | undefined {
  if (bytes.length < 8) return undefined;
  if (DICM.every((b, i) => bytes[i] === b)) return { bytes: withPreamble(bytes, false) };
  const group = (bytes[0] ?? 0) | ((bytes[1] ?? 0) << 8);
  if (group === 0x0002) return { bytes: withPreamble(bytes, true) };
  if (group !== 0x0008) return undefined;
  const explicit = VR.test(String.fromCharCode(bytes[4] ?? 0, bytes[5] ?? 0));
  return { bytes, defaultTransferSyntax: explicit ? EXPLICIT_VR_LE : IMPLICIT_VR_LE };
}

/** dicom-parser throws strings, Errors, or `{exception, dataSet}` carrying what it read so far. */
function describeThrow(thrown: unknown): { message: string; partial?: DataSet } {
  if (thrown && typeof thrown === 'object' && 'exception' in thrown) {
    const { exception, dataSet } = thrown as { exception: unknown; dataSet?: DataSet };
    return { message: describeThrow(exception).message, partial: dataSet };
  }
  return { message: thrown instanceof Error ? thrown.message : String(thrown) };
}

/**
 * Parses the header of a DICOM file, stopping before Pixel Data so that only a
 * head chunk of a large file has to be in memory.
 *
 * @param input the whole file or its first bytes
 * @param complete whether `input` is the whole file; a deflated data set can only be read whole
 */
export function readDataSet(input: Uint8Array, complete: boolean): DataSetAttempt {
  const source = hasDicmPrefix(input) ? { bytes: input } : unwrapped(input);
  if (!source) return { kind: 'notDicom' };
  let { bytes } = source;
  let mediaStorageSOPClassUID: string | undefined;
  let transferSyntaxUID = source.defaultTransferSyntax ?? IMPLICIT_VR_LE;
  try {
    if (!source.defaultTransferSyntax) {
      mediaStorageSOPClassUID = readMetaString(bytes, 0x0002);
      transferSyntaxUID = readMetaString(bytes, 0x0010) ?? transferSyntaxUID;
    }
    if (transferSyntaxUID === DEFLATED_EXPLICIT_VR_LE) {
      if (!complete) return { kind: 'incomplete', message: 'a deflated data set is read whole', mediaStorageSOPClassUID };
      bytes = inflateDeflatedPart10(bytes);
    }
  } catch (thrown) {
    return { kind: 'incomplete', message: describeThrow(thrown).message, mediaStorageSOPClassUID };
  }
  try {
    const dataSet = dicomParser.parseDicom(bytes, {
      untilTag: PIXEL_DATA,
      ...(source.defaultTransferSyntax ? { TransferSyntaxUID: source.defaultTransferSyntax } : {}),
    });
    const hasPixelData = [PIXEL_DATA, ...FLOAT_PIXEL_DATA].some((tag) => tag in dataSet.elements);
    return { kind: 'parsed', dataSet, transferSyntaxUID, hasPixelData, mediaStorageSOPClassUID };
  } catch (thrown) {
    return { kind: 'incomplete', ...describeThrow(thrown), mediaStorageSOPClassUID };
  }
}
