import { imageLoader, type Types } from '@cornerstonejs/core';
import { createImage, wadouri } from '@cornerstonejs/dicom-image-loader';
import { parseDicom, type DataSet } from 'dicom-parser';
import { type FrameByteRange, nativeFrameRange, readFileHead } from '../dicom';
import { withFittedColour } from './colourPixels';
import { compactDecodedFrame } from './compactFrame';
import { headerBytes } from './headerBytes';
import { makeHeaderLazy } from './lazyHeader';
import { keepPlaneModule, registerPlaneModuleProvider } from './planeModules';
import { type KeptBytes, takeScannedBytes } from './scannedBytes';

/**
 * The `dicomfile:` image loader. Native (uncompressed) pixels are never read on
 * the page: it reads and parses the file's head, and the decoding worker reads
 * the frame's bytes from the file itself (the File is a handle, not a copy), so
 * the page's thread only parses headers while the workers read and decode.
 * Encapsulated (compressed) files and any head it cannot use are read and parsed
 * whole, and the file's bytes are let go as soon as the frame's pixels are handed
 * to a decoding worker. Either way a loaded image is the only copy of its pixels;
 * the header stays (without pixels) in the loader's data-set cache, where its
 * metadata provider reads it. Cornerstone's default path instead keeps a
 * dcmjs-naturalized copy of the whole file, pixels included, per image.
 */

/**
 * Bytes read first: the whole header of nearly every file (a header longer than
 * this, e.g. with an icon image, has the file read whole).
 */
const HEAD_BYTES = 16 * 1024;
const DEFLATED_EXPLICIT_VR_LE = '1.2.840.10008.1.2.1.99';

/** A frame still in its file, for the decoding worker to read (FRAME_READ_IN_WORKER in scripts/lib/imageLoaderPatches.ts). */
interface FileFrame extends FrameByteRange {
  file: Blob;
}

interface ParsedFile {
  file: Blob;
  /** The whole file, or (when `pixelsInFile`) its head up to the Pixel Data element. */
  dataSet: DataSet;
  /** True when the frames are to be sliced from `file` rather than taken from `dataSet`. */
  pixelsInFile: boolean;
  /** The single native frame's bytes the scan read, until a load hands them (transferred) to the decoder. */
  scannedFrame?: Uint8Array<ArrayBuffer>;
}

interface OpenFile {
  parsed: Promise<ParsedFile>;
  /** Frame loads still to take their pixels from `parsed` (frames of one multi-frame file share it). */
  users: number;
}

const openFiles = new Map<string, OpenFile>();

/**
 * dicom-parser throws `{ exception, dataSet }` with a bare string; a file that ends
 * inside an element (truncated) reads "buffer overrun".
 */
function parseFile(bytes: Uint8Array): DataSet {
  try {
    return parseDicom(bytes);
  } catch (error) {
    const reason = String((error as { exception?: unknown }).exception ?? error);
    if (/buffer overrun|past end of buffer/i.test(reason)) throw new Error(`insufficient data: the file ends before its last element (truncated?)`);
    throw new Error(`unreadable DICOM file: ${reason}`);
  }
}

/**
 * Where a scheme's files come from, by the url part of the image id (`dicomfile:3` → "3").
 * The urls of all schemes share the loader's data-set cache, so each scheme's urls must
 * differ from every other's (remote files use "remote-N").
 */
const fileSources = new Map<string, (url: string) => Promise<Blob | undefined>>([
  ['dicomfile', (url) => Promise.resolve(wadouri.fileManager.get(Number(url)) as Blob | undefined)],
]);

/**
 * How a file is parsed: up to Pixel Data from its first bytes when its frames can be
 * sliced from the file (`pixelsInFile`), else whole. Those bytes are what the scan kept
 * (`scanned`: nothing is read here then): the whole file, or its header (a compressed
 * file is then read whole at once); else the file's head. A file no longer than the head
 * is parsed from the head's bytes, read once. (Not `file.size` to choose: a synchronous
 * look-up in the browser process, slow on a busy machine; see readFileHead.)
 */
async function parseHeadOrWhole(file: Blob, scanned: KeptBytes | undefined): Promise<{ dataSet: DataSet; pixelsInFile: boolean }> {
  const head = scanned ?? (await readFileHead(file, HEAD_BYTES).catch(() => undefined));
  if (head?.complete) return { dataSet: parseFile(head.bytes), pixelsInFile: false };
  if (head) {
    try {
      const dataSet = parseDicom(head.bytes, { untilTag: 'x7fe00010' });
      if (nativeFrameRange(dataSet, 0)) return { dataSet, pixelsInFile: true };
    } catch {
      // a longer header, or no DICOM at all: the whole file's parse says which
    }
  }
  return { dataSet: parseFile(new Uint8Array(await file.arrayBuffer())), pixelsInFile: false };
}

async function readAndParse(scheme: string, url: string): Promise<ParsedFile> {
  const file = await fileSources.get(scheme)?.(url);
  if (!file) throw new Error('the file is no longer open');
  const scanned = takeScannedBytes(url);
  const { dataSet, pixelsInFile } = await parseHeadOrWhole(file, scanned);
  // The header must be in the cache before the image is created: createImage asks the metadata provider.
  if (!wadouri.dataSetCacheManager.isLoaded(url)) {
    await wadouri.dataSetCacheManager.load(url, () => Promise.resolve(headerBytes(dataSet).buffer) as never, url);
  }
  return { file, dataSet, pixelsInFile, ...(scanned?.frame && { scannedFrame: scanned.frame }) };
}

/** Runs `take` on the parsed file, reading it once for all concurrent loads of its frames. */
async function withParsedFile<T>(scheme: string, url: string, take: (parsed: ParsedFile) => T): Promise<T> {
  let open = openFiles.get(url);
  if (!open) {
    open = { parsed: readAndParse(scheme, url), users: 0 };
    openFiles.set(url, open);
  }
  open.users += 1;
  try {
    return take(await open.parsed);
  } finally {
    open.users -= 1;
    if (open.users === 0 && openFiles.get(url) === open) openFiles.delete(url);
  }
}

/**
 * Frame `frame` of a file whose pixels are native: where the decoding worker reads it
 * (see FRAME_READ_IN_WORKER). The worker, not the page, finds a file that ends before
 * the frame: `file.size` is a synchronous look-up in the browser process, 1–2 ms a
 * slice on a busy machine (a tenth of the page's time in a 1000-slice load).
 */
function fileFrame(file: Blob, dataSet: DataSet, frame: number): FileFrame {
  const range = nativeFrameRange(dataSet, frame);
  if (!range) throw new Error('frame exceeds size of pixelData');
  return { file, ...range };
}

/**
 * The frame's bytes as the scan read them, for the first load of frame 0 that asks: the
 * decoder is handed their buffer (transferred), so a second load of the same file at the
 * same time reads the frame from the file.
 */
function takeScannedFrame(parsed: ParsedFile, frame: number): Uint8Array | undefined {
  const scanned = parsed.scannedFrame;
  if (frame !== 0 || !scanned) return undefined;
  delete parsed.scannedFrame;
  return scanned;
}

/** Frame `frame` of a parsed whole file: a copy of just its bytes, so that the file's buffer can go. */
function frameCopy(dataSet: DataSet, frame: number): Uint8Array {
  const bytes = wadouri.getPixelData(dataSet, frame) as Uint8Array;
  // Native frames come as a buffer of their own; encapsulated ones may be views into the file.
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

/**
 * Once a frame is an image, the header cached for the metadata provider keeps just
 * its bytes (see makeHeaderLazy); a deflated one keeps its parse, which its bytes cannot give again.
 */
function keepHeaderAsBytes(url: string): void {
  const header = wadouri.dataSetCacheManager.get(url) as DataSet | undefined;
  if (!header || header.string('x00020010') === DEFLATED_EXPLICIT_VR_LE) return;
  const lazy = makeHeaderLazy(header);
  if (lazy !== header) wadouri.dataSetCacheManager.update(url, lazy);
}

function loadFrame(imageId: string, options: Record<string, unknown>): Promise<Types.IImage> {
  const { scheme, url, pixelDataFrame } = wadouri.parseImageId(imageId) as { scheme: string; url: string; pixelDataFrame?: number };
  const frame = pixelDataFrame ?? 0;
  return withParsedFile(scheme, url, (parsed) => ({
    pixelData: takeScannedFrame(parsed, frame) ?? (parsed.pixelsInFile ? fileFrame(parsed.file, parsed.dataSet, frame) : frameCopy(parsed.dataSet, frame)),
    transferSyntax: parsed.dataSet.string('x00020010') ?? '',
  }))
    .then(({ pixelData, transferSyntax }) =>
      // transferPixelData: read by the loader's decode task once imageLoaderPatches makes it transfer (a copy, never the file).
      createImage(imageId, pixelData as Uint8Array, transferSyntax, { ...options, transferPixelData: pixelData instanceof Uint8Array } as never) as Promise<Types.IImage>,
    )
    .then((image) => {
      // The plane first, while the header is parsed: stack-wide reads of it then parse no header again.
      keepPlaneModule(imageId);
      keepHeaderAsBytes(url);
      return compactDecodedFrame(image);
    });
}

/**
 * Registers {@link loadFrame} (followed by the colour fix of {@link withFittedColour}) for
 * image ids of `scheme`, whose files `source` gives by url; `dicomfile:` ids read the
 * local files the loader's file manager holds.
 */
export function registerDicomFileLoader(scheme = 'dicomfile', source?: (url: string) => Promise<Blob | undefined>): void {
  if (source) fileSources.set(scheme, source);
  registerPlaneModuleProvider();
  imageLoader.registerImageLoader(scheme, (imageId, options) => ({
    promise: loadFrame(imageId, (options ?? {}) as Record<string, unknown>).then(withFittedColour),
  }));
}
