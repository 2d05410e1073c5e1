import { imageLoader } from '@cornerstonejs/core';
import { wadouri } from '@cornerstonejs/dicom-image-loader';
import { utilities as metadataUtilities } from '@cornerstonejs/metadata';
import { withFittedColour } from './colourPixels';
import { registerBaseImageId } from './imageSource';

/**
 * Images whose Part 10 bytes live on a server (a PACS, through WADO-RS) and are
 * fetched when first needed, so that a study's index, stacks and image ids exist
 * before any pixel has arrived. Each gets an image id of the `pacs:` scheme; once
 * its bytes are in, it is loaded exactly as a local file is (the loader's
 * Part 10 metadata path), so measurements, key images and SR work the same.
 */
const SCHEME = 'pacs';

interface RemoteFile {
  fetchBytes: () => Promise<ArrayBuffer>;
  /** The bytes being fetched or handed to the loader; cleared after a failure so that a retry fetches again. */
  arrival?: Promise<void>;
}

const remoteFiles = new Map<string, RemoteFile>();
let count = 0;

/**
 * Registers a remote file under `fileId` (idempotent) and returns its base image
 * id, e.g. `pacs:12`. `fetchBytes` is called at most once at a time, when the
 * image is first displayed or {@link fetchRemoteFile} asks for it.
 */
export function registerRemoteFile(fileId: string, fetchBytes: () => Promise<ArrayBuffer>): string {
  // Never reused within a page, like `dicomfile:` ids: every cache is keyed by the image id.
  const imageId = `${SCHEME}:${++count}`;
  const registered = registerBaseImageId(fileId, imageId);
  if (registered === imageId) remoteFiles.set(imageId, { fetchBytes });
  return registered;
}

/** Fetches a remote file's bytes unless they are in or on their way; rejects when the fetch fails (a later call tries again). */
export function fetchRemoteFile(baseImageId: string): Promise<void> {
  const file = remoteFiles.get(baseImageId);
  if (!file) return Promise.reject(new Error(`${baseImageId} is not a registered remote image`));
  file.arrival ??= file.fetchBytes().then(
    (bytes) => metadataUtilities.addDicomPart10Instance(baseImageId, bytes),
    (error: unknown) => {
      file.arrival = undefined;
      throw error;
    },
  );
  return file.arrival;
}

/** Forgets every remote file ("close all"); Cornerstone's caches are purged with the local files. */
export function forgetRemoteFiles(): void {
  remoteFiles.clear();
}

/** Registers the `pacs:` scheme: fetch the bytes when needed, then load like a local file. */
export function registerRemoteImageLoader(): void {
  imageLoader.registerImageLoader(SCHEME, (imageId, options) => {
    const baseImageId = imageId.split('?')[0]!;
    const promise = fetchRemoteFile(baseImageId).then(() => wadouri.loadImageFromNaturalizedMetadata(imageId, options as never).promise).then(withFittedColour);
    return { promise };
  });
}
