import { imageLoader } from '@cornerstonejs/core';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { scanWorkerApi } from '../dicom';
import { makeDicom } from '../dicom/testing/makeDicom';
import { createAppStore, selectIndex, type AppStore } from '../store';
import { cancelScan, openLocalFiles } from './openLocalFiles';
import { LARGE_PICK_FILES } from './pickServed';
import { beginRehearsal } from './rehearsal';

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
  // No pane here: the first stack's image is preloaded (see firstImageFirst) but never drawn, and
  // the scan waits for it no longer than FIRST_IMAGE_HOLD_MAX_MS.
  beforeAll(() => imageLoader.registerImageLoader('dicomfile', () => ({ promise: new Promise(() => undefined) })));

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

  it('a pick while a scan runs replaces that scan: nothing the first scan found, early or late, joins the second', async () => {
    const store = createAppStore();
    const first = openLocalFiles(store, seriesFolder('first', 'P1', 6));
    // The first scan's first file is with a scan worker; its batch comes back after the second pick.
    const second = openLocalFiles(store, seriesFolder('second', 'P2', 3));
    // The first scan's end must not be taken for the second's: the bar goes from scanning to done.
    const statuses = new Set<string>();
    store.subscribe((state) => statuses.add(state.scan.status));
    await Promise.all([first, second]);
    expect([...statuses]).toEqual(['scanning', 'done']);
    expect(patientsOf(store)).toEqual([['P2', 3]]);
    expect(store.getState().scan).toMatchObject({ status: 'done', total: 3, filesRead: 3 });
    expect(store.getState().viewportStackIds[0]).toBe(selectIndex(store.getState()).patients[0]!.studies[0]!.series[0]!.stacks[0]!.stackId);
  });

  it("a reader's pick during a rehearsal ends it in the pick's task; the rehearsal's series never reaches the reader", async () => {
    const store = createAppStore();
    const signal = beginRehearsal(store)!;
    expect(store.getState().rehearsal).toBe('running');
    const rehearsal = openLocalFiles(store, seriesFolder('rehearsal', 'REHEARSAL', 4), { rehearsal: signal });
    const pick = openLocalFiles(store, seriesFolder('reader', 'P2', 2));
    expect(signal.aborted).toBe(true);
    expect(store.getState().rehearsal).toBe('over');
    await Promise.all([rehearsal, pick]);
    expect(patientsOf(store)).toEqual([['P2', 2]]);
    expect(store.getState().scan.status).toBe('done');
    // Over for good: it does not start again.
    expect(beginRehearsal(store)).toBeUndefined();
  });

  it('a rehearsal left alone opens its series (hidden by the app) and, ended, leaves the store as it found it', async () => {
    const store = createAppStore();
    const untouched = store.getState();
    const signal = beginRehearsal(store)!;
    await openLocalFiles(store, seriesFolder('rehearsal', 'REHEARSAL', 4), { rehearsal: signal });
    expect(patientsOf(store)).toEqual([['REHEARSAL', 4]]);
    expect(store.getState().assessment).toBeNull(); // no assessment opened, so none saved
    const { endRehearsal } = await import('./rehearsal');
    endRehearsal(store);
    const ended = store.getState();
    expect({ instances: ended.instances, scan: ended.scan, viewportStackIds: ended.viewportStackIds, assessment: ended.assessment, notice: ended.notice }).toEqual({
      instances: untouched.instances,
      scan: untouched.scan,
      viewportStackIds: untouched.viewportStackIds,
      assessment: untouched.assessment,
      notice: untouched.notice,
    });
  });
});

/** A folder of `count` slices of one series of patient `patientId`, listed as a picker lists it. */
function seriesFolder(name: string, patientId: string, count: number) {
  return Array.from({ length: count }, (_, i) => ({
    file: new File([makeDicom({ PatientID: patientId, StudyInstanceUID: `2.25.9.${patientId.length}.${name.length}`, SeriesInstanceUID: `2.25.9.${name.length}.1`, InstanceNumber: i + 1, ImagePositionPatient: [0, 0, i * 2] })], `IM${i + 1}`),
    path: `${name}/IM${i + 1}`,
  }));
}

/** Each patient open and how many images it has. */
function patientsOf(store: AppStore): Array<[string | undefined, number]> {
  return selectIndex(store.getState()).patients.map((p) => [p.PatientID, p.studies.flatMap((s) => s.series.flatMap((x) => x.stacks.map((k) => k.frameCount))).reduce((a, b) => a + b, 0)]);
}
