import { cache, imageLoader, type Types } from '@cornerstonejs/core';

/**
 * Loads an image into Cornerstone's cache, or joins the load of it already there,
 * and rejects when loading fails. `imageLoader.loadAndCacheImage` does the same but
 * leaves the cache's own copy of a failed load rejecting unhandled, an error on
 * every broken series; here that copy is caught (its failure reaches the caller
 * through the returned promise), so a pane can await the image it shows first and
 * `setStack` then finds it decoded, instead of decoding it a second time.
 */
export function loadImageOnce(imageId: string): Promise<Types.IImage> {
  const loading = cache.getImageLoadObject(imageId);
  if (loading) return loading.promise;
  const promise = imageLoader.loadImage(imageId);
  cache.putImageLoadObject(imageId, { promise }).catch(() => undefined);
  return promise;
}

/**
 * Starts loading an image a pane is about to show (e.g. while the pane is still
 * being mounted); the pane then joins this load. A failure is the pane's to report.
 */
export function preloadImage(imageId: string): void {
  loadImageOnce(imageId).catch(() => undefined);
}
