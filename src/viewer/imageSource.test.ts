import { wadouri } from '@cornerstonejs/dicom-image-loader';
import { describe, expect, it } from 'vitest';
import { baseImageIdOf, purgeFiles, registerFile } from './imageSource';

describe('imageSource', () => {
  it('never hands out an image id twice, even after close all (the caches are keyed by it)', () => {
    const first = registerFile('0', new Blob(['a']));
    expect(registerFile('0', new Blob(['a']))).toBe(first);
    purgeFiles();
    expect(baseImageIdOf('0')).toBeUndefined();
    // The next scan numbers its files from 0 again; the loader's id must not follow.
    const second = registerFile('0', new Blob(['b']));
    expect(second).not.toBe(first);
    expect(wadouri.fileManager.get(Number(second.slice('dicomfile:'.length)))).toBeInstanceOf(Blob);
    expect(wadouri.fileManager.get(Number(first.slice('dicomfile:'.length)))).toBeUndefined();
  });
});
