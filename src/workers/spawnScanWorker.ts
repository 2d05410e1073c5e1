import { type Endpoint, expose, releaseProxy, transfer, wrap } from 'comlink';
import { type ScanWorkerApi, type ScanWorkerHandle, scanWorkerApi } from '../dicom';

/**
 * Serves {@link scanWorkerApi} on `endpoint` (the worker's own scope): the header bytes
 * kept for the image loader go back to the page transferred, not copied.
 */
export function exposeScanWorker(endpoint: Endpoint): void {
  expose(
    {
      async parseHeads(heads) {
        const results = await scanWorkerApi.parseHeads(heads);
        return transfer(results, results.flatMap((result) => (result.ok && result.header ? [result.header.buffer] : [])));
      },
    } satisfies ScanWorkerApi,
    endpoint,
  );
}

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
