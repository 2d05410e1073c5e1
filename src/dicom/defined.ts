/** Copies `obj` without its undefined fields, so plain index objects stay compact and compare cleanly. */
export function defined<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}
