import { unzip } from 'fflate';

/** macOS archive metadata, never DICOM. */
const IGNORED = /(^|\/)__MACOSX\//;

/** A .zip that does not open; `detail` is what the unzip library said. */
export class UnreadableArchiveError extends Error {
  constructor(
    readonly archive: string,
    readonly detail: string,
  ) {
    super(`${archive}: not a readable zip archive (${detail})`);
    this.name = 'UnreadableArchiveError';
  }
}

/**
 * Unpacks a .zip into `File`s named after their entries, with `webkitRelativePath`
 * set to `${zipName}/${entry path}` so skip reasons and labels show where a file came
 * from. Directories and `__MACOSX/` entries are left out. Real `File`s (not plain
 * objects) because the scan pool hands files to workers by structured clone.
 *
 * @param zipName shown as the first path segment, e.g. the dropped file's name
 */
export function unzipToFiles(zip: Uint8Array | ArrayBuffer, zipName = 'archive.zip'): Promise<File[]> {
  const bytes = zip instanceof Uint8Array ? zip : new Uint8Array(zip);
  return new Promise((resolve, reject) => {
    unzip(bytes, { filter: (entry) => !entry.name.endsWith('/') && !IGNORED.test(entry.name) }, (error, entries) => {
      if (error) {
        reject(new UnreadableArchiveError(zipName, error.message));
        return;
      }
      const files = Object.entries(entries).map(([entryPath, data]) => {
        const file = new File([data as Uint8Array<ArrayBuffer>], entryPath.split('/').pop() ?? entryPath);
        // Own property: File.webkitRelativePath is read-only and empty for constructed files.
        Object.defineProperty(file, 'webkitRelativePath', { value: `${zipName}/${entryPath}` });
        return file;
      });
      resolve(files);
    });
  });
}
