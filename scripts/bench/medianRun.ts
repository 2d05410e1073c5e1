// One measurement standing for several runs of the same measure: on a machine whose
// speed moves from one minute to the next, a single run of the floor beside a single run
// of Viable gives a ratio that moves as much; the medians of alternating runs do not.

/** The middle value (the mean of the two middle ones for an even count), NaN values left out; NaN when none is left. */
export function median(values: readonly number[]): number {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/**
 * `runs` merged field by field: every number is the median of the runs' values, or their
 * largest where `worst(path)` (a dotted path, e.g. "longTasks.longestAfterChangeMs": a
 * longest task is a bound, and the median would hide the run that broke it); nested
 * plain objects are merged the same way; anything else (strings, arrays) is the first
 * run's. A number some runs lack is merged from the runs that have it.
 */
export function medianRun<T extends object>(runs: readonly T[], worst: (path: string) => boolean = () => false): T {
  if (runs.length === 0) throw new Error('medianRun: no runs');
  return mergeRuns(runs as readonly Record<string, unknown>[], '', worst) as T;
}

function mergeRuns(runs: readonly Record<string, unknown>[], prefix: string, worst: (path: string) => boolean): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  const keys = new Set(runs.flatMap((run) => Object.keys(run)));
  for (const key of keys) {
    const path = prefix + key;
    const values = runs.map((run) => run[key]).filter((value) => value !== undefined);
    const first = values[0];
    if (typeof first === 'number') {
      const numbers = values.filter((value): value is number => typeof value === 'number');
      merged[key] = worst(path) ? Math.max(...numbers) : median(numbers);
    } else if (isPlainObject(first)) {
      merged[key] = mergeRuns(values.filter(isPlainObject), `${path}.`, worst);
    } else {
      merged[key] = first;
    }
  }
  return merged;
}
