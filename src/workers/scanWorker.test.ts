import { expose } from 'comlink';
import { describe, expect, it } from 'vitest';
import { type ScanWorkerHandle, createScanPool, scanWorkerApi } from '../dicom';
import { makeDicom } from '../dicom/testing/makeDicom';
import { connectScanWorker } from './spawnScanWorker';

/** The wiring of `spawnScanWorker` + `scan.worker.ts`, over a Node MessageChannel instead of a Web Worker. */
function spawnOverChannel(): ScanWorkerHandle {
  const { port1, port2 } = new MessageChannel();
  expose(scanWorkerApi, port1);
  return connectScanWorker(port2, () => {
    port1.close();
    port2.close();
  });
}

describe('scan worker over Comlink', () => {
  it('reads and parses real Files posted to the worker, in batches', async () => {
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
