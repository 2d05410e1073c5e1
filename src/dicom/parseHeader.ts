import type { DataSet } from 'dicom-parser';
import type { NonImageObject, SkipReason } from '../core';
import { headerFromDataSet } from './headerFromDataSet';
import { nativeFrameRange } from './nativeFrameRange';
import { hasDicmPrefix } from './part10';
import { readDataSet } from './readDataSet';
import type { InstanceHeader, NotDisplayedObject, ParseResult } from './types';

const PIXEL_DATA = 'x7fe00010';

/** Media Storage Directory Storage: a DICOMDIR. */
const DICOMDIR_CLASS = '1.2.840.10008.1.3.10';

// SOP class roots of objects that never carry a viewable image, so a scan can skip
// them from the head chunk instead of reading, say, a 50 MB encapsulated PDF whole.
const NON_IMAGE_CLASS_ROOTS: ReadonlyArray<[root: string, object: NonImageObject]> = [
  ['1.2.840.10008.5.1.4.1.1.88.', 'structured-report'],
  ['1.2.840.10008.5.1.4.1.1.11.', 'presentation-state'],
  ['1.2.840.10008.5.1.4.1.1.104.', 'encapsulated-document'],
  ['1.2.840.10008.5.1.4.1.1.9.', 'waveform'],
  ['1.2.840.10008.5.1.4.1.1.481.2', 'rt-dose'],
  ['1.2.840.10008.5.1.4.1.1.481.3', 'rt-structure-set'],
  ['1.2.840.10008.5.1.4.1.1.481.5', 'rt-plan'],
  ['1.2.840.10008.5.1.4.1.1.66', 'raw-registration-segmentation'],
];

// Objects of a study that the viewer does not draw but lists in the study
// browser, so that the reader knows the study has them.
const NOT_DISPLAYED_CLASSES: ReadonlyArray<[sopClassUID: string, kind: NotDisplayedObject['kind']]> = [
  ['1.2.840.10008.5.1.4.1.1.66.4', 'segmentation'],
  ['1.2.840.10008.5.1.4.1.1.66.5', 'segmentation'], // surface segmentation
  ['1.2.840.10008.5.1.4.1.1.481.2', 'dose'],
];

const NOT_DISPLAYED_OBJECT: Record<NotDisplayedObject['kind'], 'segmentation' | 'rt-dose'> = { segmentation: 'segmentation', dose: 'rt-dose' };

function notDisplayedObject(sopClassUID: string | undefined, ds: DataSet | undefined): NotDisplayedObject | undefined {
  const kind = NOT_DISPLAYED_CLASSES.find(([uid]) => uid === sopClassUID)?.[1];
  const text = (tag: string): string | undefined => ds?.string(tag) || undefined;
  const StudyInstanceUID = text('x0020000d');
  if (!kind || !StudyInstanceUID) return undefined;
  return {
    kind,
    StudyInstanceUID,
    PatientID: text('x00100020'),
    PatientName: text('x00100010'),
    StudyDate: text('x00080020'),
    StudyDescription: text('x00081030'),
    SeriesDescription: text('x0008103e'),
    Modality: text('x00080060'),
  };
}

/** Why an object of this SOP class is not an image the viewer shows, or undefined when it may be one. */
export function nonImageReason(sopClassUID: string | undefined): SkipReason | undefined {
  if (!sopClassUID) return undefined;
  if (sopClassUID === DICOMDIR_CLASS) return { code: 'dicomdir' };
  const object = NON_IMAGE_CLASS_ROOTS.find(([root]) => sopClassUID.startsWith(root))?.[1];
  return object && { code: 'not-an-image', object, sopClassUid: sopClassUID };
}

/** Options of {@link parseHeader}. */
export interface ParseHeaderOptions {
  /**
   * Whether the bytes are the whole file (default true). When false, a header that
   * runs past the bytes gives `needsMoreBytes` instead of "truncated file".
   */
  complete?: boolean;
  /** Whether an accepted image keeps its header's bytes, and the whole file's when they are given (see ParseResult's `header`, `wholeFile`). */
  keepHeader?: boolean;
}

/**
 * Reads the header of one DICOM file up to (not including) Pixel Data.
 *
 * Accepts Part 10 files, bare data sets without preamble (Explicit or Implicit VR LE)
 * and Deflated Explicit VR LE. Never throws: unreadable, truncated and non-image
 * files come back as `{ok: false, reason}`.
 *
 * @param bytes the whole file, or its first bytes with `complete: false`
 */
export function parseHeader(bytes: Uint8Array | ArrayBuffer, options: ParseHeaderOptions = {}): ParseResult {
  const input = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const complete = options.complete ?? true;
  const attempt = readDataSet(input, complete);
  if (attempt.kind === 'notDicom') {
    return { ok: false, reason: { code: 'not-dicom' } };
  }
  const dataSet = attempt.kind === 'parsed' ? attempt.dataSet : attempt.partial;
  const sopClassUID = dataSet?.string('x00080016') ?? attempt.mediaStorageSOPClassUID;
  const notDisplayed = notDisplayedObject(sopClassUID, dataSet);
  if (notDisplayed) {
    return { ok: false, reason: { code: 'not-displayed', object: NOT_DISPLAYED_OBJECT[notDisplayed.kind], sopClassUid: sopClassUID ?? '' }, notDisplayed };
  }
  const skipReason = nonImageReason(sopClassUID);
  if (skipReason) return { ok: false, reason: skipReason };
  if (attempt.kind === 'incomplete' || !attempt.hasPixelData) {
    if (!complete) return { ok: false, reason: { code: 'header-continues' }, needsMoreBytes: true };
    if (attempt.kind === 'incomplete') {
      return { ok: false, reason: { code: 'truncated', byteCount: input.length, detail: attempt.message } };
    }
    if ('x00041220' in attempt.dataSet.elements) return { ok: false, reason: { code: 'dicomdir' } };
    return { ok: false, reason: { code: 'not-an-image', sopClassUid: sopClassUID } };
  }
  const result = acceptedHeader(headerFromDataSet(attempt.dataSet, attempt.transferSyntaxUID));
  const pixelData = attempt.dataSet.elements[PIXEL_DATA];
  // A Part 10 file that dicom-parser read as it is (nothing inflated): offsets in the data set are offsets in the file,
  // and the image loader's parser (which needs the preamble) reads the same header from these bytes.
  if (result.ok && options.keepHeader && pixelData && hasDicmPrefix(input) && attempt.dataSet.byteArray === input) {
    const header = input.slice(0, pixelData.dataOffset);
    if (!complete) return { ...result, header };
    return { ...result, header, ...pixelsOfWholeFile(input, attempt.dataSet, result.instance.NumberOfFrames) };
  }
  return result;
}

/**
 * What an image loader can decode from a file read whole: a single native frame cut out
 * into a buffer of its own (the decoder can then keep it as the image's pixels, with no
 * copy on the page), else the whole file, copied out when its bytes are a view into a larger
 * buffer (a scan worker's grouped read), so that it can be handed on (transferred) alone.
 */
function pixelsOfWholeFile(input: Uint8Array, dataSet: DataSet, numberOfFrames: number): Pick<Extract<ParseResult, { ok: true }>, 'frame' | 'wholeFile'> {
  const range = numberOfFrames === 1 ? nativeFrameRange(dataSet, 0) : undefined;
  // A file shorter than its Pixel Data says keeps its whole bytes: the loader's parse reports it truncated.
  if (range && range.end <= input.length) return { frame: input.slice(range.start, range.end) };
  return { wholeFile: ownsItsBuffer(input) ? input : input.slice() };
}

/** Whether `bytes` spans all of its buffer, so that the buffer can be handed on (transferred) as the bytes alone. */
function ownsItsBuffer(bytes: Uint8Array): bytes is Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
}

/** The header of an image object as a parse result: refused when it cannot be placed in a series or displayed. */
export function acceptedHeader(instance: InstanceHeader): ParseResult {
  const missing = (['SOPInstanceUID', 'StudyInstanceUID', 'SeriesInstanceUID'] as const).filter((k) => !instance[k]);
  if (missing.length) return { ok: false, reason: { code: 'missing-uids', attributes: missing } };
  if (!instance.Rows || !instance.Columns) return { ok: false, reason: { code: 'missing-rows-columns' } };
  return { ok: true, instance };
}
