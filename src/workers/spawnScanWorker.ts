import { type Endpoint, releaseProxy, transfer, wrap } from 'comlink';
import type { ScanWorkerApi, ScanWorkerHandle } from '../dicom';

/**
 * A scan worker's handle over any Comlink endpoint: each batch of heads is one
 * message, and the heads' buffers move to the worker instead of being copied.
 */
export function connectScanWorker(endpoint: Endpoint, close: () => void): ScanWorkerHandle {
  const remote = wrap<ScanWorkerApi>(endpoint);
  return {
    api: { parseHeads: (heads) => remote.parseHeads(transfer(heads, heads.map((head) => head.bytes.buffer))) },
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
