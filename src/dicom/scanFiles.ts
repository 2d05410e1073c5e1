import { dedupeInstances } from './dedupe';
import { parseHeader } from './parseHeader';
import type { FileLike, NotDisplayedObject, ParseResult, ScannedInstance } from './types';

/**
 * First read per file. CT and MR headers take a few kB (Siemens CSA or long private
 * groups up to a few tens); reading 32 kB instead of the whole slice keeps the scan
 * near the cost of opening each file. Longer headers (Enhanced multi-frame) grow the read.
 */
export const HEAD_CHUNK_BYTES = 32 * 1024;

/** Header reads one batch keeps in flight: file reads wait on the disk, parsing is short. */
export const READS_IN_FLIGHT = 8;

/** Files per batch: one message to a worker and one back, instead of one round trip per file. */
export const SCAN_BATCH_FILES = 32;

/** Counters for a progress bar, reported after each batch. */
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

/**
 * What one batch found, as soon as it is read: images (not yet deduplicated, in
 * completion order) and skipped files. The final {@link ScanResult} supersedes it.
 */
export interface ScanBatchResult {
  instances: ScannedInstance[];
  skipped: SkippedFile[];
}

/** Options of {@link scanFiles}. */
export interface ScanOptions {
  onProgress?: (progress: ScanProgress) => void;
  /** Each batch's findings while the scan runs, so that the caller can show images before it ends. */
  onBatch?: (found: ScanBatchResult) => void;
  /** Aborting stops dispatching files; the scan then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Prepended to each file's index to form its `fileId`, so that several scans can share one registry. */
  fileIdPrefix?: string;
  /** Batches read at once (default 2); the worker pool sets it from its size. */
  concurrency?: number;
  /** Files per batch (default {@link SCAN_BATCH_FILES}). */
  batchSize?: number;
  /** Reads the headers of one batch; defaults to {@link readHeaders} in this thread, the pool passes a worker call. */
  readBatch?: (files: FileLike[]) => Promise<ParseResult[]>;
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
 * Reads the headers of several files with up to `inFlight` reads at once; results
 * come back in the order of `files`. Never throws (see {@link readHeaderFromFile}).
 */
export async function readHeaders(files: readonly FileLike[], inFlight = READS_IN_FLIGHT, headBytes = HEAD_CHUNK_BYTES): Promise<ParseResult[]> {
  const results = new Array<ParseResult>(files.length);
  let next = 0;
  async function drain(): Promise<void> {
    for (let i = next++; i < files.length; i = next++) results[i] = await readHeaderFromFile(files[i]!, headBytes);
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(inFlight, files.length)) }, drain));
  return results;
}

function toFound(result: ParseResult, file: FileLike, fileId: string): { instance?: ScannedInstance; skipped?: SkippedFile } {
  const path = filePath(file);
  if (result.ok) return { instance: { ...result.instance, fileId, path } };
  return { skipped: { path, reason: result.reason, ...(result.notDisplayed && { notDisplayed: result.notDisplayed }) } };
}

/**
 * Scans files for DICOM images: reads headers batch by batch (several batches in
 * flight), skips what is not an image with a reason, and drops duplicate
 * SOPInstanceUIDs. Each instance gets `fileId = ${fileIdPrefix}${index in files}`,
 * the key under which the caller keeps the File for the viewer. The result does
 * not depend on the order in which batches finish.
 */
export async function scanFiles(files: readonly FileLike[], options: ScanOptions = {}): Promise<ScanResult> {
  const { onProgress, onBatch, signal, fileIdPrefix = '', concurrency = 2, batchSize = SCAN_BATCH_FILES } = options;
  const readBatch = options.readBatch ?? ((batch: FileLike[]) => readHeaders(batch));
  const found = new Array<ReturnType<typeof toFound> | undefined>(files.length);
  const progress: ScanProgress = { filesRead: 0, total: files.length, dicomFound: 0, skipped: 0 };
  const batchCount = Math.ceil(files.length / batchSize);
  let nextBatch = 0;

  async function drain(): Promise<void> {
    for (let b = nextBatch++; b < batchCount; b = nextBatch++) {
      signal?.throwIfAborted();
      const start = b * batchSize;
      const batch = files.slice(start, start + batchSize);
      const results = await readBatch(batch);
      signal?.throwIfAborted();
      const batchFound: ScanBatchResult = { instances: [], skipped: [] };
      results.forEach((result, i) => {
        const one = toFound(result, batch[i]!, `${fileIdPrefix}${start + i}`);
        found[start + i] = one;
        if (one.instance) batchFound.instances.push(one.instance);
        if (one.skipped) batchFound.skipped.push(one.skipped);
      });
      progress.filesRead += batch.length;
      progress.dicomFound += batchFound.instances.length;
      progress.skipped += batchFound.skipped.length;
      onBatch?.(batchFound);
      onProgress?.({ ...progress });
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, batchCount)) }, drain));
  signal?.throwIfAborted();

  const instances = found.flatMap((one) => (one?.instance ? [one.instance] : []));
  const skipped = found.flatMap((one) => (one?.skipped ? [one.skipped] : []));
  const { unique, duplicates } = dedupeInstances(instances);
  const pathOf = new Map(unique.map((instance) => [instance.SOPInstanceUID, instance.path]));
  return {
    instances: unique,
    skipped,
    duplicates: duplicates.map((d) => ({ path: d.path, duplicateOf: pathOf.get(d.SOPInstanceUID) ?? '' })),
  };
}
