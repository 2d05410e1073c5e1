import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n';
import type { Finding, Lesion } from '../../core';
import { findingText as findingTextIn, type CellCalipers } from './findingText';

const en = createI18n('en').getFixedT('en', 'assessment');
const zh = createI18n('zh-CN').getFixedT('zh-CN', 'assessment');
/** In English, as the existing rows were written. */
const findingText = (lesion: Pick<Lesion, 'role'>, finding?: Finding, calipers?: CellCalipers) => findingTextIn(en, lesion, finding, calipers);

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
    ['new', { viableLongestDiameterMm: 12 }, 'viable 12.0'],
    ['new', { viableLongestDiameterMm: 12, longestDiameterMm: 15 }, '15.0'],
  ] as const)('%s %j → %s', (role, finding, expected) => {
    expect(findingText({ role }, finding)).toBe(expected);
  });

  it('spells out the fragments of a split lesion, and says when calipers do not count', () => {
    expect(findingText({ role: 'target' }, { viableLongestDiameterMm: 28, longestDiameterMm: 40 }, { fragmentsMm: { viable: [21, 7] } })).toBe(
      '21.0 + 7.0, 2 fragments (40.0)',
    );
    expect(findingText({ role: 'target' }, { longestDiameterMm: 40 }, { fragmentsMm: { whole: [30, 10] } })).toBe('(30.0 + 10.0, 2 fragments)');
    expect(findingText({ role: 'target' }, {}, { notCounted: 2 })).toBe('— (2 calipers not counted)');
    expect(findingText({ role: 'target' }, undefined, { notCounted: 1 })).toBe('— (1 caliper not counted)');
    expect(findingText({ role: 'target' }, { viableLongestDiameterMm: 14 }, { notCounted: 1 })).toBe('14.0 · 1 caliper not counted');
  });

  it('says the same in 简体中文, numbers unchanged', () => {
    expect(findingTextIn(zh, { role: 'target' }, { viableLongestDiameterMm: 28, longestDiameterMm: 40 }, { fragmentsMm: { viable: [21, 7] } })).toBe(
      '21.0 + 7.0，2 个碎片 (40.0)',
    );
    expect(findingTextIn(zh, { role: 'target' }, { status: 'absent' })).toBe('消失');
    expect(findingTextIn(zh, { role: 'target' }, { status: 'not-evaluable' })).toBe('不可评估');
    expect(findingTextIn(zh, { role: 'target' }, { shortAxisMm: 16 }, { notCounted: 1 })).toBe('短径 16.0 · 1 条测量线不计入');
    expect(findingTextIn(zh, { role: 'non-target' }, { status: 'unequivocal-progression' })).toBe('进展');
    expect(findingTextIn(zh, { role: 'new' }, { status: 'present', longestDiameterMm: 16, pattern: 'typical', cytology: 'positive' })).toBe(
      '存在 · 16.0 · 典型 · 细胞学阳性',
    );
    expect(findingTextIn(zh, { role: 'new' }, { viableLongestDiameterMm: 12 })).toBe('存活 12.0');
  });
});
