import { cache } from '@cornerstonejs/core';
import { wadouri } from '@cornerstonejs/dicom-image-loader';
import type { ScannedBytes } from '../dicom';
import { forgetScannedBytes, keepScannedBytes } from './scannedBytes';
import { forgetPlaneModules } from './planeModules';

/**
 * Hands local files to Cornerstone's `dicomfile:` loader. Files are registered
 * once; each frame of a multi-frame object gets its own image id.
 *
 * An image id is never reused within a page: the loader's data-set cache,
 * Cornerstone's image cache and the metadata providers' caches are all keyed by
 * it, and a reused `dicomfile:0` would show the previous file's pixels under the
 * new file's header.
 */
const registered = new Map<string, string>();

/**
 * Registers `file` under `fileId` (idempotent) and returns its base image id, e.g.
 * `dicomfile:3`; `scanned`, what a scan read of the file (its header, or all of it),
 * spares the image loader reading those bytes again.
 */
export function registerFile(fileId: string, file: Blob, scanned?: ScannedBytes): string {
  const existing = registered.get(fileId);
  if (existing) return existing;
  const imageId = wadouri.fileManager.add(file);
  registered.set(fileId, imageId);
  if (scanned) keepScannedBytes(String(fileIndexOf(imageId)), scanned);
  return imageId;
}

/** Remembers `imageId` as the base image id of `fileId` unless it has one already; returns the one it has. */
export function registerBaseImageId(fileId: string, imageId: string): string {
  const existing = registered.get(fileId);
  if (existing) return existing;
  registered.set(fileId, imageId);
  return imageId;
}

/** The image id of one frame (0-based) of a registered file. */
export function frameImageId(baseImageId: string, frameIndex: number, numberOfFrames: number): string {
  // The loader's `?frame=` is 1-based; single-frame files need no suffix.
  return numberOfFrames > 1 ? `${baseImageId}?frame=${frameIndex + 1}` : baseImageId;
}

/** The loader's index of a `dicomfile:N` image id. */
function fileIndexOf(imageId: string): number {
  return Number(imageId.slice('dicomfile:'.length));
}

/**
 * Forgets every registered file and decoded image, releasing their memory ("close all").
 * Files are removed one by one rather than with the loader's `purge()`, which would
 * restart the numbering at `dicomfile:0` and so reuse image ids.
 */
export function purgeFiles(): void {
  cache.purgeCache();
  wadouri.dataSetCacheManager.purge();
  forgetPlaneModules();
  forgetScannedBytes();
  for (const imageId of registered.values()) if (imageId.startsWith('dicomfile:')) wadouri.fileManager.remove(fileIndexOf(imageId));
  registered.clear();
}

/** The base image id of a registered file, or undefined when it was never registered. */
export function baseImageIdOf(fileId: string): string | undefined {
  return registered.get(fileId);
}
