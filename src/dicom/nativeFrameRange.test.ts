import { parseDicom } from 'dicom-parser';
import { describe, expect, it } from 'vitest';
import { IMPLICIT_VR_LE, makeDicom } from './testing/makeDicom';
import { nativeFrameRange } from './nativeFrameRange';

const PIXEL_DATA = 'x7fe00010';

describe('nativeFrameRange', () => {
  it.each([
    ['explicit VR', undefined],
    ['implicit VR', IMPLICIT_VR_LE],
  ])('a 16-bit frame is the Pixel Data value, rows × columns × 2 bytes (%s)', (_label, transferSyntaxUID) => {
    const file = makeDicom({ Rows: 3, Columns: 5 }, { transferSyntaxUID });
    const dataSet = parseDicom(file);
    const offset = dataSet.elements[PIXEL_DATA]!.dataOffset;
    expect(nativeFrameRange(dataSet, 0)).toEqual({ start: offset, end: offset + 3 * 5 * 2 });
    expect(offset + 30).toBe(file.length); // the file ends with the pixels
  });

  it('frames of a multi-frame file follow one another; one past the last has none', () => {
    const dataSet = parseDicom(makeDicom({ Rows: 2, Columns: 2, NumberOfFrames: 3 }));
    const offset = dataSet.elements[PIXEL_DATA]!.dataOffset;
    expect(nativeFrameRange(dataSet, 2)).toEqual({ start: offset + 16, end: offset + 24 });
    expect(nativeFrameRange(dataSet, 3)).toBeUndefined();
  });

  it('is the same from the head of the file alone, parsed up to Pixel Data', () => {
    const file = makeDicom({ Rows: 64, Columns: 64 });
    const full = parseDicom(file);
    const head = parseDicom(file.slice(0, full.elements[PIXEL_DATA]!.dataOffset + 10), { untilTag: PIXEL_DATA });
    expect(nativeFrameRange(head, 0)).toEqual(nativeFrameRange(full, 0));
  });
});

/** A parsed 4×4 16-bit file with one US attribute's value overwritten in its bytes. */
function withUint16(tag: string, value: number) {
  const file = makeDicom({ Rows: 4, Columns: 4 });
  const dataSet = parseDicom(file);
  new DataView(file.buffer).setUint16(dataSet.elements[tag]!.dataOffset, value, true);
  return dataSet;
}

describe('nativeFrameRange leaves to a whole parse what is not one slice of the file', () => {
  it('1-bit samples (unpacked from bit offsets)', () => {
    const dataSet = withUint16('x00280100', 1);
    expect(dataSet.uint16('x00280100')).toBe(1);
    expect(nativeFrameRange(dataSet, 0)).toBeUndefined();
  });

  it('a file without Pixel Data', () => {
    expect(nativeFrameRange(parseDicom(makeDicom({ SeriesDescription: 'REPORT' }, { noPixelData: true })), 0)).toBeUndefined();
  });

  it('a deflated data set (its offsets are into the inflated bytes, not the file)', () => {
    const inflated = parseDicom(makeDicom());
    expect(nativeFrameRange(inflated, 0)).toBeDefined();
    const readString = inflated.string.bind(inflated);
    inflated.string = (tag: string) => (tag === 'x00020010' ? '1.2.840.10008.1.2.1.99' : readString(tag));
    expect(nativeFrameRange(inflated, 0)).toBeUndefined();
  });

  it('an element shorter than one frame (Rows that do not match the pixels)', () => {
    const dataSet = withUint16('x00280010', 8);
    expect(dataSet.uint16('x00280010')).toBe(8);
    expect(nativeFrameRange(dataSet, 0)).toBeUndefined();
  });
});
