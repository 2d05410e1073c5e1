import type { ToolChoice } from '../store';
import type { WindowPresetId } from '../actions';
import type { UI_EN } from '../text';

/** Things a key can do. */
export type ShortcutCommand =
  | { type: 'tool'; tool: ToolChoice }
  | { type: 'preset'; preset: WindowPresetId }
  | { type: 'lesion'; step: -1 | 1 }
  | { type: 'timepoint'; step: -1 | 1 }
  | { type: 'new-target' }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'delete-caliper' }
  | { type: 'help' }
  | { type: 'escape' };

/** What a shortcut does, as the key of its words in the `app` catalogue (`shortcuts.command.<id>`). */
export type ShortcutDescription = keyof typeof UI_EN.app.shortcuts.command;

/** The shortcut table: keys as shown to the reader, and what they do. The help dialog lists exactly these. */
export const SHORTCUTS: readonly { keys: string; description: ShortcutDescription; command: ShortcutCommand }[] = [
  { keys: 'V', description: 'viableTool', command: { type: 'tool', tool: 'ViableDiameter' } },
  { keys: 'D', description: 'wholeTool', command: { type: 'tool', tool: 'WholeDiameter' } },
  { keys: 'E', description: 'easlTool', command: { type: 'tool', tool: 'ViableBidirectional' } },
  { keys: 'S', description: 'shortAxisTool', command: { type: 'tool', tool: 'ShortAxis' } },
  { keys: 'W', description: 'windowLevelTool', command: { type: 'tool', tool: 'WindowLevel' } },
  { keys: 'P', description: 'panTool', command: { type: 'tool', tool: 'Pan' } },
  { keys: 'Z', description: 'zoomTool', command: { type: 'tool', tool: 'Zoom' } },
  { keys: '1', description: 'liverWindow', command: { type: 'preset', preset: 'liver' } },
  { keys: '2', description: 'abdomenWindow', command: { type: 'preset', preset: 'abdomen' } },
  { keys: '3', description: 'softTissueWindow', command: { type: 'preset', preset: 'softTissue' } },
  { keys: '4', description: 'boneWindow', command: { type: 'preset', preset: 'bone' } },
  { keys: '5', description: 'lungWindow', command: { type: 'preset', preset: 'lung' } },
  { keys: '0', description: 'headerWindow', command: { type: 'preset', preset: 'header' } },
  { keys: 'N', description: 'nextLesion', command: { type: 'lesion', step: 1 } },
  { keys: 'Shift+N', description: 'previousLesion', command: { type: 'lesion', step: -1 } },
  { keys: '[', description: 'previousTimepoint', command: { type: 'timepoint', step: -1 } },
  { keys: ']', description: 'nextTimepoint', command: { type: 'timepoint', step: 1 } },
  { keys: 'T', description: 'newTarget', command: { type: 'new-target' } },
  { keys: 'Ctrl+Z', description: 'undo', command: { type: 'undo' } },
  { keys: 'Ctrl+Shift+Z', description: 'redo', command: { type: 'redo' } },
  { keys: 'Delete', description: 'deleteCaliper', command: { type: 'delete-caliper' } },
  { keys: '?', description: 'help', command: { type: 'help' } },
  { keys: 'Esc', description: 'escape', command: { type: 'escape' } },
];

/** The key combination of a keyboard event in the table's notation (Ctrl stands for Cmd on macs too). */
function comboOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): string | undefined {
  if (event.altKey) return undefined;
  const ctrl = event.ctrlKey || event.metaKey;
  const key = event.key.length === 1 ? event.key.toUpperCase() : event.key;
  if (key === '?') return '?';
  if (key === 'Escape') return 'Esc';
  if (key === 'Backspace') return 'Delete';
  if (ctrl && key === 'Y') return 'Ctrl+Shift+Z';
  return `${ctrl ? 'Ctrl+' : ''}${event.shiftKey ? 'Shift+' : ''}${key}`;
}

/** The command of a key press, or undefined when the key is not a shortcut. */
export function shortcutFor(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): ShortcutCommand | undefined {
  const combo = comboOf(event);
  return SHORTCUTS.find((s) => s.keys === combo)?.command;
}
