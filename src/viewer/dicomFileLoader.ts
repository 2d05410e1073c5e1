import { imageLoader, type Types } from '@cornerstonejs/core';
import { createImage, wadouri } from '@cornerstonejs/dicom-image-loader';
import { parseDicom, type DataSet } from 'dicom-parser';
import { withFittedColour } from './colourPixels';
import { headerBytes } from './headerBytes';

/**
 * The `dicomfile:` image loader: one read and one dicom-parser parse of the file
 * per frame load, and the file's bytes are let go as soon as the frame's pixels
 * are handed to a decoding worker, so a loaded image is the only copy of its
 * pixels. The header stays (without pixels) in the loader's data-set cache,
 * where its metadata provider reads it; Cornerstone's default path instead
 * keeps a dcmjs-naturalized copy of the whole file, pixels included, per image.
 */

interface OpenFile {
  dataSet: Promise<DataSet>;
  /** Frame loads still to take their pixels from `dataSet` (frames of one multi-frame file share it). */
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

async function readAndParse(scheme: string, url: string): Promise<DataSet> {
  const file = await fileSources.get(scheme)?.(url);
  if (!file) throw new Error('the file is no longer open');
  const dataSet = parseFile(new Uint8Array(await file.arrayBuffer()));
  // The header must be in the cache before the image is created: createImage asks the metadata provider.
  if (!wadouri.dataSetCacheManager.isLoaded(url)) {
    await wadouri.dataSetCacheManager.load(url, () => Promise.resolve(headerBytes(dataSet).buffer) as never, url);
  }
  return dataSet;
}

/** Runs `take` on the parsed file, reading it once for all concurrent loads of its frames. */
async function withParsedFile<T>(scheme: string, url: string, take: (dataSet: DataSet) => T): Promise<T> {
  let open = openFiles.get(url);
  if (!open) {
    open = { dataSet: readAndParse(scheme, url), users: 0 };
    openFiles.set(url, open);
  }
  open.users += 1;
  try {
    return take(await open.dataSet);
  } finally {
    open.users -= 1;
    if (open.users === 0 && openFiles.get(url) === open) openFiles.delete(url);
  }
}

function loadFrame(imageId: string, options: Record<string, unknown>): Promise<Types.IImage> {
  const { scheme, url, pixelDataFrame } = wadouri.parseImageId(imageId) as { scheme: string; url: string; pixelDataFrame?: number };
  return withParsedFile(scheme, url, (dataSet) => ({
    // A copy of just this frame, transferred (not cloned) to the worker; the file's buffer is then unreferenced.
    pixelData: (wadouri.getPixelData(dataSet, pixelDataFrame ?? 0) as Uint8Array).slice(),
    transferSyntax: dataSet.string('x00020010') ?? '',
  })).then(({ pixelData, transferSyntax }) =>
    // transferPixelData: read by the loader's decode task once imageLoaderPatches makes it transfer.
    createImage(imageId, pixelData, transferSyntax, { ...options, transferPixelData: true } as never) as Promise<Types.IImage>,
  );
}

/**
 * Registers {@link loadFrame} (followed by the colour fix of {@link withFittedColour}) for
 * image ids of `scheme`, whose files `source` gives by url; `dicomfile:` ids read the
 * local files the loader's file manager holds.
 */
export function registerDicomFileLoader(scheme = 'dicomfile', source?: (url: string) => Promise<Blob | undefined>): void {
  if (source) fileSources.set(scheme, source);
  imageLoader.registerImageLoader(scheme, (imageId, options) => ({
    promise: loadFrame(imageId, (options ?? {}) as Record<string, unknown>).then(withFittedColour),
  }));
}
