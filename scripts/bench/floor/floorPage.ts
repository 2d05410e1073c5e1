// The benchmark's floor: the least a viewer must do to show a folder of slices,
// measured on the same files and in the same browser as Viable. It reads, parses
// (dicom-parser, as Viable's scan does) and decodes (CharLS for JPEG-LS, as
// Cornerstone does), draws the first image, and does nothing else: no index, no
// viewer, no workers. Not part of the app: `npm run bench` builds it beside the app.
// With ?measure=scan it only scans (reads and parses every file's head), so that the
// scan is timed from a pick of its own, on fresh Files and cold code, as Viable's is.
import charlsFactory from '@cornerstonejs/codec-charls/decodewasmjs';
import charlsWasmUrl from '@cornerstonejs/codec-charls/decodewasm?url';
import dicomParser from 'dicom-parser';
import { type FloorLoadRun, type FloorScanRun, SCAN_ONLY } from './floorMeasurement.ts';

const PIXEL_DATA = 'x7fe00010';
const JPEG_LS = ['1.2.840.10008.1.2.4.80', '1.2.840.10008.1.2.4.81'];
/** Same head size as Viable's scan, so that the two scans read the same bytes. */
const HEAD_BYTES = 32 * 1024;
const READS_IN_FLIGHT = 8;

type CharlsDecoder = InstanceType<Awaited<ReturnType<typeof charlsFactory>>['JpegLSDecoder']>;

let charls: Promise<CharlsDecoder> | undefined;
function jpegLsDecoder(): Promise<CharlsDecoder> {
  charls ??= charlsFactory({ locateFile: () => charlsWasmUrl }).then((codec) => new codec.JpegLSDecoder());
  return charls;
}

interface Decoded {
  pixels: Int16Array | Uint16Array;
  rows: number;
  columns: number;
}

/** Reads a whole file, parses it and decodes its pixels into an array of their own (the file's bytes can go). */
async function decodeFile(file: File): Promise<Decoded> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const dataSet = dicomParser.parseDicom(bytes);
  const element = dataSet.elements[PIXEL_DATA];
  if (!element) throw new Error(`${file.name}: no pixel data`);
  const rows = dataSet.uint16('x00280010') ?? 0;
  const columns = dataSet.uint16('x00280011') ?? 0;
  const signed = dataSet.uint16('x00280103') === 1;
  const transferSyntax = dataSet.string('x00020010') ?? '';
  let raw: Uint8Array;
  if (JPEG_LS.includes(transferSyntax)) {
    const decoder = await jpegLsDecoder();
    const frame = dicomParser.readEncapsulatedPixelDataFromFragments(dataSet, element, 0, element.fragments?.length ?? 1);
    decoder.getEncodedBuffer(frame.length).set(frame);
    decoder.decode();
    raw = decoder.getDecodedBuffer();
  } else {
    raw = bytes.subarray(element.dataOffset, element.dataOffset + element.length);
  }
  const copy = raw.slice(0, rows * columns * 2).buffer; // aligned, and no longer tied to the file or to WASM memory
  return { pixels: signed ? new Int16Array(copy) : new Uint16Array(copy), rows, columns };
}

/** Parses a file's header from its first bytes, growing the read like Viable's scan when the header is longer. */
async function readHeader(file: File): Promise<void> {
  for (let size = HEAD_BYTES; ; size *= 4) {
    const bytes = new Uint8Array(await file.slice(0, size).arrayBuffer());
    try {
      dicomParser.parseDicom(bytes, { untilTag: PIXEL_DATA });
      return;
    } catch (error) {
      if (size >= file.size) throw error;
    }
  }
}

function draw({ pixels, rows, columns }: Decoded): void {
  const canvas = document.getElementById('image') as HTMLCanvasElement;
  canvas.width = columns;
  canvas.height = rows;
  const context = canvas.getContext('2d')!;
  const image = context.createImageData(columns, rows);
  let min = Infinity;
  let max = -Infinity;
  for (const value of pixels) {
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  const scale = 255 / Math.max(1, max - min);
  pixels.forEach((value, i) => {
    const grey = (value - min) * scale;
    image.data.set([grey, grey, grey, 255], i * 4);
  });
  context.putImageData(image, 0, 0);
}

async function eachFile<T>(files: File[], inFlight: number, work: (file: File) => Promise<T>): Promise<T[]> {
  const results = new Array<T>(files.length);
  let next = 0;
  const drain = async () => {
    for (let i = next++; i < files.length; i = next++) results[i] = await work(files[i]!);
  };
  await Promise.all(Array.from({ length: inFlight }, drain));
  return results;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** The load from the pick: first image, then every file decoded; then the scan again, now on hot code and looked-up Files. */
async function measureLoad(picked: number, files: File[]): Promise<FloorLoadRun> {
  draw(await decodeFile(files[0]!));
  await nextFrame();
  const firstImage = performance.now();
  const decoded = await eachFile(files, READS_IN_FLIGHT, decodeFile);
  const allReady = performance.now();
  await eachFile(files, READS_IN_FLIGHT, readHeader);
  const scanAfterDecodeMs = performance.now() - allReady;
  return {
    files: files.length,
    firstImageMs: firstImage - picked,
    allReadyMs: allReady - picked,
    scanAfterDecodeMs,
    rawPixelBytes: decoded.reduce((sum, d) => sum + d.pixels.byteLength, 0),
  };
}

/**
 * The scan alone from the pick. A fresh File's first read pays the browser's look-up of it,
 * and dicom-parser runs cold, as in Viable's scan from its own pick: only in a page that has
 * done nothing else are the two scans timed alike.
 */
async function measureScan(picked: number, files: File[]): Promise<FloorScanRun> {
  await eachFile(files, READS_IN_FLIGHT, readHeader);
  return { files: files.length, scanMs: performance.now() - picked };
}

const scanOnly = new URLSearchParams(location.search).get(SCAN_ONLY.param) === SCAN_ONLY.value;
const input = document.getElementById('folder') as HTMLInputElement;
input.addEventListener('change', () => {
  const picked = performance.now();
  const files = Array.from(input.files ?? []).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  document.body.dataset.state = 'running';
  const run: Promise<FloorLoadRun | FloorScanRun> = scanOnly ? measureScan(picked, files) : measureLoad(picked, files);
  run.then(
    (result) => {
      (window as unknown as { __floor: FloorLoadRun | FloorScanRun }).__floor = result;
      document.body.dataset.state = 'done';
    },
    (error: unknown) => {
      document.body.dataset.state = 'failed';
      document.body.dataset.error = String(error);
    },
  );
});
