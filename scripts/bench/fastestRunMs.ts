/**
 * The fastest of `runs` timed calls, ms. The machines tests run on are shared and
 * often loaded many times over; the fastest run is the one the scheduler did not
 * interrupt, so a timing bound holds there while a slow algorithm still fails it.
 */
export function fastestRunMs(runs: number, fn: () => unknown): number {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}
