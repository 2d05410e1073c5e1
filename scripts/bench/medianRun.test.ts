import { describe, expect, it } from 'vitest';
import { median, medianRun } from './medianRun.ts';

describe('median', () => {
  it('takes the middle of an odd count and the mean of the middle two of an even count', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('leaves NaN out, and is NaN when nothing is left', () => {
    expect(median([Number.NaN, 3, 1])).toBe(2);
    expect(median([Number.NaN])).toBeNaN();
    expect(median([])).toBeNaN();
  });
});

describe('medianRun', () => {
  const runs = [
    { firstImageMs: 140, renderMode: 'cpu', phases: { pick: 1, 'first-header': 40 }, longTasks: { longestAfterChangeMs: 60 }, longestTaskMs: 300 },
    { firstImageMs: 100, renderMode: 'gpu', phases: { pick: 3 }, longTasks: { longestAfterChangeMs: 90 }, longestTaskMs: 200 },
    { firstImageMs: 120, renderMode: 'cpu', phases: { pick: 2, 'first-header': 50 }, longTasks: { longestAfterChangeMs: 70 }, longestTaskMs: 250 },
  ];

  it('takes each number as the median of the runs, nested objects included, and other values from the first run', () => {
    const merged = medianRun(runs);
    expect(merged.firstImageMs).toBe(120);
    expect(merged.phases).toEqual({ pick: 2, 'first-header': 45 });
    expect(merged.renderMode).toBe('cpu');
    expect(merged.longestTaskMs).toBe(250);
  });

  it('takes the largest where the path is a bound', () => {
    const merged = medianRun(runs, (path) => path === 'longestTaskMs' || path.startsWith('longTasks.'));
    expect(merged.longestTaskMs).toBe(300);
    expect(merged.longTasks.longestAfterChangeMs).toBe(90);
    expect(merged.firstImageMs).toBe(120);
  });

  it('returns the one run as it is', () => {
    expect(medianRun([runs[1]!])).toEqual(runs[1]);
  });

  it('refuses no runs', () => {
    expect(() => medianRun([])).toThrow(/no runs/);
  });
});
