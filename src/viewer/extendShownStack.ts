import { utilities, type StackViewport } from '@cornerstonejs/core';

/** The lists StackViewport.setStack fills (private in its types; Cornerstone 5.14). */
interface StackLists {
  imageIds: string[];
  imageKeyToIndexMap: Map<string, number>;
  currentImageIdIndex: number;
  targetImageIdIndex: number;
}

/**
 * Gives `viewport` a longer list of the stack it shows, with the image on screen at `at`,
 * without loading or drawing anything: what `setStack` does to the viewport's lists, without
 * its clearing the canvas, resetting the view and loading and drawing the image on screen
 * again. On the CPU path each of those redraws (setStack's and the one that restored the
 * view) took a full draw and a new canvas resource, 10–25 ms of the page's thread each, at
 * every burst of a running scan, for an image that did not change.
 *
 * Returns false, changing nothing, when another slice is still loading (its load would
 * land at its index in the old list) or the viewport is not the one these fields describe:
 * the caller then sets the stack anew.
 */
export function extendShownStack(viewport: StackViewport, imageIds: string[], at: number): boolean {
  const lists = viewport as unknown as Partial<StackLists>;
  const shown = viewport.getCurrentImageId();
  if (
    !(lists.imageKeyToIndexMap instanceof Map) ||
    !Array.isArray(lists.imageIds) ||
    shown === undefined ||
    imageIds[at] !== shown ||
    viewport.getCurrentImageIdIndex() !== viewport.getTargetImageIdIndex()
  ) {
    return false;
  }
  const keyToIndex = lists.imageKeyToIndexMap;
  keyToIndex.clear();
  imageIds.forEach((imageId, index) => {
    keyToIndex.set(imageId, index);
    keyToIndex.set(utilities.imageIdToURI(imageId), index);
  });
  lists.imageIds = imageIds;
  lists.currentImageIdIndex = at;
  lists.targetImageIdIndex = at;
  return true;
}
