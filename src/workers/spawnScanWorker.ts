import { releaseProxy, wrap } from 'comlink';
import type { ScanWorkerApi, ScanWorkerHandle } from '../dicom';

/**
 * Starts one scan worker for `createScanPool`. The `new URL(…, import.meta.url)`
 * form lets Vite bundle the worker into `dist/`, so scanning works offline.
 */
export function spawnScanWorker(): ScanWorkerHandle {
  const worker = new Worker(new URL('./scan.worker.ts', import.meta.url), { type: 'module', name: 'dicom-scan' });
  const api = wrap<ScanWorkerApi>(worker);
  return {
    api,
    terminate() {
      api[releaseProxy]();
      worker.terminate();
    },
  };
}
