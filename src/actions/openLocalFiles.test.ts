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
});
