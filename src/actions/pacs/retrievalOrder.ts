/** The items from the middle outwards: the middle one, then its neighbours alternately, then theirs… */
export function middleOut<T>(items: readonly T[]): T[] {
  const middle = Math.floor((items.length - 1) / 2);
  const ordered: T[] = [];
  for (let step = 0; ordered.length < items.length; step++) {
    const below = middle - step;
    const above = middle + step + 1;
    if (below >= 0) ordered.push(items[below]!);
    if (above < items.length) ordered.push(items[above]!);
  }
  return ordered;
}

/**
 * The order in which to fetch the files of the open stacks: the stack shown first,
 * from its middle slice outwards (a liver scan opens there, and scrolling away
 * from it reaches neighbours already fetched), then every other stack the same
 * way. A file with several frames is fetched once, where its first frame falls.
 */
export function retrievalOrder(stacks: ReadonlyArray<{ stackId: string; frames: ReadonlyArray<{ fileId: string }> }>, firstStackId: string | undefined): string[] {
  const first = stacks.filter((s) => s.stackId === firstStackId);
  const rest = stacks.filter((s) => s.stackId !== firstStackId);
  const fileIds = [...first, ...rest].flatMap((stack) => middleOut(stack.frames).map((frame) => frame.fileId));
  return [...new Set(fileIds)];
}
