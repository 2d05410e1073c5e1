import { describe, expect, it } from 'vitest';
import { courseDates, timeAxis } from './timeAxis';

describe('timeAxis', () => {
  it('places dates by calendar days between the first and the last', () => {
    const axis = timeAxis(['2026-03-01', '2026-01-01', '2026-01-31'], 10, 69)!;
    expect([axis.firstDate, axis.lastDate]).toEqual(['2026-01-01', '2026-03-01']);
    expect(['2026-01-01', '2026-01-31', '2026-03-01'].map(axis.x)).toEqual([10, 40, 69]);
  });

  it('puts a single date at the left and has no axis without dates', () => {
    expect(timeAxis(['2026-01-01'], 5, 100)!.x('2026-01-01')).toBe(5);
    expect(timeAxis([], 5, 100)).toBeNull();
  });

  it('spans imaging, treatments and marker values alike', () => {
    const dates = courseDates({
      timepoints: [{ id: 'BL', date: '2026-01-05' }],
      treatments: [{ date: '2025-12-20', type: 'cTACE' }],
      markers: [{ marker: 'AFP', date: '2026-03-01', value: 2, unit: 'ng/mL' }],
    });
    expect(dates.sort()).toEqual(['2025-12-20', '2026-01-05', '2026-03-01']);
  });
});
