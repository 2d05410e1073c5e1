/**
 * Why a stack cannot be shown, as data the pane puts in words a radiologist can
 * act on. Cornerstone's loader rejects with Errors, strings or `{ error }`
 * wrappers depending on where decoding failed (main thread or worker), so all
 * three are unwrapped here; the failure is then recognised by what the loader,
 * its codecs, dicom-parser or the browser say (their words are kept as the
 * problem's technical detail, which has no translation).
 */
import type { ImageLoadProblem } from '../core';

/** Kept for the viewer's callers: a load error is core's {@link ImageLoadProblem}. */
export type LoadError = ImageLoadProblem;

function rawMessage(error: unknown, depth = 0): string | undefined {
  if (depth > 3) return undefined;
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object') {
    const o = error as { error?: unknown; message?: unknown };
    if (o.error !== undefined) return rawMessage(o.error, depth + 1);
    if (typeof o.message === 'string') return o.message;
  }
  return undefined;
}

type DetailedCode = Exclude<ImageLoadProblem['code'], 'unsupportedSyntax' | 'unknown' | 'noImages'>;

/**
 * What the known failures say, first match wins: memory first (a decoder that runs
 * out of it may say so in any words), then the file, then its pixels.
 */
const KNOWN_FAILURES: ReadonlyArray<[DetailedCode, RegExp]> = [
  // V8 ("Array buffer allocation failed"), Emscripten codecs ("Cannot enlarge memory", "Aborted(OOM)"), WebAssembly.Memory.grow.
  ['outOfMemory', /out of memory|allocation failed|cannot enlarge memory|maximum memory size|\bOOM\b/i],
  // dicomFileLoader's own words, and dicom-parser's for a file cut short.
  // subtractionLoader's own words.
  ['subtractionUnavailable', /no non-contrast slice within|subtraction needs/i],
  ['truncated', /insufficient data|truncated|buffer overrun|past end of buffer/i],
  ['unreadableFile', /unreadable DICOM file|invalid DICOM|no longer open|DICM/i],
  ['missingPixelData', /frame exceeds size of pixel ?data|frame is \d+ bytes, expected|no pixel data|colour pixel data has|does not have the same length/i],
  ['unsupportedPixelFormat', /unsupported pixel format|is not supported|no color space conversion/i],
  // The codecs' complaints (OpenJPEG via our patch, libjpeg-turbo, CharLS, OpenJPH, inflate).
  ['brokenCodestream', /codestream|corrupt|jpeg|charls|htj2k|huffman|marker|could not inflate|decod/i],
];

/**
 * The problem a failed load shows: the unsupported transfer syntax (e.g.
 * 1.2.840.10008.1.2.4.100) when the decoder gave up on the encoding, a known
 * failure with the loader's words as detail, or `unknown`.
 */
export function describeLoadError(error: unknown, transferSyntaxUid?: string): LoadError {
  const message = rawMessage(error);
  if (message === undefined) return { code: 'unknown' };
  const syntax = /transfer syntax\s+([0-9.]+)/i.exec(message)?.[1] ?? (/transfer syntax|no JPEG \w+ decoder loaded/i.test(message) ? transferSyntaxUid : undefined);
  if (syntax) return { code: 'unsupportedSyntax', syntax };
  const known = KNOWN_FAILURES.find(([, pattern]) => pattern.test(message));
  return known ? { code: known[0], detail: message } : { code: 'unknown', detail: message };
}
