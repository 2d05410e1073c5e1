import { describe, expect, it } from 'vitest';
import { timepointLabels, type Timepoint } from '../core';
import { fill, timepointLabelsIn, wordFor } from './reportText';

const timepoints: Timepoint[] = [
  { id: 'P', date: '2025-12-29' },
  { id: 'BL', date: '2026-01-05' },
  { id: 'FU1', date: '2026-02-16' },
  { id: 'FU2', date: '2026-04-13' },
];

describe('timepointLabelsIn', () => {
  it('gives the English labels the rest of the viewer shows', () => {
    expect(timepointLabelsIn('en', timepoints, 'BL')).toEqual(timepointLabels(timepoints, 'BL'));
    expect(timepointLabelsIn('en', timepoints, 'BL')).toEqual({ P: 'Prior −7 d', BL: 'Baseline', FU1: 'FU1 +42 d', FU2: 'FU2 +98 d' });
  });

  it('labels the same timepoints in 简体中文', () => {
    expect(timepointLabelsIn('zh-CN', timepoints, 'BL')).toEqual({ P: '既往 −7 天', BL: '基线', FU1: '随访1 +42 天', FU2: '随访2 +98 天' });
  });
});

describe('fill and wordFor', () => {
  it('fill puts values in their placeholders and marks one left without a value', () => {
    expect(fill('{{a}} and {{b}}, {{a}}', { a: 'T1', b: 2 })).toBe('T1 and 2, T1');
    expect(fill('at {{timepoint}}', {})).toBe('at ⟦timepoint⟧');
  });

  it('wordFor gives the words of a known code and any other value as it is', () => {
    expect(wordFor({ liver: '肝脏' }, 'liver')).toBe('肝脏');
    expect(wordFor({ liver: '肝脏' }, 'spleen')).toBe('spleen');
    expect(wordFor({ liver: '肝脏' }, 'toString')).toBe('toString');
  });
});
