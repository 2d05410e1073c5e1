// Test helper: reads generated files back with dicom-parser (an independent
// parser, not the dcmjs that wrote them) and returns geometry and HU-ready pixels.
import dicomParser, { type DataSet } from 'dicom-parser';
import { readFileSync } from 'node:fs';
import { decodeRleFrame } from './rle.ts';

export const RLE_LOSSLESS = '1.2.840.10008.1.2.5';

export interface Frame {
  imagePositionPatient: number[];
  /** Stored values of the frame, row-major. */
  pixels: Uint16Array;
}

export interface ReadInstance {
  dataSet: DataSet;
  transferSyntaxUID: string;
  rows: number;
  columns: number;
  rescaleIntercept: number;
  rescaleSlope: number;
  frames: Frame[];
}

export const numbers = (dataSet: DataSet, tag: string): number[] =>
  (dataSet.string(tag) ?? '').split('\\').filter((s) => s !== '').map(Number);

/** First item's data set of a sequence, or throws: saves `?.` chains in tests. */
export function item(dataSet: DataSet, tag: string, index = 0): DataSet {
  const found = dataSet.elements[tag]?.items?.[index]?.dataSet;
  if (!found) throw new Error(`missing item ${index} of ${tag}`);
  return found;
}

function nativeFrames(bytes: Uint8Array, dataSet: DataSet, frameLength: number, count: number): Uint16Array[] {
  const element = dataSet.elements.x7fe00010;
  if (!element) throw new Error('no PixelData');
  if (element.length !== frameLength * 2 * count) throw new Error(`PixelData length ${element.length} != ${frameLength * 2 * count}`);
  const copy = bytes.slice(element.dataOffset, element.dataOffset + element.length);
  const all = new Uint16Array(copy.buffer, copy.byteOffset, frameLength * count);
  return Array.from({ length: count }, (_, f) => all.subarray(f * frameLength, (f + 1) * frameLength));
}

export function readInstance(filePath: string): ReadInstance {
  const bytes = new Uint8Array(readFileSync(filePath));
  const dataSet = dicomParser.parseDicom(bytes);
  const rows = dataSet.uint16('x00280010') ?? 0;
  const columns = dataSet.uint16('x00280011') ?? 0;
  const transferSyntaxUID = dataSet.string('x00020010') ?? '';
  const perFrame = dataSet.elements.x52009230?.items;
  const count = Number(dataSet.string('x00280008') ?? 1);
  let pixels: Uint16Array[];
  if (transferSyntaxUID === RLE_LOSSLESS) {
    const element = dataSet.elements.x7fe00010;
    if (!element?.encapsulatedPixelData) throw new Error('RLE pixel data is not encapsulated');
    pixels = Array.from({ length: count }, (_, f) => {
      const fragment = dicomParser.readEncapsulatedImageFrame(dataSet, element, f);
      return decodeRleFrame(new Uint8Array(fragment), rows, columns);
    });
  } else {
    pixels = nativeFrames(bytes, dataSet, rows * columns, count);
  }
  const transform = perFrame ? item(item(dataSet, 'x52009229'), 'x00289145') : dataSet;
  return {
    dataSet, transferSyntaxUID, rows, columns,
    rescaleIntercept: Number(transform.string('x00281052') ?? 0),
    rescaleSlope: Number(transform.string('x00281053') ?? 1),
    frames: pixels.map((framePixels, f) => ({
      imagePositionPatient: perFrame ? numbers(item(item(dataSet, 'x52009230', f), 'x00209113'), 'x00200032') : numbers(dataSet, 'x00200032'),
      pixels: framePixels,
    })),
  };
}
