import { type Endpoint, expose, releaseProxy, transfer, wrap } from 'comlink';
import { type ScanWorkerApi, type ScanWorkerHandle, scanWorkerApi } from '../dicom';

/**
 * Serves {@link scanWorkerApi} on `endpoint` (the worker's own scope): the bytes kept
 * for the image loader (headers, small files whole) go back to the page transferred, not copied.
 */
export function exposeScanWorker(endpoint: Endpoint): void {
  expose(
    {
      async readHeaders(files, readWhole) {
        const results = await scanWorkerApi.readHeaders(files, readWhole);
        return transfer(
          results,
          results.flatMap((result) => (result.ok ? [result.header?.buffer, result.frame?.buffer, result.wholeFile?.buffer].filter((buffer) => buffer !== undefined) : [])),
        );
      },
    } satisfies ScanWorkerApi,
    endpoint,
  );
}

/** A scan worker's handle over any Comlink endpoint: each batch of files is one message (Files are handles: nothing is read to post them, but the browser looks up each File once at its first post; see scanPool). */
export function connectScanWorker(endpoint: Endpoint, close: () => void): ScanWorkerHandle {
  const remote = wrap<ScanWorkerApi>(endpoint);
  return {
    api: { readHeaders: (files, readWhole) => remote.readHeaders(files, readWhole) },
    terminate() {
      remote[releaseProxy]();
      close();
    },
  };
}

/**
 * Starts one scan worker for `createScanPool`. The `new URL(…, import.meta.url)`
 * form lets Vite bundle the worker into `dist/`, so scanning works offline.
 */
export function spawnScanWorker(): ScanWorkerHandle {
  const worker = new Worker(new URL('./scan.worker.ts', import.meta.url), { type: 'module', name: 'dicom-scan' });
  return connectScanWorker(worker, () => worker.terminate());
}
