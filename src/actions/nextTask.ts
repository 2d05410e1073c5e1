/** Resolves in a later task (not a microtask), after the browser has had a chance to render. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
