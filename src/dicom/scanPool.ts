import { type ScanOptions, type ScanResult, WHOLE_FILE_MAX_BYTES, readHeaders, scanFiles } from './scanFiles';
import { yieldWhenTaskLong } from './taskBudget';
import type { FileLike, ParseResult } from './types';

/**
 * What a scan worker exposes (through Comlink in `src/workers/scan.worker.ts`).
 * The worker reads the heads and parses them; the page only posts the Files. Posting
 * a File costs the page one look-up of the file in the browser process (0.3–1 ms,
 * more on a busy machine), which the File then keeps: the image loader posts the same
 * File to a decoding worker later at no cost. Reading the heads on the page cost it
 * that look-up later plus the read itself (1–2 ms a file in a profile of a 1000-slice load).
 */
export interface ScanWorkerApi {
  /**
   * The headers of a batch of files, in their order, with the bytes the image loader can
   * take (`readWhole`: small files' whole bytes; see WHOLE_FILE_MAX_BYTES): one message in, one out.
   */
  readHeaders(files: FileLike[], readWhole: boolean): ParseResult[] | Promise<ParseResult[]>;
}

/** The in-thread implementation that each worker exposes: its Files were posted to it. */
export const scanWorkerApi: ScanWorkerApi = {
  readHeaders: (files, readWhole) => readHeaders(files, undefined, { posted: true, wholeFileBytes: readWhole ? WHOLE_FILE_MAX_BYTES : 0 }),
};

/** One running worker: its remote API and how to stop it. */
export interface ScanWorkerHandle {
  api: ScanWorkerApi;
  terminate(): void;
}

/** Scans through a capped set of workers; see {@link createScanPool}. */
export interface ScanPool {
  /** Workers the pool will start at most. */
  readonly size: number;
  /** Starts every worker now, so that the first scan does not wait for them to load. */
  warm(): void;
  /**
   * Starts reading one file's header now, ahead of the scan that will include it (the
   * pick's first file, before the rest of the pick is listed): that scan takes the result
   * instead of reading the file again. One file at a time: a new one replaces the last.
   */
  readAhead(file: FileLike, readWhole: boolean): void;
  /** {@link scanFiles} with each batch of files read and parsed in a worker. */
  scan(files: readonly FileLike[], options?: Omit<ScanOptions, 'readBatch' | 'concurrency' | 'beforeRound'>): Promise<ScanResult>;
  /** Stops every worker; the pool cannot be used afterwards. */
  terminate(): void;
}

/**
 * Batches each worker holds at once: while the main thread takes one batch's
 * results, the worker is already reading the next.
 */
const BATCHES_PER_WORKER = 2;

/** Time one task may spend looking files up, ms (see lookUpRound). */
const LOOK_UP_BUDGET_MS = 20;

/**
 * Looks up every file of a scan's round (its `size`: the browser process's look-up that a
 * File's first post would make, which the File then keeps) before the round's reads start,
 * in tasks of {@link LOOK_UP_BUDGET_MS}; each batch of the round then goes to its worker in
 * one message, cheaply, and the worker reads all its files in one grouped read. A look-up
 * takes 0.1–0.3 ms while the browser serves no read and ~1 ms while it serves the scan's
 * (12–35 ms on a very busy machine, right after a pick of 10,000 files): 500 slices of
 * 130 kB posted to two workers that read them whole, four messages of 32 in flight, each
 * looked up as it was posted, took the page 450–580 ms of look-ups; in rounds of 128 looked
 * up while nothing was read, 85–110 ms, and the reads ended as soon or sooner. The page's
 * thread was what a scan waited on (busy 1330 of 1355 ms of a 500-slice scan).
 */
function lookUpRound(files: readonly FileLike[]): Promise<void> | undefined {
  for (let at = 0; at < files.length; at += 1) {
    const pause = yieldWhenTaskLong(LOOK_UP_BUDGET_MS);
    if (pause) return pause.then(() => lookUpRound(files.slice(at)));
    void files[at]!.size;
  }
  return undefined; // all in this task: the round's first post goes at once
}

/**
 * One worker per core, at most 4 and at least 2: a scan waits mostly on file reads,
 * so two workers overlap reading and parsing even on two cores; beyond four the
 * disk, not the parser, limits.
 */
export function defaultPoolSize(hardwareConcurrency = typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency): number {
  return Math.max(2, Math.min(4, hardwareConcurrency ?? 2));
}

/**
 * A capped pool of scan workers, started lazily on first use and reused across scans.
 * Each batch goes to the worker with the fewest batches in hand.
 *
 * @param spawn starts one worker (e.g. `spawnScanWorker` from `src/workers`); injected
 *   so this layer does not reference worker URLs and tests can run in Node
 */
export function createScanPool(spawn: () => ScanWorkerHandle, size = defaultPoolSize()): ScanPool {
  const load = new Map<ScanWorkerHandle, number>();
  let terminated = false;

  function pick(): ScanWorkerHandle {
    let best: ScanWorkerHandle | undefined;
    for (const [worker, batches] of load) if (!best || batches < load.get(best)!) best = worker;
    if (best && load.get(best) === 0) return best;
    if (load.size < size) {
      const spawned = spawn();
      load.set(spawned, 0);
      return spawned;
    }
    return best!;
  }

  /** Posts `files` to one worker in one message (their look-ups made, or made by this post). */
  async function postToWorker(files: FileLike[], readWhole: boolean): Promise<ParseResult[]> {
    if (terminated) throw new Error('scan pool terminated');
    const worker = pick();
    load.set(worker, (load.get(worker) ?? 0) + 1);
    try {
      return await worker.api.readHeaders(files, readWhole);
    } finally {
      if (load.has(worker)) load.set(worker, load.get(worker)! - 1);
    }
  }

  /** The header read started ahead of its scan (see `readAhead`), until the batch holding its file takes it. */
  let readingAhead: { file: FileLike; result: Promise<ParseResult[]> } | undefined;

  async function readBatch(files: FileLike[], readWhole: boolean): Promise<ParseResult[]> {
    const ahead = readingAhead && files.includes(readingAhead.file) ? readingAhead : undefined;
    if (!ahead) return postToWorker(files, readWhole);
    readingAhead = undefined;
    const rest = files.filter((file) => file !== ahead.file);
    const [[aheadResult], restResults] = await Promise.all([ahead.result, rest.length > 0 ? postToWorker(rest, readWhole) : []]);
    let r = 0;
    return files.map((file) => (file === ahead.file ? aheadResult! : restResults[r++]!));
  }

  return {
    size,
    warm() {
      while (!terminated && load.size < size) load.set(spawn(), 0);
    },
    readAhead(file, readWhole) {
      const result = postToWorker([file], readWhole);
      result.catch(() => undefined); // a read no scan takes (its pick was cancelled) fails unseen
      readingAhead = { file, result };
    },
    // The first round's look-up yields like any other: a pick small enough to list in its own task
    // had its first file read ahead, and a larger one's first look-ups then wait for a task of
    // their own once the listing's has run long (the caller holds the scan back while the browser
    // is still busy with a pick of thousands of files, when a look-up would wait on it).
    scan: (files, options = {}) => scanFiles(files, { ...options, concurrency: size * BATCHES_PER_WORKER, readBatch, beforeRound: lookUpRound }),
    terminate() {
      terminated = true;
      for (const worker of load.keys()) worker.terminate();
      load.clear();
    },
  };
}
