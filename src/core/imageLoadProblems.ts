/**
 * Why a pane cannot show its image, as data the edge puts in the reader's
 * language. `detail` is what the decoder or loader said, kept as a technical
 * detail beside the sentence (it has no translation).
 */
export type ImageLoadProblem =
  /** No decoder for the encoding `syntax` (a transfer syntax UID). */
  | { code: 'unsupportedSyntax'; syntax: string }
  /** The encoding is known but not this variant of it (e.g. RLE with 32-bit samples). */
  | { code: 'unsupportedPixelFormat'; detail: string }
  /** The compressed pixel data does not decode. */
  | { code: 'brokenCodestream'; detail: string }
  /** The file ends before its last element. */
  | { code: 'truncated'; detail: string }
  /** The file has no pixel data, or less than its header promises. */
  | { code: 'missingPixelData'; detail: string }
  /** The file is not DICOM, or no longer readable. */
  | { code: 'unreadableFile'; detail: string }
  /** A subtraction image cannot be made here (no non-contrast slice close enough, colour images). */
  | { code: 'subtractionUnavailable'; detail: string }
  /** The browser ran out of memory decoding or holding the image. */
  | { code: 'outOfMemory'; detail: string }
  /** Any other failure; `detail` when the loader said something. */
  | { code: 'unknown'; detail?: string }
  /** The series has no image at all. */
  | { code: 'noImages' };

export type ImageLoadProblemCode = ImageLoadProblem['code'];
