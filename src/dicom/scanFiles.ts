import type { SkipReason } from '../core';
import { dedupeInstances } from './dedupe';
import { readFileHead, readPostedFileHead } from './fileHead';
import { parseHeader } from './parseHeader';
import { SharedStrings } from './sharedStrings';
import { yieldWhenTaskLong } from './taskBudget';
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

/**
 * Files in a scan's first batch: one, so that the first image's header comes back after
 * one read and one parse. With eight, the scan worker read and parsed all eight (cold
 * code) before answering: 90 ms from the post to the first header in a trace of a
 * 100-slice pick, while the first image needs only its own file. The batches after it
 * wait for that image (see firstImageFirst), and then carry the scan as before.
 */
export const FIRST_BATCH_FILES = 1;

/**
 * Files this small are read whole by a scan worker when the caller asks (see
 * ScanOptions.readWhole): a slice of up to 1024 × 1024 16-bit pixels with its header.
 * Reading the whole slice in the scan's grouped reads costs little more than its
 * head, and the image loader then decodes it without reading the file again.
 * Larger files (multi-frame objects) have their frames read when they are shown.
 */
export const WHOLE_FILE_MAX_BYTES = 4 * 2 ** 20;

/** What the scan read of an image's file that the image loader can start from instead of reading the file. */
export interface ScannedBytes {
  /** The file's first bytes, up to the value of its Pixel Data (see ParseResult's `header`). */
  header: Uint8Array<ArrayBuffer>;
  /** The pixels of a single native frame, when the scan read the file whole (see ParseResult's `frame`). */
  frame?: Uint8Array<ArrayBuffer>;
  /** The whole file, when the scan read it whole and it holds no single native frame. */
  wholeFile?: Uint8Array<ArrayBuffer>;
}

/** Counters for a progress bar, reported after each batch. */
export interface ScanProgress {
  filesRead: number;
  total: number;
  dicomFound: number;
  skipped: number;
}

/** A file the scan could not use, and why (as data; `src/text` words it). */
export interface SkippedFile {
  path: string;
  reason: SkipReason;
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
  /**
   * The bytes the scan read, by the instance's fileId, where it could keep them: the
   * image loader starts from them instead of reading the file again. Only here, so that
   * the scan's result does not hold them.
   */
  scannedBytes: Map<string, ScannedBytes>;
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
  /** Batches read at once, a round (default 2); the worker pool sets it from its size. */
  concurrency?: number;
  /** The path shown for each file, by index (default: {@link filePath}). */
  paths?: readonly string[];
  /**
   * Indices of `files` in the order to read them (default: as given), e.g. by path so
   * that a folder's first images come from its first series; the result is the same.
   */
  readOrder?: readonly number[];
  /** Files per batch (default {@link SCAN_BATCH_FILES}); the first batch holds at most {@link FIRST_BATCH_FILES}. */
  batchSize?: number;
  /**
   * Awaited before reading batch `batchIndex` (0 is the first), when it returns a promise:
   * e.g. to keep the disk and the main thread for the first image while it loads.
   */
  holdBatch?: (batchIndex: number) => Promise<void> | undefined;
  /**
   * Asked before each batch: whether a scan worker should read the batch's small files
   * whole (see WHOLE_FILE_MAX_BYTES), because the caller keeps their bytes for the image
   * loader (while its budget allows). Default: never; a scan in this thread never does.
   */
  readWhole?: () => boolean;
  /** Reads the headers of one batch; defaults to {@link readHeaders} in this thread, the pool passes a worker call. */
  readBatch?: (files: FileLike[], readWhole: boolean) => Promise<ParseResult[]>;
  /**
   * Awaited before each round's batches are read, with all their files, while no read
   * of the scan is in flight: the pool looks the files up then (see `lookUpRound` in scanPool).
   */
  beforeRound?: (files: FileLike[]) => Promise<void> | undefined;
}

/** The path shown for a file: folder-relative when the browser gives one, else the name. */
export function filePath(file: FileLike): string {
  return file.webkitRelativePath || file.name;
}

/** The first bytes of a file, for a header parser that may run in another thread. */
export interface HeadBytes {
  bytes: Uint8Array<ArrayBuffer>;
  /** Whether `bytes` is the whole file. */
  complete: boolean;
}

/** Parses heads in this thread, keeping each image's header bytes; a scan worker exposes the same function. */
export function parseHeads(heads: readonly HeadBytes[]): ParseResult[] {
  return heads.map(({ bytes, complete }) => parseHeader(bytes, { complete, keepHeader: true }));
}

type ReadOrFailure = HeadBytes | { failure: SkipReason };

/** Options of {@link readHeaders}. */
export interface ReadHeadersOptions {
  /** Bytes read first of each file. */
  headBytes?: number;
  /** The Files were posted to this thread (a scan worker), which may then read them as slices (see readPostedFileHead). */
  posted?: boolean;
  /** Posted files up to this size are read whole (0: none). */
  wholeFileBytes?: number;
}

/** The head of a file for parsing (the whole file when posted and small enough), or why it could not be read. */
async function readHead(file: FileLike, bytes: number, { posted = false, wholeFileBytes = 0 }: ReadHeadersOptions): Promise<ReadOrFailure> {
  try {
    if (!posted || !(file instanceof Blob)) return await readFileHead(file, bytes);
    return await readPostedFileHead(file, file.size <= wholeFileBytes ? Math.max(bytes, file.size) : bytes);
  } catch (error) {
    return { failure: { code: 'unreadable', detail: error instanceof Error ? error.message : String(error) } };
  }
}

async function eachLimited(count: number, inFlight: number, work: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const drain = async () => {
    for (let i = next++; i < count; i = next++) await work(i);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(inFlight, count)) }, drain));
}

/**
 * Reads the headers of several files: the first `headBytes` of each (up to
 * {@link READS_IN_FLIGHT} reads at once, which a scan worker's grouped reads gather),
 * parsed together by `parse`, which may run in a worker and take the buffers over. A header running past its bytes is read again ×4 as
 * far, until it fits or the file is read whole, so that large files are never read
 * whole unless they must be (deflated files, headers bigger than the chunk).
 * Results come in the order of `files`. Never throws: an unreadable file becomes
 * a result with the reason.
 */
export async function readHeaders(
  files: readonly FileLike[],
  parse: (heads: HeadBytes[]) => ParseResult[] | Promise<ParseResult[]> = parseHeads,
  options: ReadHeadersOptions = {},
): Promise<ParseResult[]> {
  const { headBytes = HEAD_CHUNK_BYTES } = options;
  const results = new Array<ParseResult>(files.length);
  let pending = files.map((_, i) => i);
  for (let want = headBytes; pending.length > 0; want *= 4) {
    const reads = new Array<ReadOrFailure>(pending.length);
    // Posted files' reads all go to the grouped reader at once, which bounds the reads in flight itself.
    await eachLimited(pending.length, options.posted ? pending.length : READS_IN_FLIGHT, async (k) => {
      // Reads completing together resume in one task: each next read waits for a fresh task once this one is long.
      const pause = yieldWhenTaskLong();
      if (pause) await pause;
      reads[k] = await readHead(files[pending[k]!]!, want, options);
    });
    const heads = reads.flatMap((read) => ('failure' in read ? [] : [read]));
    const completeness = heads.map((head) => head.complete); // `parse` may take the buffers over
    const parsed = heads.length > 0 ? await parse(heads) : [];
    const stillShort: number[] = [];
    let h = 0;
    reads.forEach((read, k) => {
      const i = pending[k]!;
      if ('failure' in read) {
        results[i] = { ok: false, reason: read.failure };
        return;
      }
      const result = parsed[h]!;
      if (!result.ok && result.needsMoreBytes && !completeness[h]) stillShort.push(i);
      else results[i] = result;
      h += 1;
    });
    pending = stillShort;
  }
  return results;
}

/** The header of one file (see {@link readHeaders}), parsed in this thread. */
export async function readHeaderFromFile(file: FileLike, headBytes = HEAD_CHUNK_BYTES): Promise<ParseResult> {
  const [result] = await readHeaders([file], parseHeads, { headBytes });
  return result!;
}

/**
 * Where each batch starts: a short first batch, then rounds of `perRound` batches of
 * `batchSize` files; the last round's files are spread evenly over its batches, so that
 * no worker reads twice as many as another while the round waits for it (99 files after
 * the first: 25, 25, 25 and 24 rather than 32, 32, 32 and 3, two batches a worker).
 */
function batchBoundaries(fileCount: number, batchSize: number, perRound: number): number[] {
  const starts = fileCount > 0 ? [0] : [];
  const first = Math.min(batchSize, FIRST_BATCH_FILES);
  const fullRoundsEnd = first + Math.floor((fileCount - first) / (perRound * batchSize)) * perRound * batchSize;
  const lastRoundBatch = Math.ceil((fileCount - fullRoundsEnd) / perRound);
  for (let start = first; start < fileCount; start += start < fullRoundsEnd ? batchSize : lastRoundBatch) starts.push(start);
  return starts;
}

/** Fields of a scanned instance that differ from file to file: not worth sharing (see SharedStrings). */
const PER_FILE_FIELDS: ReadonlySet<string> = new Set(['SOPInstanceUID', 'fileId', 'path', 'ImagePositionPatient']);

function toFound(result: ParseResult, path: string, fileId: string, strings: SharedStrings): { instance?: ScannedInstance; skipped?: SkippedFile } {
  if (result.ok) return { instance: strings.share({ ...result.instance, fileId, path }, PER_FILE_FIELDS) };
  return { skipped: { path, reason: result.reason, ...(result.notDisplayed && { notDisplayed: result.notDisplayed }) } };
}

/**
 * Scans files for DICOM images: reads headers batch by batch, in rounds of
 * `concurrency` batches read at once (the short first batch is a round of its own),
 * skips what is not an image with a reason, and drops duplicate SOPInstanceUIDs.
 * Each instance gets `fileId = ${fileIdPrefix}${index in files}`, the key under
 * which the caller keeps the File for the viewer. The result does not depend on the
 * order in which batches finish.
 */
export async function scanFiles(files: readonly FileLike[], options: ScanOptions = {}): Promise<ScanResult> {
  const { onProgress, onBatch, holdBatch, beforeRound, signal, paths, fileIdPrefix = '', concurrency = 2, batchSize = SCAN_BATCH_FILES } = options;
  const order = options.readOrder ?? files.map((_, i) => i);
  const readBatch = options.readBatch ?? ((batch: FileLike[]) => readHeaders(batch));
  const readWhole = options.readWhole ?? (() => false);
  const found = new Array<ReturnType<typeof toFound> | undefined>(files.length);
  const progress: ScanProgress = { filesRead: 0, total: files.length, dicomFound: 0, skipped: 0 };
  const roundSize = Math.max(1, concurrency);
  const batchStarts = batchBoundaries(files.length, batchSize, roundSize);
  const indicesOf = (b: number) => order.slice(batchStarts[b]!, batchStarts[b + 1] ?? files.length);
  const strings = new SharedStrings();

  async function readOne(b: number): Promise<void> {
    const indices = indicesOf(b);
    const batch = indices.map((i) => files[i]!);
    const results = await readBatch(batch, readWhole());
    signal?.throwIfAborted();
    const batchFound: ScanBatchResult = { instances: [], skipped: [], scannedBytes: new Map() };
    results.forEach((result, i) => {
      const index = indices[i]!;
      const one = toFound(result, paths?.[index] ?? filePath(batch[i]!), `${fileIdPrefix}${index}`, strings);
      found[index] = one;
      if (one.instance && result.ok && result.header) {
        const { header, frame, wholeFile } = result;
        batchFound.scannedBytes.set(one.instance.fileId, { header, ...(frame && { frame }), ...(wholeFile && { wholeFile }) });
      }
      if (one.instance) batchFound.instances.push(one.instance);
      if (one.skipped) batchFound.skipped.push(one.skipped);
    });
    progress.filesRead += batch.length;
    progress.dicomFound += batchFound.instances.length;
    progress.skipped += batchFound.skipped.length;
    onBatch?.(batchFound);
    onProgress?.({ ...progress });
  }

  for (let first = 0; first < batchStarts.length; ) {
    const end = first === 0 ? 1 : Math.min(batchStarts.length, first + roundSize);
    const round = Array.from({ length: end - first }, (_, k) => first + k);
    signal?.throwIfAborted();
    const held = round.map((b) => holdBatch?.(b)).filter((hold) => hold !== undefined);
    if (held.length > 0) {
      await Promise.all(held);
      signal?.throwIfAborted();
    }
    const preparing = beforeRound?.(round.flatMap((b) => indicesOf(b).map((i) => files[i]!)));
    if (preparing) {
      await preparing;
      signal?.throwIfAborted();
    }
    await Promise.all(round.map(readOne));
    first = end;
  }
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
