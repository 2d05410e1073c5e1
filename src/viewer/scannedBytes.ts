import type { ScannedBytes } from '../dicom';

/**
 * Bytes a scan read, kept for the image loader until it loads the file: the loader
 * then starts from them instead of reading the file again (each read costs a round
 * trip to the browser process, on the page or in a decoding worker, more than the
 * parse and the decode of a small slice). Of a small file the scan read whole, the
 * header and the pixels of its single native frame are kept (the decoder takes those
 * pixels as they are), or the whole file; otherwise its header is kept.
 * Taken once: an image loaded again after eviction reads its file as before.
 */

/**
 * Most header bytes kept at once: a few thousand CT headers. Beyond it the scan's bytes
 * are let go and those files' heads are read again when loaded, so that a folder of tens
 * of thousands of files does not hold their headers for images never shown.
 */
export const SCANNED_HEADER_BUDGET_BYTES = 32 * 2 ** 20;

/**
 * Most bytes kept of files the scan read whole (frame and header, or file): about 2000 slices of 256 × 256 or 500 of 512 × 512.
 * They wait only from the scan to the pane's background decoding, which takes them
 * nearest first; files of series no pane shows keep theirs until they are shown or
 * closed. While the budget is spent the scan reads only heads.
 */
export const SCANNED_WHOLE_FILE_BUDGET_BYTES = 256 * 2 ** 20;

/**
 * What the loader starts from: the whole file (`complete`) or its first bytes up to Pixel
 * Data's value, with the pixels of its single native frame when the scan read those.
 */
export interface KeptBytes {
  bytes: Uint8Array<ArrayBuffer>;
  complete: boolean;
  frame?: Uint8Array<ArrayBuffer>;
}

const kept = new Map<string, KeptBytes>();
let headerBytes = 0;
let wholeFileBytes = 0;

/** Bytes of a file read whole that an entry holds (0: a header alone, counted in the header budget). */
const wholeFileBytesOf = ({ bytes, complete, frame }: KeptBytes) => (complete ? bytes.byteLength : frame ? bytes.byteLength + frame.byteLength : 0);

/** Whether a scan should read small files whole now: their bytes would be kept. */
export function wantsWholeFiles(): boolean {
  return wholeFileBytes < SCANNED_WHOLE_FILE_BUDGET_BYTES;
}

/** What to keep of `scanned`: its pixels or whole file while their budget allows, else the header while that budget allows. */
function toKeep({ header, frame, wholeFile }: ScannedBytes): KeptBytes | undefined {
  const read: KeptBytes | undefined = frame ? { bytes: header, complete: false, frame } : wholeFile && { bytes: wholeFile, complete: true };
  if (read && wholeFileBytes + wholeFileBytesOf(read) <= SCANNED_WHOLE_FILE_BUDGET_BYTES) return read;
  return headerBytes + header.byteLength <= SCANNED_HEADER_BUDGET_BYTES ? { bytes: header, complete: false } : undefined;
}

/** Keeps what the scan read of the loader's file `url` (e.g. "3" of `dicomfile:3`), within the budgets. */
export function keepScannedBytes(url: string, scanned: ScannedBytes): void {
  if (kept.has(url)) return;
  const keep = toKeep(scanned);
  if (!keep) return;
  kept.set(url, keep);
  count(keep, 1);
}

function count(entry: KeptBytes, sign: 1 | -1): void {
  const whole = wholeFileBytesOf(entry);
  if (whole > 0) wholeFileBytes += sign * whole;
  else headerBytes += sign * entry.bytes.byteLength;
}

/** The bytes kept for `url`, if any, which are then forgotten. */
export function takeScannedBytes(url: string): KeptBytes | undefined {
  const taken = kept.get(url);
  if (!taken) return undefined;
  kept.delete(url);
  count(taken, -1);
  return taken;
}

/** Drops everything kept (the files are closed). */
export function forgetScannedBytes(): void {
  kept.clear();
  headerBytes = 0;
  wholeFileBytes = 0;
}
