import { describe, expect, it } from 'vitest';
import { formatDicomDate, formatPersonName } from './formatDicomValues';

describe('formatDicomDate', () => {
  it.each([
    ['20260112', '2026-01-12'],
    [' 20260112 ', '2026-01-12'],
    ['2026', '2026'],
    [undefined, ''],
  ])('%s → %s', (input, expected) => expect(formatDicomDate(input)).toBe(expected));
});

describe('formatPersonName', () => {
  it.each([
    ['VIABLE^DEMO', 'VIABLE, DEMO'],
    ['Doe^John^Q', 'Doe, John Q'],
    ['Anonymous', 'Anonymous'],
    ['Yamada^Taro=山田^太郎', 'Yamada, Taro'],
    [undefined, ''],
  ])('%s → %s', (input, expected) => expect(formatPersonName(input)).toBe(expected));
});
