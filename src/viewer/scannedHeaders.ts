/**
 * Header bytes a scan read, kept for the image loader until it loads the file: the
 * loader then parses them instead of reading the file's head a second time (each
 * read costs the page's thread a round trip to the browser process, about as much
 * as the parse and the decode together on a busy machine). Taken once: an image
 * loaded again after eviction reads its head from the file as before.
 */

/**
 * Most bytes kept at once: a few thousand CT headers. Beyond it the scan's bytes are
 * let go and those files' heads are read again when loaded, so that a folder of tens
 * of thousands of files does not hold their headers for images never shown.
 */
export const SCANNED_HEADER_BUDGET_BYTES = 32 * 2 ** 20;

const kept = new Map<string, Uint8Array<ArrayBuffer>>();
let keptBytes = 0;

/** Keeps `header` for the loader's file `url` (e.g. "3" of `dicomfile:3`) while the budget allows. */
export function keepScannedHeader(url: string, header: Uint8Array<ArrayBuffer>): void {
  if (kept.has(url) || keptBytes + header.byteLength > SCANNED_HEADER_BUDGET_BYTES) return;
  kept.set(url, header);
  keptBytes += header.byteLength;
}

/** The header kept for `url`, if any, which is then forgotten. */
export function takeScannedHeader(url: string): Uint8Array<ArrayBuffer> | undefined {
  const header = kept.get(url);
  if (!header) return undefined;
  kept.delete(url);
  keptBytes -= header.byteLength;
  return header;
}

/** Drops every kept header (the files are closed). */
export function forgetScannedHeaders(): void {
  kept.clear();
  keptBytes = 0;
}
