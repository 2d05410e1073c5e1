import { registerDicomFileLoader } from './dicomFileLoader';
import { registerBaseImageId } from './imageSource';

/**
 * Images whose Part 10 bytes live on a server (a PACS, through WADO-RS) and are
 * fetched when first needed, so that a study's index, stacks and image ids exist
 * before any pixel has arrived. Each gets an image id of the `pacs:` scheme
 * (`pacs:remote-12`); once its bytes are in, it is loaded exactly as a local file
 * is (dicomFileLoader: header in the loader's data-set cache, pixels decoded once),
 * so measurements, key images and SR work the same. The "remote-" keeps its url
 * apart from local files' ("12"): both share the loader's data-set cache.
 */
const SCHEME = 'pacs';
const URL_PREFIX = 'remote-';

interface RemoteFile {
  fetchBytes: () => Promise<ArrayBuffer>;
  /** The file's bytes, being fetched or in; cleared after a failure so that a retry fetches again. */
  arrival?: Promise<Blob>;
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
  const imageId = `${SCHEME}:${URL_PREFIX}${++count}`;
  const registered = registerBaseImageId(fileId, imageId);
  if (registered === imageId) remoteFiles.set(imageId, { fetchBytes });
  return registered;
}

/** Fetches a remote file's bytes unless they are in or on their way; rejects when the fetch fails (a later call tries again). */
export async function fetchRemoteFile(baseImageId: string): Promise<void> {
  await remoteBytes(baseImageId);
}

function remoteBytes(baseImageId: string): Promise<Blob> {
  const file = remoteFiles.get(baseImageId);
  if (!file) return Promise.reject(new Error(`${baseImageId} is not a registered remote image`));
  file.arrival ??= file.fetchBytes().then(
    (bytes) => new Blob([bytes]),
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
  registerDicomFileLoader(SCHEME, (url) => remoteBytes(`${SCHEME}:${url}`));
}
