import { describe, expect, it, vi } from 'vitest';
import { type ParseResult, type ScanWorkerHandle, createScanPool, readHeaders, scanWorkerApi } from '../dicom';
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

/**
 * Reads one file through the worker's wiring, with the worker's side reading it by
 * `readHeaders(files, parse, options)`: what the page got, and what the worker sent.
 */
async function readOneOverChannel(bytes: Uint8Array<ArrayBuffer>, readWhole: boolean, options?: Parameters<typeof readHeaders>[2]) {
  const inWorker: ParseResult[] = [];
  const read = vi.spyOn(scanWorkerApi, 'readHeaders').mockImplementation(async (files) => {
    inWorker.push(...(await readHeaders(files, undefined, options)));
    return inWorker;
  });
  const worker = spawnOverChannel();
  const [result] = await worker.api.readHeaders([new File([bytes], 'IM1')], readWhole);
  worker.terminate();
  read.mockRestore();
  if (!result?.ok) throw new Error('not read');
  return { result, inWorker };
}

describe('scan worker over Comlink', () => {
  it('reads and parses the heads of real Files in the worker, in batches', async () => {
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

  it('gives each image the bytes of its header, up to the value of Pixel Data, moved out of the worker instead of copied', async () => {
    const bytes = makeDicom({ SOPInstanceUID: '2.25.91.1' });
    const { result, inWorker } = await readOneOverChannel(bytes, false);
    expect(result.instance.SOPInstanceUID).toBe('2.25.91.1');
    const header = result.header!;
    // Pixel Data's tag, VR, reserved bytes and length end the header: its value follows in the file.
    expect([...header.subarray(-12, -8)]).toEqual([0xe0, 0x7f, 0x10, 0x00]);
    expect([...header]).toEqual([...bytes.subarray(0, header.length)]);
    const sent = inWorker[0]!;
    expect(sent.ok && sent.header!.buffer.byteLength).toBe(0); // detached: transferred
  });

  it('reads posted Files whole when small or only their heads, as slices, never as streams (cheaper for the browser process; posting gave them their size)', async () => {
    const stream = vi.spyOn(Blob.prototype, 'stream');
    const slice = vi.spyOn(Blob.prototype, 'slice');
    // 300 × 300 16-bit pixels: 180 kB, longer than the scan's first read of a head.
    const large = new File([makeDicom({ SOPInstanceUID: '2.25.93.1', Rows: 300, Columns: 300 })], 'IM1');
    const small = new File([makeDicom({ SOPInstanceUID: '2.25.93.2' })], 'IM2');
    const results = await scanWorkerApi.readHeaders([large, small], false);
    expect(results.map((result) => result.ok && result.instance.SOPInstanceUID)).toEqual(['2.25.93.1', '2.25.93.2']);
    expect(stream).not.toHaveBeenCalled();
    expect(slice).toHaveBeenCalledTimes(1); // the large file's head; the small one is read whole
    expect(results.map((result) => result.ok && result.frame !== undefined)).toEqual([false, true]);
    vi.restoreAllMocks();
  });

  it('reads small files whole when asked, and hands their pixels on moved, not copied', async () => {
    const bytes = makeDicom({ SOPInstanceUID: '2.25.94.1', Rows: 300, Columns: 300 });
    const { result, inWorker } = await readOneOverChannel(bytes, true, { posted: true, wholeFileBytes: 2 ** 20 });
    const header = result.header!;
    expect([...header]).toEqual([...bytes.subarray(0, header.length)]);
    expect([...result.frame!]).toEqual([...bytes.subarray(header.length, header.length + 300 * 300 * 2)]);
    const sent = inWorker[0]!;
    expect(sent.ok && sent.frame!.buffer.byteLength).toBe(0); // detached: transferred
  });
});
