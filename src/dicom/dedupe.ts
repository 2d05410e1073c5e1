/**
 * Keeps the first instance of each SOPInstanceUID: the same image copied into two
 * folders, or exported twice, must be shown and measured once.
 */
export function dedupeInstances<T extends { SOPInstanceUID: string }>(instances: readonly T[]): { unique: T[]; duplicates: T[] } {
  const seen = new Set<string>();
  const unique: T[] = [];
  const duplicates: T[] = [];
  for (const instance of instances) {
    if (seen.has(instance.SOPInstanceUID)) duplicates.push(instance);
    else {
      seen.add(instance.SOPInstanceUID);
      unique.push(instance);
    }
  }
  return { unique, duplicates };
}
