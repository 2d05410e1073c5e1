import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type ScanBatchResult, type ScanProgress, type SkippedFile, HEAD_CHUNK_BYTES, readHeaderFromFile, readHeaders, scanFiles } from './scanFiles';
import { createScanPool, defaultPoolSize, scanWorkerApi } from './scanPool';
import type { FileLike } from './types';
import { BASIC_TEXT_SR, ENHANCED_CT_IMAGE, MEDIA_STORAGE_DIRECTORY, deflatePart10, fileOf, makeDicom } from './testing/makeDicom';
import { unzipToFiles } from './unzipToFiles';
import { skipReasonText } from '../text';

/** Skipped files with their reasons in English words, as the reader reads them. */
const worded = (skipped: readonly SkippedFile[]) => skipped.map((file) => ({ ...file, reason: skipReasonText(file.reason, 'en') }));

const slice = (n: number, tags: Record<string, unknown> = {}) =>
  makeDicom({ SOPInstanceUID: `2.25.77.${n}`, InstanceNumber: n, ImagePositionPatient: [0, 0, n * 5], ...tags });

/** An Enhanced CT whose functional groups alone exceed `frames` × ~150 bytes, with real pixel data behind. */
const enhancedCt = (frames: number) =>
  makeDicom({
    SOPClassUID: ENHANCED_CT_IMAGE,
    SOPInstanceUID: '2.25.78.1',
    NumberOfFrames: frames,
    Rows: 32,
    Columns: 32,
    ImagePositionPatient: undefined,
    PerFrameFunctionalGroupsSequence: Array.from({ length: frames }, (_, i) => ({
      PlanePositionSequence: [{ ImagePositionPatient: [0, 0, i] }],
      FrameContentSequence: [{ InStackPositionNumber: i + 1, StackID: '1' }],
    })),
  });

function mixedFolder() {
  const good = [3, 1, 2].map((n) => fileOf(`study/CT/IM${n}`, slice(n)));
  return [
    ...good,
    fileOf('study/notes.txt', new TextEncoder().encode('patient list\n')),
    fileOf('study/broken.dcm', slice(9).slice(0, 300)),
    fileOf('study/DICOMDIR', makeDicom({ SOPClassUID: MEDIA_STORAGE_DIRECTORY }, { noPixelData: true })),
    fileOf('study/SR/report', makeDicom({ SOPClassUID: BASIC_TEXT_SR, Modality: 'SR' }, { noPixelData: true })),
    fileOf('study/CT/deflated', deflatePart10(slice(4))),
    fileOf('copy/IM1', slice(1)),
  ];
}

describe('scanFiles', () => {
  it('finds the images in a mixed folder, skips the rest with reasons and reports duplicates', async () => {
    const events: ScanProgress[] = [];
    const result = await scanFiles(mixedFolder(), { onProgress: (p) => events.push(p), fileIdPrefix: 'a:' });
    expect(result.instances.map((i) => [i.fileId, i.path, i.InstanceNumber])).toEqual([
      ['a:0', 'study/CT/IM3', 3],
      ['a:1', 'study/CT/IM1', 1],
      ['a:2', 'study/CT/IM2', 2],
      ['a:7', 'study/CT/deflated', 4],
    ]);
    expect(worded(result.skipped)).toEqual([
      { path: 'study/notes.txt', reason: expect.stringMatching(/^not a DICOM file/) },
      { path: 'study/broken.dcm', reason: expect.stringMatching(/^truncated file/) },
      { path: 'study/DICOMDIR', reason: 'DICOMDIR (directory record, not an image)' },
      { path: 'study/SR/report', reason: expect.stringMatching(/^no pixel data \/ not an image object/) },
    ]);
    expect(result.duplicates).toEqual([{ path: 'copy/IM1', duplicateOf: 'study/CT/IM1' }]);
    expect(events).toHaveLength(3); // a first batch of one file, then the other eight in a round of two batches
    expect(events.at(-1)).toEqual({ filesRead: 9, total: 9, dicomFound: 5, skipped: 4 });
  });

  it('reads only the head of a large file, growing the read when the header is longer', async () => {
    const bytes = enhancedCt(200);
    const file = fileOf('mf.dcm', bytes);
    const result = await readHeaderFromFile(file, 1024);
    expect(result.ok && result.instance.frames).toHaveLength(200);
    expect(file.bytesRead).toBeLessThan(bytes.length);
    expect(file.bytesRead).toBeGreaterThan(1024);

    const small = fileOf('small.dcm', slice(1));
    expect((await readHeaderFromFile(small)).ok).toBe(true);
    expect(small.bytesRead).toBe(small.size);
  });

  it('reads a slice with a usual header in one read of the first chunk, never the whole file', async () => {
    const bytes = makeDicom({ SOPInstanceUID: '2.25.79.1', Rows: 256, Columns: 256 });
    expect(bytes.length).toBeGreaterThan(HEAD_CHUNK_BYTES * 2);
    const file = fileOf('IM1', bytes);
    expect((await readHeaderFromFile(file)).ok).toBe(true);
    expect(file.bytesRead).toBe(HEAD_CHUNK_BYTES);
  });

  it('grows the read past the first chunk for a header longer than it, and only as far as needed', async () => {
    const bytes = enhancedCt(400);
    const file = fileOf('mf.dcm', bytes);
    const result = await readHeaderFromFile(file);
    expect(result.ok && result.instance.frames).toHaveLength(400);
    expect(file.bytesRead).toBe(HEAD_CHUNK_BYTES + HEAD_CHUNK_BYTES * 4); // the first chunk, then once ×4 as far
    expect(file.bytesRead).toBeLessThan(bytes.length);
  });

  it('skips a non-DICOM and a broken file in the middle of a folder with reasons and loads the rest, batch by batch', async () => {
    const files = Array.from({ length: 100 }, (_, i) => fileOf(`s/IM${i}`, slice(i + 1)));
    files[20] = fileOf('s/readme.txt', new TextEncoder().encode('not an image'));
    files[50] = fileOf('s/IM50', slice(51).slice(0, 400));
    const batches: ScanBatchResult[] = [];
    const result = await scanFiles(files, { batchSize: 16, onBatch: (batch) => batches.push(batch) });
    expect(result.instances).toHaveLength(98);
    expect(result.instances.map((i) => i.path)).toEqual(files.map((f) => f.webkitRelativePath).filter((p) => p !== 's/readme.txt' && p !== 's/IM50'));
    expect(worded(result.skipped)).toEqual([
      { path: 's/readme.txt', reason: expect.stringMatching(/^not a DICOM file/) },
      { path: 's/IM50', reason: expect.stringMatching(/^truncated file/) },
    ]);
    // A short first batch, then 16 files each, the last round's 3 spread over its two batches; batches may finish in any order.
    expect(batches[0]!.instances.length + batches[0]!.skipped.length).toBeLessThanOrEqual(16);
    expect(batches.map((b) => b.instances.length + b.skipped.length).sort((a, b) => a - b)).toEqual([1, 1, 2, 16, 16, 16, 16, 16, 16]);
    expect(batches.flatMap((b) => b.skipped)).toEqual(expect.arrayContaining(result.skipped));
    expect(batches.flatMap((b) => b.skipped)).toHaveLength(result.skipped.length);
    expect(batches.flatMap((b) => b.instances).length).toBe(98);
  });

  it('gives the same result whatever order the batches finish in; each batch reports what it found as it arrives', async () => {
    const files = [...mixedFolder(), ...Array.from({ length: 40 }, (_, i) => fileOf(`more/IM${i}`, slice(i + 20)))];
    const expected = await scanFiles(files);
    const arrived: string[] = [];
    const delays = [9, 1, 6, 3, 0, 4];
    let call = 0;
    const result = await scanFiles(files, {
      batchSize: 8,
      concurrency: 4,
      readBatch: async (batch) => {
        await new Promise((resolve) => setTimeout(resolve, delays[call++ % delays.length]));
        return readHeaders(batch);
      },
      onBatch: ({ instances }) => arrived.push(...instances.map((i) => i.fileId)),
    });
    expect(result).toEqual(expected);
    expect(arrived).not.toEqual([...arrived].sort((a, b) => Number(a) - Number(b))); // out of order…
    expect(new Set(arrived)).toEqual(new Set([...expected.instances.map((i) => i.fileId), '8'])); // …and complete, the duplicate included
  });

  it('reads in the order asked (e.g. by path) and still gives the result of the input order', async () => {
    const files = mixedFolder();
    const expected = await scanFiles(files);
    const readOrder = files.map((_, i) => files.length - 1 - i);
    const firstBatch: string[] = [];
    const result = await scanFiles(files, {
      readOrder,
      onBatch: ({ instances, skipped }) => firstBatch.push(...(firstBatch.length ? [] : [...instances.map((i) => i.path), ...skipped.map((f) => f.path)])),
    });
    expect(result).toEqual(expected); // the duplicate read first is still the one dropped
    expect(firstBatch).not.toContain('study/CT/IM3'); // the first file came last
  });

  it('reads no batch that holdBatch holds until its promise settles, and gives the same result', async () => {
    const files = Array.from({ length: 40 }, (_, i) => fileOf(`s/IM${i}`, slice(i + 1)));
    const expected = await scanFiles(files);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const readBatches: number[] = [];
    const scan = scanFiles(files, {
      concurrency: 4,
      holdBatch: (index) => (index === 0 ? undefined : held),
      readBatch: (batch) => {
        readBatches.push(batch.length);
        return readHeaders(batch);
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(readBatches).toEqual([1]); // only the first batch, of one file, while the others are held
    release();
    expect(await scan).toEqual(expected);
    expect(readBatches).toEqual([1, 10, 10, 10, 9]); // one round: its 39 files spread over four batches
  });

  it('reads in rounds: the first file alone, then `concurrency` batches at a time, each round prepared before its reads and after the last round ended', async () => {
    const files = Array.from({ length: 1 + 5 * 8 + 3 }, (_, i) => fileOf(`r/IM${i}`, slice(i + 1)));
    const events: string[] = [];
    let inFlight = 0;
    const result = await scanFiles(files, {
      batchSize: 8,
      concurrency: 2,
      beforeRound: async (roundFiles) => {
        events.push(`round of ${roundFiles.length} with ${inFlight} reads in flight`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      },
      readBatch: async (batch) => {
        inFlight += 1;
        events.push(`read ${batch.length}`);
        try {
          return await readHeaders(batch);
        } finally {
          inFlight -= 1;
        }
      },
    });
    expect(result.instances).toHaveLength(files.length);
    expect(events).toEqual([
      'round of 1 with 0 reads in flight', 'read 1',
      'round of 16 with 0 reads in flight', 'read 8', 'read 8',
      'round of 16 with 0 reads in flight', 'read 8', 'read 8',
      'round of 11 with 0 reads in flight', 'read 6', 'read 5',
    ]);
  });

  it('reports a file that cannot be read instead of failing the scan', async () => {
    const unreadable = { name: 'gone.dcm', size: 10, stream: () => new ReadableStream<Uint8Array>({ pull: () => Promise.reject(new Error('NotFoundError')) }) };
    const result = await scanFiles([unreadable]);
    expect(worded(result.skipped)).toEqual([{ path: 'gone.dcm', reason: 'could not read the file (NotFoundError)' }]);
  });

  it('stops when aborted and rejects with an AbortError', async () => {
    const controller = new AbortController();
    const files = Array.from({ length: 20 }, (_, i) => fileOf(`f${i}`, slice(i + 1)));
    let reads = 0;
    const scan = scanFiles(files, {
      concurrency: 2,
      batchSize: 1,
      signal: controller.signal,
      readBatch: (batch) => {
        reads += batch.length;
        return readHeaders(batch);
      },
      onProgress: (p) => {
        if (p.filesRead === 3) controller.abort();
      },
    });
    await expect(scan).rejects.toMatchObject({ name: 'AbortError' });
    expect(reads).toBeLessThan(6);
  });

  it('scans the DICOM files inside a zip, ignoring directories and __MACOSX', async () => {
    const zip = zipSync({
      'exam/': new Uint8Array(0),
      'exam/series1/IM1': slice(1),
      'exam/series1/IM2.dcm': slice(2),
      '__MACOSX/exam/series1/._IM1': new Uint8Array([0, 5, 22, 7]),
      'exam/readme.txt': new TextEncoder().encode('hello'),
    });
    const files = await unzipToFiles(zip, 'exam.zip');
    expect(files.map((f) => f.webkitRelativePath).sort()).toEqual([
      'exam.zip/exam/readme.txt',
      'exam.zip/exam/series1/IM1',
      'exam.zip/exam/series1/IM2.dcm',
    ]);
    const result = await scanFiles(files);
    expect(result.instances.map((i) => i.path).sort()).toEqual(['exam.zip/exam/series1/IM1', 'exam.zip/exam/series1/IM2.dcm']);
    expect(worded(result.skipped)).toEqual([{ path: 'exam.zip/exam/readme.txt', reason: expect.stringMatching(/^not a DICOM file/) }]);
    await expect(unzipToFiles(new TextEncoder().encode('not a zip'), 'bad.zip')).rejects.toThrow(/^bad\.zip: not a readable zip/);
  });
});

describe('scan pool', () => {
  it.each([
    [undefined, 2],
    [1, 2],
    [2, 2],
    [4, 4],
    [8, 4],
    [32, 4],
  ])('with %s cores runs %i workers', (cores, size) => {
    expect(defaultPoolSize(cores)).toBe(size);
  });

  it('sends each worker whole batches of files in one message each, at most two batches at a time, reuses workers across scans and gives the same result as scanning in-thread', async () => {
    let active = 0;
    let peak = 0;
    let spawned = 0;
    let terminated = 0;
    const batchSizes: number[] = [];
    const pool = createScanPool(() => {
      spawned += 1;
      return {
        api: {
          async readHeaders(files, readWhole) {
            batchSizes.push(files.length);
            active += 1;
            peak = Math.max(peak, active);
            // Each batch outlasts handing out the next ones, so every worker gets its two batches.
            await new Promise((resolve) => setTimeout(resolve, 100));
            try {
              return await scanWorkerApi.readHeaders(files, readWhole);
            } finally {
              active -= 1;
            }
          },
        },
        terminate: () => (terminated += 1),
      };
    }, 3);
    const expected = await scanFiles(mixedFolder());
    expect(await pool.scan(mixedFolder())).toEqual(expected);
    const folder = Array.from({ length: 300 }, (_, i) => fileOf(`big/IM${i}`, slice(i + 1)));
    const result = await pool.scan(folder);
    expect(result.instances).toHaveLength(300);
    // A first batch of one file, a round of six batches of 32 files, then the last round's 107 files in six batches, each
    // one message; batches in flight together may be posted in either order.
    expect(batchSizes.slice(-13).sort((a, b) => a - b)).toEqual([1, 17, ...Array<number>(5).fill(18), ...Array<number>(6).fill(32)]);
    expect(peak).toBe(6); // two batches a worker
    expect(spawned).toBe(3);
    pool.terminate();
    expect(terminated).toBe(3);
    await expect(pool.scan(mixedFolder())).rejects.toThrow(/terminated/);
  });
});

describe('posting batches to the scan pool', () => {
  /** `files` whose every first `size` (the browser's look-up of a picked File) takes `lookUpMs` and is reported to `onLookUp`. */
  function withSlowLookUps<T extends FileLike>(files: T[], lookUpMs: number, onLookUp: () => void): T[] {
    return files.map((file) => {
      const size = file.size;
      let lookedUp = false;
      return Object.defineProperty(file, 'size', {
        get() {
          if (!lookedUp) {
            onLookUp();
            for (const started = performance.now(); performance.now() - started < lookUpMs; );
          }
          lookedUp = true;
          return size;
        },
      });
    });
  }

  it("looks a round's files up before its reads, while none is in flight, a task's budget at a time; each batch is then one message", async () => {
    const posts: number[] = [];
    let readsInFlight = 0;
    const pool = createScanPool(
      () => ({
        api: {
          async readHeaders(files, readWhole) {
            posts.push(files.length);
            readsInFlight += 1;
            try {
              return await scanWorkerApi.readHeaders(files, readWhole);
            } finally {
              readsInFlight -= 1;
            }
          },
        },
        terminate: () => undefined,
      }),
      2,
    );
    // Ticks between tasks: the look-ups of one task share a tick.
    let tick = 0;
    const ticker = setInterval(() => (tick += 1), 0);
    const lookUps: Array<{ tick: number; readsInFlight: number }> = [];
    const folder = withSlowLookUps(
      Array.from({ length: 1 + 6 * 32 }, (_, i) => fileOf(`post/IM${i}`, slice(i + 1))),
      4,
      () => lookUps.push({ tick, readsInFlight }),
    );
    await new Promise((resolve) => setTimeout(resolve, 0)); // a fresh task, as a pick starts one
    const scan = pool.scan(folder);
    expect(posts[0]).toBe(1); // the first file at once, alone
    expect((await scan).instances).toHaveLength(folder.length);
    clearInterval(ticker);
    // Rounds of four batches (two workers, two batches each), the last one's 64 files in four batches: every
    // file looked up before its round's first post, so each batch went whole in one message.
    expect(posts).toEqual([1, 32, 32, 32, 32, 16, 16, 16, 16]);
    expect(lookUps).toHaveLength(folder.length);
    expect(lookUps.filter((l) => l.readsInFlight > 0)).toEqual([]);
    // 4 ms a look-up within 20 ms a task: at most six in one task, never a round's 128.
    const perTask = new Map<number, number>();
    for (const { tick: at } of lookUps) perTask.set(at, (perTask.get(at) ?? 0) + 1);
    expect(Math.max(...perTask.values())).toBeLessThanOrEqual(6);
    pool.terminate();
  });
});

describe('warming the scan pool', () => {
  it('starts every worker before the first scan and no more during it', async () => {
    let spawned = 0;
    const pool = createScanPool(() => {
      spawned += 1;
      return { api: scanWorkerApi, terminate: () => undefined };
    }, 2);
    pool.warm();
    expect(spawned).toBe(2);
    await pool.scan(mixedFolder());
    expect(spawned).toBe(2);
    pool.terminate();
  });
});
