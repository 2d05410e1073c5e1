import { getRenderingEngine } from './renderingEngine';

/**
 * A pane whose view is kept across a resize: before the shared engine resizes its
 * canvases, it says how to put its view back afterwards (or undefined: nothing to keep).
 */
export interface ResizedPane {
  viewBeforeResize(): (() => void) | undefined;
}

const panes = new Map<Element, ResizedPane>();
let observer: ResizeObserver | undefined;

/**
 * One observer for every pane, because the engine resizes all its canvases at once:
 * with an observer per pane, the first pane's resize changed the others' canvases
 * before their own callbacks could note the view they had. Here every pane notes its
 * view, the engine resizes once, and every pane puts its view back.
 */
function resizeAll(): void {
  const restores = [...panes.values()].map((pane) => pane.viewBeforeResize());
  getRenderingEngine().resize(true, true);
  for (const restore of restores) restore?.();
}

/** Keeps `pane`'s view across size changes of `element` (and of the other panes); returns the function that stops. */
export function observePaneSize(element: Element, pane: ResizedPane): () => void {
  observer ??= new ResizeObserver(resizeAll);
  panes.set(element, pane);
  observer.observe(element);
  return () => {
    observer?.unobserve(element);
    panes.delete(element);
  };
}
