/**
 * The corpus of real public DICOM files under test-data/real/ (see its
 * SOURCES.md), copies derived from them with Debian's dcmtk, and the reference
 * values the browser must read: pixels decoded by dcmtk (or, for JPEG 2000,
 * which dcmtk 3.6.7 cannot decode, by the uncompressed original).
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import dicomParser from 'dicom-parser';
import { dcmtkTool, newUid } from './transcode';

export const PYDICOM_DIR = path.resolve('test-data/real/pydicom');
export const corpusFile = (name: string): string => path.join(PYDICOM_DIR, name);

function dcmtk(tool: string, args: string[]): void {
  execFileSync(dcmtkTool(tool), args, { stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A copy of `source` in `dir` with its own SOP and Series Instance UIDs and `seriesDescription`, so it is its own series. */
export function asOwnSeries(source: string, dir: string, seriesDescription: string, extra: [tag: string, value: string][] = []): string {
  const file = path.join(dir, `${seriesDescription.replace(/\W+/g, '-')}.dcm`);
  writeFileSync(file, readFileSync(source));
  const inserts = [['(0008,0018)', newUid()], ['(0020,000e)', newUid()], ['(0008,103e)', seriesDescription], ...extra];
  // -i inserts or replaces; -nb leaves no .bak copy.
  dcmtk('dcmodify', ['-nb', '-q', ...inserts.flatMap(([tag, value]) => ['-i', `${tag}=${value}`]), file]);
  return file;
}

/** `source` rewritten by a dcmtk tool (e.g. dcmdjpeg +cn +pl) into `dir` as `name`. */
export function derive(tool: string, args: string[], source: string, dir: string, name: string): string {
  const file = path.join(dir, name);
  dcmtk(tool, [...args, source, file]);
  return file;
}

/** Stored values of the first frame of an uncompressed (native) file, typed by BitsAllocated and PixelRepresentation. */
export function nativeValues(file: string): { columns: number; values: ArrayLike<number>; slope: number; intercept: number } {
  const bytes = new Uint8Array(readFileSync(file));
  const ds = dicomParser.parseDicom(bytes);
  const pixel = ds.elements.x7fe00010;
  if (!pixel || pixel.encapsulatedPixelData) throw new Error(`${file}: no native pixel data`);
  const columns = ds.uint16('x00280011') ?? 0;
  const rows = ds.uint16('x00280010') ?? 0;
  const count = rows * columns;
  const buffer = bytes.buffer.slice(bytes.byteOffset + pixel.dataOffset, bytes.byteOffset + pixel.dataOffset + pixel.length);
  const signed = ds.uint16('x00280103') === 1;
  const bits = ds.uint16('x00280100');
  const values = bits === 16 ? (signed ? new Int16Array(buffer, 0, count) : new Uint16Array(buffer, 0, count)) : signed ? new Int8Array(buffer, 0, count) : new Uint8Array(buffer, 0, count);
  return { columns, values, slope: ds.floatString('x00281053') ?? 1, intercept: ds.floatString('x00281052') ?? 0 };
}

/** The grey value at (column, row) of a native file, with RescaleSlope/Intercept applied. */
export function referenceValue(file: string, column: number, row: number): number {
  const { columns, values, slope, intercept } = nativeValues(file);
  return values[row * columns + column]! * slope + intercept;
}

/** RGB of every pixel of frame 1 as dcmtk renders it (dcmj2pnm: colour models converted, palettes applied). */
export function referenceRgb(file: string, dir: string): { columns: number; rgb: Uint8Array } {
  const ppm = path.join(dir, `${path.basename(file)}.ppm`);
  dcmtk('dcmj2pnm', [file, ppm]);
  const bytes = readFileSync(ppm);
  // Binary PPM: "P6\n<columns> <rows>\n255\n" then RGB triplets.
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.toString('latin1', 0, 40));
  if (!header) throw new Error(`${ppm}: not an 8-bit binary PPM`);
  return { columns: Number(header[1]), rgb: new Uint8Array(bytes.subarray(header[0].length)) };
}

interface J2kDecoder {
  getEncodedBuffer(length: number): Uint8Array;
  decode(): void;
  getDecodedBuffer(): Uint8Array;
  getFrameInfo(): { width: number; bitsPerSample: number; isSigned: boolean };
}

/**
 * Reference values of a JPEG 2000 file whose codestream calls its samples
 * unsigned while PixelRepresentation is 1: the samples decoded by OpenJPEG (the
 * codec package the viewer ships; dcmtk 3.6.7 has no JPEG 2000), sign-extended
 * from BitsStored as DCMTK and GDCM do, then rescaled.
 */
export async function signedJ2kReference(file: string): Promise<(column: number, row: number) => number> {
  const bytes = new Uint8Array(readFileSync(file));
  const ds = dicomParser.parseDicom(bytes);
  const pixel = ds.elements.x7fe00010!;
  const frame = dicomParser.readEncapsulatedPixelDataFromFragments(ds, pixel, 0, pixel.fragments!.length);
  const factory = createRequire(import.meta.url)('@cornerstonejs/codec-openjpeg') as (options: object) => Promise<{ J2KDecoder: new () => J2kDecoder }>;
  const quiet = (): void => undefined;
  const codec = await factory({ print: quiet, printErr: quiet });
  const decoder = new codec.J2KDecoder();
  decoder.getEncodedBuffer(frame.length).set(frame);
  decoder.decode();
  const info = decoder.getFrameInfo();
  if (info.isSigned || ds.uint16('x00280103') !== 1) throw new Error(`${file}: codestream and PixelRepresentation agree`);
  const decoded = decoder.getDecodedBuffer();
  const samples = new Uint16Array(decoded.slice().buffer);
  const shift = 32 - (ds.uint16('x00280101') ?? 16);
  const slope = ds.floatString('x00281053') ?? 1;
  const intercept = ds.floatString('x00281052') ?? 0;
  return (column, row) => ((samples[row * info.width + column]! << shift) >> shift) * slope + intercept;
}
