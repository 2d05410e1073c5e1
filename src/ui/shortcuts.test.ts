import { describe, expect, it } from 'vitest';
import { SHORTCUTS, shortcutFor } from './shortcuts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcutFor', () => {
  it.each([
    [key('v'), { type: 'tool', tool: 'ViableDiameter' }],
    [key('V', { shiftKey: true }), undefined],
    [key('e'), { type: 'tool', tool: 'ViableBidirectional' }],
    [key('1'), { type: 'preset', preset: 'liver' }],
    [key('n'), { type: 'lesion', step: 1 }],
    [key('N', { shiftKey: true }), { type: 'lesion', step: -1 }],
    [key('z', { ctrlKey: true }), { type: 'undo' }],
    [key('z', { metaKey: true }), { type: 'undo' }],
    [key('Z', { ctrlKey: true, shiftKey: true }), { type: 'redo' }],
    [key('y', { ctrlKey: true }), { type: 'redo' }],
    [key('['), { type: 'timepoint', step: -1 }],
    [key(']'), { type: 'timepoint', step: 1 }],
    [key('Backspace'), { type: 'delete-caliper' }],
    [key('Delete'), { type: 'delete-caliper' }],
    [key('?', { shiftKey: true }), { type: 'help' }],
    [key('Escape'), { type: 'escape' }],
    [key('v', { altKey: true }), undefined],
    [key('ArrowUp'), undefined],
  ])('%j → %j', (event, expected) => {
    expect(shortcutFor(event)).toEqual(expected);
  });

  it('gives every listed key a distinct combination', () => {
    expect(new Set(SHORTCUTS.map((s) => s.keys)).size).toBe(SHORTCUTS.length);
  });
});
