import { describe, expect, it } from 'vitest';
import { scaleBarFor } from './scaleBar';

describe('scaleBarFor', () => {
  it('picks the longest 1-2-5 length that fits and spans length ÷ mm per pixel', () => {
    // 0.75 mm per screen pixel, at most 120 px → at most 90 mm → 50 mm over 66.7 px.
    const bar = scaleBarFor(0.75, 120)!;
    expect(bar.lengthMm).toBe(50);
    expect(bar.lengthPx).toBeCloseTo(50 / 0.75, 6);
  });

  it.each([
    [1.5, 100, 100],
    [0.1, 100, 10],
    [0.3, 100, 20],
    [3, 40, 100],
    [0.01, 50, 0.5],
  ])('%f mm/px within %i px → %f mm', (mmPerPixel, maxPx, lengthMm) => {
    expect(scaleBarFor(mmPerPixel, maxPx)?.lengthMm).toBeCloseTo(lengthMm, 9);
  });

  it('never guesses: no bar without a known, positive scale', () => {
    expect(scaleBarFor(undefined, 100)).toBeUndefined();
    expect(scaleBarFor(0, 100)).toBeUndefined();
    expect(scaleBarFor(Number.NaN, 100)).toBeUndefined();
    expect(scaleBarFor(1, 0)).toBeUndefined();
  });
});
