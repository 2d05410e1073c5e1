import { describe, expect, it } from 'vitest';
import { type HeadBytes, type ScanWorkerHandle, createScanPool } from '../dicom';
import { makeDicom } from '../dicom/testing/makeDicom';
import { connectScanWorker, exposeScanWorker } from './spawnScanWorker';

/** The wiring of `spawnScanWorker` + `scan.worker.ts`, over a Node MessageChannel instead of a Web Worker. */
function spawnOverChannel(): ScanWorkerHandle {
  const { port1, port2 } = new MessageChannel();
  exposeScanWorker(port1);
  return connectScanWorker(port2, () => {
    port1.close();
    port2.close();
  });
}

describe('scan worker over Comlink', () => {
  it('parses the heads of real Files read in this thread, in batches', async () => {
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
    expect(result.skipped).toEqual([{ path: 'notes.txt', reason: { code: 'not-dicom' } }]);
  });

  it('transfers the heads to the worker: the buffers leave this thread instead of being copied', async () => {
    const worker = spawnOverChannel();
    const heads: HeadBytes[] = [{ bytes: makeDicom({ SOPInstanceUID: '2.25.91.1' }), complete: true }];
    const [result] = await worker.api.parseHeads(heads);
    worker.terminate();
    expect(result?.ok && result.instance.SOPInstanceUID).toBe('2.25.91.1');
    expect(heads[0]!.bytes.buffer.byteLength).toBe(0); // detached
  });
});
