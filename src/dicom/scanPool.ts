import { type ScanOptions, type ScanResult, readHeaderFromFile, scanFiles } from './scanFiles';
import type { FileLike, ParseResult } from './types';

/** What a scan worker exposes (through Comlink in `src/workers/scan.worker.ts`). */
export interface ScanWorkerApi {
  readHeader(file: FileLike, headBytes?: number): Promise<ParseResult>;
}

/** The in-thread implementation that each worker exposes. */
export const scanWorkerApi: ScanWorkerApi = { readHeader: readHeaderFromFile };

/** One running worker: its remote API and how to stop it. */
export interface ScanWorkerHandle {
  api: Pick<ScanWorkerApi, 'readHeader'>;
  terminate(): void;
}

/** Scans through a capped set of workers; see {@link createScanPool}. */
export interface ScanPool {
  /** Workers the pool will start at most. */
  readonly size: number;
  /** {@link scanFiles} with each header read in a worker. */
  scan(files: readonly FileLike[], options?: Omit<ScanOptions, 'readHeader' | 'concurrency'>): Promise<ScanResult>;
  /** Stops every worker; the pool cannot be used afterwards. */
  terminate(): void;
}

/**
 * min(4, cores − 1), at least 1: leaves a core for the UI and Cornerstone's own
 * decode workers, and more than 4 readers gain little because file reads dominate.
 */
export function defaultPoolSize(hardwareConcurrency = typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency): number {
  return Math.max(1, Math.min(4, (hardwareConcurrency ?? 2) - 1));
}

/**
 * A capped pool of scan workers, started lazily on first use and reused across scans.
 *
 * @param spawn starts one worker (e.g. `spawnScanWorker` from `src/workers`); injected
 *   so this layer does not reference worker URLs and tests can run in Node
 */
export function createScanPool(spawn: () => ScanWorkerHandle, size = defaultPoolSize()): ScanPool {
  const all: ScanWorkerHandle[] = [];
  const idle: ScanWorkerHandle[] = [];
  const waiting: Array<(worker: ScanWorkerHandle) => void> = [];
  let terminated = false;

  function acquire(): Promise<ScanWorkerHandle> {
    if (terminated) return Promise.reject(new Error('scan pool terminated'));
    const worker = idle.pop();
    if (worker) return Promise.resolve(worker);
    if (all.length < size) {
      const spawned = spawn();
      all.push(spawned);
      return Promise.resolve(spawned);
    }
    return new Promise((resolve) => waiting.push(resolve));
  }

  function release(worker: ScanWorkerHandle): void {
    const waiter = waiting.shift();
    if (waiter) waiter(worker);
    else idle.push(worker);
  }

  async function readHeader(file: FileLike): Promise<ParseResult> {
    const worker = await acquire();
    try {
      return await worker.api.readHeader(file);
    } finally {
      release(worker);
    }
  }

  return {
    size,
    scan: (files, options = {}) => scanFiles(files, { ...options, concurrency: size, readHeader }),
    terminate() {
      terminated = true;
      for (const worker of all) worker.terminate();
      all.length = 0;
      idle.length = 0;
    },
  };
}
