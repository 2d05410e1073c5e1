import { selectIndex, type AppState } from '../store';

/**
 * The stack to show first after opening a folder: the arterial phase of the oldest
 * study (the baseline, where measuring starts), else that study's first stack.
 */
export function firstStackToShow(state: AppState): string | undefined {
  const study = selectIndex(state).patients[0]?.studies[0];
  if (!study) return undefined;
  const stacks = study.series.flatMap((series) => series.stacks);
  return (stacks.find((stack) => stack.phase.phase === 'arterial') ?? stacks[0])?.stackId;
}
