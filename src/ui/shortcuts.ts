import type { ToolChoice } from '../store';
import type { WindowPresetId } from '../actions';

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

/** The shortcut table: keys as shown to the reader, and what they do. The help dialog lists exactly these. */
export const SHORTCUTS: readonly { keys: string; description: string; command: ShortcutCommand }[] = [
  { keys: 'V', description: 'Viable diameter caliper (mRECIST)', command: { type: 'tool', tool: 'ViableDiameter' } },
  { keys: 'D', description: 'Whole-lesion diameter caliper (RECIST 1.1)', command: { type: 'tool', tool: 'WholeDiameter' } },
  { keys: 'E', description: 'Bidirectional viable caliper (EASL)', command: { type: 'tool', tool: 'ViableBidirectional' } },
  { keys: 'S', description: 'Short-axis caliper (lymph nodes)', command: { type: 'tool', tool: 'ShortAxis' } },
  { keys: 'W', description: 'Window/level by dragging', command: { type: 'tool', tool: 'WindowLevel' } },
  { keys: 'P', description: 'Pan', command: { type: 'tool', tool: 'Pan' } },
  { keys: 'Z', description: 'Zoom', command: { type: 'tool', tool: 'Zoom' } },
  { keys: '1', description: 'Window: liver (W150 L90)', command: { type: 'preset', preset: 'liver' } },
  { keys: '2', description: 'Window: abdomen (W400 L40)', command: { type: 'preset', preset: 'abdomen' } },
  { keys: '3', description: 'Window: soft tissue (W350 L50)', command: { type: 'preset', preset: 'softTissue' } },
  { keys: '4', description: 'Window: bone (W1800 L400)', command: { type: 'preset', preset: 'bone' } },
  { keys: '5', description: 'Window: lung (W1500 L−600)', command: { type: 'preset', preset: 'lung' } },
  { keys: '0', description: "Window: the image's own", command: { type: 'preset', preset: 'header' } },
  { keys: 'N', description: 'Next lesion', command: { type: 'lesion', step: 1 } },
  { keys: 'Shift+N', description: 'Previous lesion', command: { type: 'lesion', step: -1 } },
  { keys: '[', description: 'Previous timepoint in the active viewport', command: { type: 'timepoint', step: -1 } },
  { keys: ']', description: 'Next timepoint in the active viewport', command: { type: 'timepoint', step: 1 } },
  { keys: 'T', description: 'New target lesion', command: { type: 'new-target' } },
  { keys: 'Ctrl+Z', description: 'Undo', command: { type: 'undo' } },
  { keys: 'Ctrl+Shift+Z', description: 'Redo (also Ctrl+Y)', command: { type: 'redo' } },
  { keys: 'Delete', description: 'Delete the selected caliper (also Backspace)', command: { type: 'delete-caliper' } },
  { keys: '?', description: 'Show this list', command: { type: 'help' } },
  { keys: 'Esc', description: 'Close dialogs, back to window/level', command: { type: 'escape' } },
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
