import { describe, expect, it } from 'vitest';
import { timepointLabels, type Timepoint } from '../core';
import { timepointLabel, timepointLabelsIn, timepointShortLabel } from './timepointLabels.ts';

describe('timepoint labels by language', () => {
  it.each([
    [{ kind: 'baseline' } as const, 'Baseline', 'Baseline', '基线', '基线'],
    [{ kind: 'follow-up', number: 2, days: 98 } as const, 'FU2 +98 d', 'FU2', '随访2 +98 天', '随访2'],
    [{ kind: 'prior', days: 7 } as const, 'Prior \u22127 d', 'Prior', '既往 \u22127 天', '既往'],
  ])('%j', (place, english, englishShort, chinese, chineseShort) => {
    expect([timepointLabel(place, 'en'), timepointShortLabel(place, 'en')]).toEqual([english, englishShort]);
    expect([timepointLabel(place, 'zh-CN'), timepointShortLabel(place, 'zh-CN')]).toEqual([chinese, chineseShort]);
  });
});

describe('timepointLabelsIn', () => {
  const timepoints: Timepoint[] = [
    { id: 'P', date: '2025-12-29' },
    { id: 'BL', date: '2026-01-05' },
    { id: 'FU1', date: '2026-02-16' },
    { id: 'FU2', date: '2026-04-13' },
  ];

  it('gives the English labels the rest of the viewer shows', () => {
    expect(timepointLabelsIn('en', timepoints, 'BL')).toEqual(timepointLabels(timepoints, 'BL'));
    expect(timepointLabelsIn('en', timepoints, 'BL')).toEqual({ P: 'Prior −7 d', BL: 'Baseline', FU1: 'FU1 +42 d', FU2: 'FU2 +98 d' });
  });

  it('labels the same timepoints in 简体中文', () => {
    expect(timepointLabelsIn('zh-CN', timepoints, 'BL')).toEqual({ P: '既往 −7 天', BL: '基线', FU1: '随访1 +42 天', FU2: '随访2 +98 天' });
  });
});
