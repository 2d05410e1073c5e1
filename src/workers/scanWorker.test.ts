import { expose, releaseProxy, wrap } from 'comlink';
import { describe, expect, it } from 'vitest';
import { type ScanWorkerApi, type ScanWorkerHandle, createScanPool, scanWorkerApi } from '../dicom';
import { makeDicom } from '../dicom/testing/makeDicom';

/**
 * The same Comlink wiring as `spawnScanWorker` + `scan.worker.ts`, over a Node
 * MessageChannel instead of a Web Worker: files really cross a structured clone.
 */
function spawnOverChannel(): ScanWorkerHandle {
  const { port1, port2 } = new MessageChannel();
  expose(scanWorkerApi, port1);
  const api = wrap<ScanWorkerApi>(port2);
  return {
    api,
    terminate() {
      api[releaseProxy]();
      port1.close();
      port2.close();
    },
  };
}

describe('scan worker over Comlink', () => {
  it('reads headers of real Files sent by structured clone', async () => {
    const pool = createScanPool(spawnOverChannel, 2);
    const files = [1, 2, 3].map(
      (n) => new File([makeDicom({ InstanceNumber: n, SOPInstanceUID: `2.25.90.${n}` })], `IM${n}`),
    );
    const result = await pool.scan([...files, new File(['hello'], 'notes.txt')]);
    pool.terminate();
    expect(result.instances.map((i) => [i.fileId, i.path, i.InstanceNumber])).toEqual([
      ['0', 'IM1', 1],
      ['1', 'IM2', 2],
      ['2', 'IM3', 3],
    ]);
    expect(result.skipped).toEqual([{ path: 'notes.txt', reason: expect.stringMatching(/^not a DICOM file/) }]);
  });
});
