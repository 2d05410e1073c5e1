import { describe, expect, it } from 'vitest';
import { filesFromInputInTasks, firstFileByPath, listFilesWithinTask, type LocalFile } from './collectFiles';

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

describe('listFilesWithinTask', () => {
  it('lists a small pick whole in the current task', async () => {
    await new Promise((resolve) => setTimeout(resolve, 0)); // a fresh task, as a pick starts one
    const listed: LocalFile[] = [];
    expect(listFilesWithinTask(pickedFolder(20), listed)).toBe(true);
    expect(listed.map((f) => f.path)).toEqual(Array.from({ length: 20 }, (_, i) => `CT/IM${i}`));
  });

  it('lists a large pick only as far as the task budget allows, and the listing in tasks goes on from there', async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const picked = pickedFolder(1_200);
    const listed: LocalFile[] = [];
    expect(listFilesWithinTask(picked, listed)).toBe(false);
    const atOnce = listed.length;
    expect(atOnce).toBeGreaterThan(0);
    expect(atOnce).toBeLessThan(1_200);
    const all = await filesFromInputInTasks(picked, listed);
    expect(all.map((f) => f.path)).toEqual(Array.from({ length: 1_200 }, (_, i) => `CT/IM${i}`));
  });
});

describe('firstFileByPath', () => {
  const local = (path: string): LocalFile => ({ file: new File([], path.split('/').at(-1)!), path });

  it('is the first file in path order, wherever the browser listed it', () => {
    expect(firstFileByPath([local('CT/B/IM1'), local('CT/A/IM2'), local('CT/A/IM10')])?.path).toBe('CT/A/IM10');
  });

  it('is none when the first by path is an archive, which is unpacked before any scan', () => {
    expect(firstFileByPath([local('CT/B/IM1'), local('CT/A.zip')])).toBeUndefined();
    expect(firstFileByPath([])).toBeUndefined();
  });
});
