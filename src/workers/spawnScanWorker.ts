import { type Endpoint, releaseProxy, wrap } from 'comlink';
import type { ScanWorkerApi, ScanWorkerHandle } from '../dicom';

/**
 * A scan worker's handle over any Comlink endpoint: each batch of files is one
 * message; the Files are posted (a reference to each, not its bytes) and read there.
 */
export function connectScanWorker(endpoint: Endpoint, close: () => void): ScanWorkerHandle {
  const remote = wrap<ScanWorkerApi>(endpoint);
  return {
    api: { readHeaders: (files) => remote.readHeaders(files) },
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
