import type { StackViewportController } from './stackViewportController';
import type { WindowPresetId } from './windowPresets';

/**
 * The live viewport controllers by viewport id, so that app features (jump to a
 * caliper, lesion navigation) can scroll a pane. A scroll asked for an image the
 * pane has not loaded yet (its stack was just swapped in) waits until it has,
 * and the stack then opens at that image rather than at its first.
 */
const controllers = new Map<string, StackViewportController>();
const pendingImage = new Map<string, string>();

function applyPending(viewportId: string): void {
  const controller = controllers.get(viewportId);
  const imageId = pendingImage.get(viewportId);
  if (!controller || !imageId) return;
  const state = controller.getState();
  const index = state.imageIds.indexOf(imageId);
  // Only once the stack is on screen: before that the controller ignores scrolls.
  if (index < 0 || state.renderState === 'idle' || state.imageId === undefined) return;
  pendingImage.delete(viewportId);
  controller.scrollToIndex(index);
}

/** Makes a pane's controller reachable; returns the function that removes it. */
export function registerViewportController(viewportId: string, controller: StackViewportController): () => void {
  controllers.set(viewportId, controller);
  const unsubscribe = controller.subscribe(() => applyPending(viewportId));
  return () => {
    unsubscribe();
    if (controllers.get(viewportId) === controller) controllers.delete(viewportId);
  };
}

/**
 * The index a stack about to be shown in a pane should open at: the image a
 * scroll is waiting for, when this stack holds it (taken: the scroll is done by
 * opening there). Undefined otherwise.
 */
export function takeStartIndex(viewportId: string, imageIds: readonly string[]): number | undefined {
  const imageId = pendingImage.get(viewportId);
  const index = imageId === undefined ? -1 : imageIds.indexOf(imageId);
  if (index < 0) return undefined;
  pendingImage.delete(viewportId);
  return index;
}

/** Puts a window preset on a pane that shows an image; a pane still empty has nothing to window. */
export function applyViewportPreset(viewportId: string, preset: WindowPresetId): void {
  const controller = controllers.get(viewportId);
  if (controller?.getState().imageId) controller.applyPreset(preset);
}

/** Scrolls a pane to `imageId`, now or as soon as its stack holding that image is shown. */
export function scrollViewportToImage(viewportId: string, imageId: string): void {
  pendingImage.set(viewportId, imageId);
  applyPending(viewportId);
}
