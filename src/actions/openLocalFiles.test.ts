import { describe, expect, it, vi } from 'vitest';
import { scanWorkerApi } from '../dicom';
import { createAppStore } from '../store';
import { cancelScan, openLocalFiles } from './openLocalFiles';
import { LARGE_PICK_FILES } from './pickServed';

/** The names of the files each message to a scan worker carried, in order. */
const posts = vi.hoisted(() => [] as string[][]);
vi.mock('../workers', () => ({
  spawnScanWorker: () => ({
    api: {
      readHeaders(files: File[], readWhole: boolean) {
        posts.push(files.map((file) => file.name));
        return scanWorkerApi.readHeaders(files, readWhole);
      },
    },
    terminate: () => undefined,
  }),
}));

/** A FileList as a folder picker gives it, in the browser's order (not by path). */
function pickedFolder(paths: string[]): FileList {
  const files = paths.map((path) => {
    const file = new File([`not dicom: ${path}`], path.split('/').at(-1)!);
    Object.defineProperty(file, 'webkitRelativePath', { value: path });
    return file;
  });
  return { length: files.length, item: (i: number) => files[i] ?? null } as unknown as FileList;
}

describe('openLocalFiles', () => {
  it('shows the progress bar before its first await, then stops cleanly when cancelled at once', async () => {
    const store = createAppStore();
    const files = Array.from({ length: 10_000 }, (_, i) => ({ file: new File([`not dicom ${i}`], `f${i}`), path: `big/f${i}` }));
    const opened = openLocalFiles(store, files);
    // Synchronously after the pick: the bar is in the store before any file is read.
    expect(store.getState().scan).toMatchObject({ status: 'scanning', total: 10_000, filesRead: 0 });
    cancelScan();
    await opened;
    expect(store.getState().scan.status).toBe('cancelled');
    expect(store.getState().instances).toEqual([]);
  });

  it('posts the first file by path to a scan worker in the task of the pick, and reads it once', async () => {
    posts.length = 0;
    const store = createAppStore();
    const opened = openLocalFiles(store, pickedFolder(['CT/SE2/IM1', 'CT/SE1/IM2', 'CT/SE1/IM1', 'CT/SE2/IM2']));
    expect(posts).toEqual([['IM1']]); // CT/SE1/IM1, before the bar is drawn and the rest is listed
    await opened;
    expect(store.getState().scan).toMatchObject({ status: 'done', filesRead: 4, skipped: 4 });
    expect(posts.flat().sort()).toEqual(['IM1', 'IM1', 'IM2', 'IM2']); // each file once
  });

  it('posts no file of a pick of thousands until the browser has served a read of its first file', async () => {
    posts.length = 0;
    const store = createAppStore();
    const picked = pickedFolder(Array.from({ length: LARGE_PICK_FILES + 1 }, (_, i) => `big/IM${String(i).padStart(5, '0')}`));
    let serve = () => undefined as void;
    const served = new Promise<void>((resolve) => (serve = resolve));
    // The browser serves the first file's stream only once `serve` is called (a Blob's own stream would come at once).
    picked.item(0)!.stream = () =>
      new ReadableStream({
        async pull(controller) {
          await served;
          controller.enqueue(new Uint8Array(1));
          controller.close();
        },
      });
    const opened = openLocalFiles(store, picked);
    await new Promise((resolve) => setTimeout(resolve, 50)); // listed, and ready to scan but for the read
    expect(posts).toEqual([]);
    serve();
    await opened;
    expect(store.getState().scan).toMatchObject({ status: 'done', filesRead: LARGE_PICK_FILES + 1 });
    expect(posts.flat()).toHaveLength(LARGE_PICK_FILES + 1);
  });

  it('reads no archive in the task of the pick, so that the browser draws the bar first', async () => {
    const store = createAppStore();
    const archive = new File(['PK'], 'study.zip');
    let archiveRead = false;
    archive.arrayBuffer = () => {
      archiveRead = true;
      return Promise.reject(new Error('not read in this test'));
    };
    const opened = openLocalFiles(store, [{ file: archive, path: 'study.zip' }]);
    for (let i = 0; i < 20; i += 1) await Promise.resolve(); // every microtask of the pick's task
    expect(archiveRead).toBe(false);
    expect(store.getState().scan).toMatchObject({ status: 'scanning', filesRead: 0 });
    cancelScan();
    await opened;
    expect(archiveRead).toBe(false);
    expect(store.getState().scan.status).toBe('cancelled');
  });
});
