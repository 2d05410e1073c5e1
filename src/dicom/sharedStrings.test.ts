import { describe, expect, it } from 'vitest';
import { SharedStrings } from './sharedStrings';

const PER_FILE: ReadonlySet<string> = new Set(['SOPInstanceUID', 'ImagePositionPatient']);

const slice = (uid: string, z: number) => ({
  SOPInstanceUID: `1.2.${uid}`,
  Modality: ['C', 'T'].join(''),
  ImagePositionPatient: [0, 0, z],
  ImageOrientationPatient: [1, 0, 0, 0, 1, 0],
  PixelSpacing: [0.5, 0.5],
  Rows: 512,
});

describe('SharedStrings', () => {
  it('gives equal strings and equal lists of numbers of later records the first record’s copy', () => {
    const strings = new SharedStrings();
    const first = strings.share(slice('1', 0), PER_FILE);
    const second = strings.share(slice('2', 1), PER_FILE);
    expect(second.Modality).toBe(first.Modality);
    expect(second.ImageOrientationPatient).toBe(first.ImageOrientationPatient);
    expect(second.PixelSpacing).toBe(first.PixelSpacing);
    expect(second.ImageOrientationPatient).toEqual([1, 0, 0, 0, 1, 0]);
  });

  it('freezes a shared list, so that no record can change the others’', () => {
    const strings = new SharedStrings();
    const record = strings.share(slice('1', 0), PER_FILE);
    expect(Object.isFrozen(record.PixelSpacing)).toBe(true);
  });

  it('leaves the unique keys and different lists as they are', () => {
    const strings = new SharedStrings();
    const first = strings.share(slice('1', 0), PER_FILE);
    const other = { ...slice('2', 0), ImagePositionPatient: [0, 0, 0], PixelSpacing: [0.7, 0.7] };
    const second = strings.share(other, PER_FILE);
    expect(second.ImagePositionPatient).not.toBe(first.ImagePositionPatient);
    expect(Object.isFrozen(second.ImagePositionPatient)).toBe(false);
    expect(second.PixelSpacing).toEqual([0.7, 0.7]);
    expect(second.PixelSpacing).not.toBe(first.PixelSpacing);
  });
});
