import { expose } from 'comlink';
import { describe, expect, it, vi } from 'vitest';
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
  it('reads and parses the heads of real Files, in batches', async () => {
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

  it('reads the files in the worker: this thread posts the Files and never slices them', async () => {
    const worker = spawnOverChannel();
    const file = new File([makeDicom({ SOPInstanceUID: '2.25.91.1' })], 'IM1');
    const slice = vi.spyOn(file, 'slice');
    const size = vi.spyOn(file, 'size', 'get');
    const [result] = await worker.api.readHeaders([file]);
    worker.terminate();
    expect(result?.ok && result.instance.SOPInstanceUID).toBe('2.25.91.1');
    expect(slice).not.toHaveBeenCalled();
    expect(size).not.toHaveBeenCalled();
  });
});
