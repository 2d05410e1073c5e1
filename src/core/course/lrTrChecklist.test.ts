import { describe, expect, it } from 'vitest';
import type { LrTrFeature } from '../assessment/types.ts';
import { checklistMeetsViable } from './lrTrChecklist.ts';

describe('checklistMeetsViable', () => {
  it.each<[LrTrFeature[], boolean]>([
    [['nodular-masslike-or-thick-irregular-tissue', 'arterial-phase-hyperenhancement'], true],
    [['nodular-masslike-or-thick-irregular-tissue', 'washout-appearance'], true],
    [['nodular-masslike-or-thick-irregular-tissue', 'enhancement-similar-to-pretreatment'], true],
    [['nodular-masslike-or-thick-irregular-tissue'], false],
    [['arterial-phase-hyperenhancement', 'washout-appearance'], false],
    [[], false],
  ])('%j → %s', (features, expected) => {
    expect(checklistMeetsViable(features)).toBe(expected);
  });
});
