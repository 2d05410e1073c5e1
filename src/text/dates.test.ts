import { describe, expect, it, vi } from 'vitest';
import { formatCount, formatDate, formatDateTime, formatTime } from './dates.ts';

describe('dates and numbers by locale', () => {
  it('keeps ISO dates in English and writes 年月日 in 简体中文', () => {
    expect(formatDate('2026-03-04', 'en')).toBe('2026-03-04');
    expect(formatDate('2026-03-04', 'zh-CN')).toBe('2026年3月4日');
    expect(formatDate('20260304', 'zh-CN')).toBe('20260304');
  });

  it('writes moments and counts in the locale', () => {
    expect(formatDateTime('2026-03-04T09:05:00', 'zh-CN')).toMatch(/^2026年3月4日 09:05$/);
    expect(formatDateTime('2026-03-04T09:05:00', 'en')).toBe('4 Mar 2026, 09:05');
    expect(formatTime('2026-03-04T09:05:00', 'en')).toBe('09:05');
    expect(formatDateTime('not a date', 'en')).toBe('not a date');
    expect(formatCount(12345, 'en')).toBe('12,345');
    expect(formatCount(12345, 'zh-CN')).toBe('12,345');
  });

  it('makes each formatter once per locale: making one loads locale data (tens of ms on a busy machine)', () => {
    const dateTimeFormat = vi.spyOn(Intl, 'DateTimeFormat');
    const numberFormat = vi.spyOn(Intl, 'NumberFormat');
    for (let i = 0; i < 3; i += 1) {
      formatTime('2026-03-04T09:05:00', 'en');
      formatDateTime('2026-03-04T09:05:00', 'en');
      formatCount(i, 'en');
    }
    expect(dateTimeFormat.mock.calls.length).toBeLessThanOrEqual(2);
    expect(numberFormat.mock.calls.length).toBeLessThanOrEqual(1);
    vi.restoreAllMocks();
  });
});
