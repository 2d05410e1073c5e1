import { describe, expect, it } from 'vitest';
import { sliceIndexForKey } from './sliceKeys';

describe('sliceIndexForKey', () => {
  it.each([
    ['ArrowDown', 5, 6],
    ['ArrowUp', 5, 4],
    ['PageDown', 5, 15],
    ['PageUp', 5, 0],
    ['PageDown', 60, 63],
    ['Home', 30, 0],
    ['End', 3, 63],
    ['ArrowUp', 0, 0],
  ])('%s from %i in 64 images → %i', (key, from, to) => {
    expect(sliceIndexForKey(key, from, 64)).toBe(to);
  });

  it('ignores other keys and empty stacks', () => {
    expect(sliceIndexForKey('a', 3, 64)).toBeUndefined();
    expect(sliceIndexForKey('End', 0, 0)).toBeUndefined();
  });
});
