import { useEffect, useState, useSyncExternalStore, type RefObject } from 'react';
import {
  INITIAL_VIEW_STATE,
  StackViewportController,
  type StackViewState,
  registerViewportController,
  registerViewportTestHandle,
  takeStartIndex,
} from '../../viewer';

const noSubscription = () => () => undefined;
const noState = () => INITIAL_VIEW_STATE;

/**
 * Binds a StackViewportController to a pane's element for the pane's lifetime.
 * StrictMode mounts twice in development: cleanup disables the element and
 * destroys the tool group, so the second mount starts clean; the controller
 * ignores results of loads that finish after it was destroyed.
 */
export function useStackViewport(
  viewportId: string,
  elementRef: RefObject<HTMLDivElement | null>,
  imageIds: string[] | undefined,
): { controller: StackViewportController | null; state: StackViewState } {
  const [controller, setController] = useState<StackViewportController | null>(null);

  useEffect(() => {
    const element = elementRef.current;
    if (!element) return;
    const created = new StackViewportController(viewportId, element);
    const unregister = registerViewportTestHandle(viewportId, {
      worldToCanvas: (worldMm) => created.worldToCanvas(worldMm),
      pixelToCanvas: (pixel) => created.pixelToCanvas(pixel),
      getCurrentImageId: () => created.getState().imageId,
      getImageIds: () => created.viewport.getImageIds(),
      scrollToIndex: (index) => created.scrollToIndex(index),
      sliceIndexNearest: (worldMm) => created.sliceIndexNearest(worldMm),
    });
    const unregisterController = registerViewportController(viewportId, created);
    setController(created);
    return () => {
      unregisterController();
      unregister();
      created.destroy();
      setController(null);
    };
  }, [viewportId, elementRef]);

  useEffect(() => {
    // imageIds must be referentially stable (memoised by the caller): a new array reloads the stack.
    if (controller && imageIds) void controller.showStack(imageIds, takeStartIndex(viewportId, imageIds));
  }, [controller, imageIds, viewportId]);

  const state = useSyncExternalStore(controller?.subscribe ?? noSubscription, controller?.getState ?? noState);
  // Between a new stack arriving and showStack running, the state still describes the old one.
  return { controller, state: imageIds && state.imageIds === imageIds ? state : INITIAL_VIEW_STATE };
}
