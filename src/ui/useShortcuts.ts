import { useEffect } from 'react';
import type { AppStore } from '../store';
import { applyWindowPreset, jumpToCaliper, redoEdit, showNeighbourTimepoint, undoEdit } from '../actions';
import { shortcutFor, type ShortcutCommand } from './shortcuts';

/**
 * Typing in a field must not trigger shortcuts (a lesion named "T2" is not "new
 * target"), nor may keys pressed in a dialog in front of the images (the tag browser).
 */
function isTyping(target: EventTarget | null): boolean {
  if (target instanceof Element && target.closest('dialog[open]')) return true;
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));
}

function run(store: AppStore, command: ShortcutCommand, toggleHelp: (open?: boolean) => void): void {
  const state = store.getState();
  switch (command.type) {
    case 'tool':
      state.setActiveTool(command.tool);
      return;
    case 'preset':
      applyWindowPreset(store, command.preset);
      return;
    case 'lesion': {
      const lesions = state.assessment?.lesions ?? [];
      if (lesions.length === 0) return;
      const current = lesions.findIndex((l) => l.id === state.activeLesionId);
      const next = lesions[(current + command.step + lesions.length) % lesions.length] ?? lesions[0]!;
      state.setActiveLesion(next.id);
      const caliper = Object.values(state.measurements).find((m) => m.lesionId === next.id && m.timepointId === state.activeTimepointId);
      if (caliper) jumpToCaliper(store, caliper.id);
      return;
    }
    case 'timepoint':
      showNeighbourTimepoint(store, command.step);
      return;
    case 'new-target':
      if (state.assessment) state.addLesion('target');
      return;
    case 'undo':
      undoEdit(store);
      return;
    case 'redo':
      redoEdit(store);
      return;
    case 'delete-caliper':
      if (state.selectedMeasurementId) state.removeMeasurement(state.selectedMeasurementId);
      return;
    case 'help':
      toggleHelp();
      return;
    case 'escape':
      toggleHelp(false);
      state.setActiveTool('WindowLevel');
      return;
  }
}

/** Window-wide keyboard shortcuts (see `SHORTCUTS`); arrows and page keys stay with the viewports. */
export function useShortcuts(store: AppStore, toggleHelp: (open?: boolean) => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target)) return;
      const command = shortcutFor(event);
      if (!command) return;
      event.preventDefault();
      run(store, command, toggleHelp);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, toggleHelp]);
}
