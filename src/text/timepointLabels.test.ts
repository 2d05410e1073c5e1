import { describe, expect, it } from 'vitest';
import { timepointLabel, timepointShortLabel } from './timepointLabels.ts';

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
