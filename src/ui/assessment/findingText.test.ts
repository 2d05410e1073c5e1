import { describe, expect, it } from 'vitest';
import { findingText } from './findingText';

describe('findingText', () => {
  it.each([
    ['target', undefined, '—'],
    ['target', { viableLongestDiameterMm: 14, longestDiameterMm: 40 }, '14.0 (40.0)'],
    ['target', { viableLongestDiameterMm: 20, viablePerpendicularDiameterMm: 12.25 }, '20.0 × 12.3'],
    ['target', { status: 'absent' }, 'absent'],
    ['target', { status: 'too-small' }, 'too small'],
    ['target', { status: 'not-evaluable', viableLongestDiameterMm: 3 }, 'NE'],
    ['target', { shortAxisMm: 16 }, 'SA 16.0'],
    ['non-target', { status: 'present' }, 'present'],
    ['non-target', { status: 'unequivocal-progression' }, 'progression'],
    ['new', { status: 'present', longestDiameterMm: 16, pattern: 'typical' }, 'present · 16.0 · typical'],
    ['new', { status: 'present', cytology: 'positive' }, 'present · cytology positive'],
    ['new', {}, '—'],
  ] as const)('%s %j → %s', (role, finding, expected) => {
    expect(findingText({ role }, finding)).toBe(expected);
  });
});
