import { dedupeInstances } from './dedupe';
import { parseHeader } from './parseHeader';
import type { FileLike, NotDisplayedObject, ParseResult, ScannedInstance } from './types';

/** First read per file: enough for almost any header; Enhanced multi-frame headers may need more. */
export const HEAD_CHUNK_BYTES = 256 * 1024;

/** Counters for a progress bar, reported after each file. */
export interface ScanProgress {
  filesRead: number;
  total: number;
  dicomFound: number;
  skipped: number;
}

/** A file the scan could not use, and why, in words for the reader. */
export interface SkippedFile {
  path: string;
  reason: string;
  /** A segmentation or RT dose, which the study browser also lists in its study. */
  notDisplayed?: NotDisplayedObject;
}

/** A file whose SOPInstanceUID an earlier file already had; only the earlier one is kept. */
export interface DuplicateFile {
  path: string;
  duplicateOf: string;
}

/** What a scan found: images to index, files skipped with reasons, duplicate copies. */
export interface ScanResult {
  /** Unique by SOPInstanceUID, in the order of the input files. */
  instances: ScannedInstance[];
  skipped: SkippedFile[];
  duplicates: DuplicateFile[];
}

/** Options of {@link scanFiles}. */
export interface ScanOptions {
  onProgress?: (progress: ScanProgress) => void;
  /** Aborting stops dispatching files; the scan then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Prepended to each file's index to form its `fileId`, so that several scans can share one registry. */
  fileIdPrefix?: string;
  /** Files read at once (default 4); the worker pool sets it to its size. */
  concurrency?: number;
  /** Reads one header; defaults to {@link readHeaderFromFile} in this thread, the pool passes a worker call. */
  readHeader?: (file: FileLike) => Promise<ParseResult>;
}

/** The path shown for a file: folder-relative when the browser gives one, else the name. */
export function filePath(file: FileLike): string {
  return file.webkitRelativePath || file.name;
}

async function readRange(file: FileLike, start: number, end: number): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(start, end).arrayBuffer());
}

/**
 * Reads a file's DICOM header from its first bytes, growing the read ×4 while the
 * header runs past it, so that large files are never read whole unless they must be
 * (deflated files, or headers bigger than the chunk). Never throws.
 *
 * @param headBytes size of the first read, bytes
 */
export async function readHeaderFromFile(file: FileLike, headBytes = HEAD_CHUNK_BYTES): Promise<ParseResult> {
  try {
    let bytes = await readRange(file, 0, Math.min(file.size, headBytes));
    for (;;) {
      const complete = bytes.length >= file.size;
      const result = parseHeader(bytes, { complete });
      if (result.ok || !result.needsMoreBytes || complete) return result;
      const more = await readRange(file, bytes.length, Math.min(file.size, bytes.length * 4));
      const grown = new Uint8Array(bytes.length + more.length);
      grown.set(bytes);
      grown.set(more, bytes.length);
      bytes = grown;
    }
  } catch (error) {
    return { ok: false, reason: `could not read the file (${error instanceof Error ? error.message : String(error)})` };
  }
}

/**
 * Scans files for DICOM images: reads each header, skips what is not an image with
 * a reason, and drops duplicate SOPInstanceUIDs. Each instance gets
 * `fileId = ${fileIdPrefix}${index in files}`, the key under which the caller
 * keeps the File for the viewer.
 */
export async function scanFiles(files: readonly FileLike[], options: ScanOptions = {}): Promise<ScanResult> {
  const { onProgress, signal, fileIdPrefix = '', concurrency = 4, readHeader = (file) => readHeaderFromFile(file) } = options;
  const results = new Array<ParseResult | undefined>(files.length);
  const progress: ScanProgress = { filesRead: 0, total: files.length, dicomFound: 0, skipped: 0 };
  let next = 0;

  async function drain(): Promise<void> {
    for (let i = next++; i < files.length; i = next++) {
      signal?.throwIfAborted();
      const file = files[i];
      if (!file) continue;
      const result = await readHeader(file);
      results[i] = result;
      progress.filesRead += 1;
      if (result.ok) progress.dicomFound += 1;
      else progress.skipped += 1;
      onProgress?.({ ...progress });
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, files.length)) }, drain));
  signal?.throwIfAborted();

  const found: ScannedInstance[] = [];
  const skipped: SkippedFile[] = [];
  results.forEach((result, i) => {
    const file = files[i];
    if (!result || !file) return;
    const path = filePath(file);
    if (result.ok) found.push({ ...result.instance, fileId: `${fileIdPrefix}${i}`, path });
    else skipped.push({ path, reason: result.reason, ...(result.notDisplayed && { notDisplayed: result.notDisplayed }) });
  });
  const { unique, duplicates } = dedupeInstances(found);
  const pathOf = new Map(unique.map((instance) => [instance.SOPInstanceUID, instance.path]));
  return {
    instances: unique,
    skipped,
    duplicates: duplicates.map((d) => ({ path: d.path, duplicateOf: pathOf.get(d.SOPInstanceUID) ?? '' })),
  };
}
