import { describe, expect, it } from 'vitest';
import { filesFromInputInTasks } from './collectFiles';

/** Spins for `ms`: the main-thread cost of touching a picked File on a busy machine. */
function busyFor(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

/** A FileList as a folder picker gives it: Files with folder-relative paths, each costing `itemMs` to take. */
function pickedFolder(count: number, itemMs = 0.05): FileList {
  const files = Array.from({ length: count }, (_, i) => {
    const file = new File([`slice ${i}`], `IM${i}`);
    Object.defineProperty(file, 'webkitRelativePath', { value: `CT/IM${i}` });
    return file;
  });
  const item = (i: number) => {
    busyFor(itemMs);
    return files[i] ?? null;
  };
  return { length: files.length, item } as unknown as FileList;
}

describe('filesFromInputInTasks', () => {
  it('lists every picked file with its folder path, in order, over several tasks', async () => {
    const listing = filesFromInputInTasks(pickedFolder(1_200));
    let settled = false;
    void listing.then(() => (settled = true));
    for (let i = 0; i < 20; i += 1) await Promise.resolve();
    expect(settled).toBe(false); // 1,200 files (60 ms) are not listed in the task of the pick
    const listed = await listing;
    expect(listed).toHaveLength(1_200);
    expect(listed.map((f) => f.path).slice(0, 2)).toEqual(['CT/IM0', 'CT/IM1']);
    expect(listed[1_199]).toMatchObject({ path: 'CT/IM1199', file: expect.objectContaining({ name: 'IM1199' }) });
  });
});
