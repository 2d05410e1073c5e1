// Tumour markers: the baseline value is the one nearest to and not after the baseline imaging date.
import { describe, expect, it } from 'vitest';
import type { MarkerValue } from '../assessment/types.ts';
import { markerDecades, markerTrends } from './markerTrends.ts';

const timepoints = [
  { id: 'BL', date: '2026-01-05' },
  { id: 'FU1', date: '2026-02-16' },
];
const afp = (date: string, value: number): MarkerValue => ({ marker: 'AFP', date, value, unit: 'ng/mL' });
const pivka = (date: string, value: number): MarkerValue => ({ marker: 'PIVKA-II', date, value, unit: 'mAU/mL' });

describe('markerTrends', () => {
  it('takes the latest value on or before the baseline date as baseline and gives the change of later values', () => {
    const [trend] = markerTrends({ timepoints, markers: [afp('2026-02-20', 100), afp('2025-12-01', 900), afp('2026-01-02', 400)] });
    expect(trend).toEqual({
      marker: 'AFP',
      unit: 'ng/mL',
      baseline: { date: '2026-01-02', value: 400 },
      points: [
        { date: '2025-12-01', value: 900, changeFromBaselinePct: null, isBaseline: false },
        { date: '2026-01-02', value: 400, changeFromBaselinePct: 0, isBaseline: true },
        { date: '2026-02-20', value: 100, changeFromBaselinePct: -75, isBaseline: false },
      ],
    });
  });

  it('counts a value on the baseline day itself, and not one the day after', () => {
    expect(markerTrends({ timepoints, markers: [afp('2026-01-05', 50), afp('2026-01-06', 40)] })[0]?.baseline).toEqual({ date: '2026-01-05', value: 50 });
    const [late] = markerTrends({ timepoints, markers: [afp('2026-01-06', 40), afp('2026-02-16', 20)] });
    expect(late?.baseline).toBeNull();
    expect(late?.points.map((p) => p.changeFromBaselinePct)).toEqual([null, null]);
  });

  it('follows the chosen baseline timepoint', () => {
    const [trend] = markerTrends({ timepoints, baseline: 'FU1', markers: [afp('2026-01-05', 50), afp('2026-02-10', 80), afp('2026-03-01', 20)] });
    expect(trend?.baseline).toEqual({ date: '2026-02-10', value: 80 });
    expect(trend?.points.map((p) => p.changeFromBaselinePct)).toEqual([null, 0, -75]);
  });

  it('keeps each marker apart, AFP first, rounding the change to 2 decimals', () => {
    const trends = markerTrends({ timepoints, markers: [pivka('2026-01-05', 3), pivka('2026-02-16', 4), afp('2026-01-05', 7)] });
    expect(trends.map((t) => [t.marker, t.unit])).toEqual([
      ['AFP', 'ng/mL'],
      ['PIVKA-II', 'mAU/mL'],
    ]);
    expect(trends[1]?.points[1]?.changeFromBaselinePct).toBe(33.33);
  });

  it('gives no baseline value and no change when there is no imaging date to start from', () => {
    const [trend] = markerTrends({ timepoints: [], markers: [afp('2026-01-05', 50), afp('2026-02-05', 25)] });
    expect(trend?.baseline).toBeNull();
    expect(trend?.points.map((p) => [p.changeFromBaselinePct, p.isBaseline])).toEqual([
      [null, false],
      [null, false],
    ]);
  });

  it('is empty without markers', () => {
    expect(markerTrends({ timepoints })).toEqual([]);
  });
});

describe('markerDecades', () => {
  it.each<[number[], { low: number; high: number } | null]>([
    [[850, 45.5], { low: 1, high: 3 }],
    [[100, 1000], { low: 2, high: 3 }],
    [[100], { low: 2, high: 3 }],
    [[0.4, 3], { low: -1, high: 1 }],
    [[], null],
  ])('%j spans %j', (values, expected) => {
    expect(markerDecades(markerTrends({ timepoints, markers: values.map((v, i) => afp(`2026-01-0${i + 1}`, v)) }))).toEqual(expected);
  });
});
