import { describe, expect, it } from 'vitest';
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
});
