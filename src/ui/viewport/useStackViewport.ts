import { useEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
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
  stackId?: string,
): { controller: StackViewportController | null; state: StackViewState } {
  const [controller, setController] = useState<StackViewportController | null>(null);
  // Which stack each list handed to the controller belongs to: a longer list of the stack on screen grows it in place.
  const stackOfIds = useRef(new WeakMap<readonly string[], string>());
  const shownStackId = useRef<string | undefined>(undefined);

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
      focalPointMm: () => {
        const [x, y, z] = created.viewport.getCamera().focalPoint ?? [NaN, NaN, NaN];
        return [x, y, z];
      },
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
    // imageIds must be referentially stable (memoised by the caller): a new array of another stack reloads the pane.
    if (!controller || !imageIds) return;
    if (stackId !== undefined) stackOfIds.current.set(imageIds, stackId);
    const sameStack = stackId !== undefined && shownStackId.current === stackId;
    shownStackId.current = stackId;
    void (sameStack ? controller.growStack(imageIds) : controller.showStack(imageIds, takeStartIndex(viewportId, imageIds)));
  }, [controller, imageIds, stackId, viewportId]);

  const state = useSyncExternalStore(controller?.subscribe ?? noSubscription, controller?.getState ?? noState);
  // Between a new stack arriving and showStack running, the state still describes the old one.
  const current = imageIds && (state.imageIds === imageIds || (stackId !== undefined && stackOfIds.current.get(state.imageIds) === stackId));
  return { controller, state: current ? state : INITIAL_VIEW_STATE };
}
