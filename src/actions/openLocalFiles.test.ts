import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store';
import { cancelScan, openLocalFiles } from './openLocalFiles';

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

  it('touches no file in the task of the pick, so that the browser draws the bar first', async () => {
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
