/** Copies `obj` without its undefined fields, so plain index objects stay compact and compare cleanly. */
export function defined<T extends object>(obj: T): T {
  // A plain loop: it runs for every frame of each series the index rebuilds while a scan
  // grows it, where entries → filter → fromEntries made most of a long task.
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(obj)) {
    const value = (obj as Record<string, unknown>)[key];
    if (value !== undefined) copy[key] = value;
  }
  return copy as T;
}
