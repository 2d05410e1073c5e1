import { useEffect } from 'react';
import { arterialStackOf, selectSortedTimepoints, type AppStore } from '../store';
import { applyWindowPreset, jumpToCaliper, redoEdit, undoEdit } from '../actions';
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

/**
 * Shows the previous or next timepoint in the active viewport: the active lesion's
 * caliper there when it has one, else that study's arterial series (a synchronised
 * comparison then brings the other panes along).
 */
function showNeighbourTimepoint(store: AppStore, step: -1 | 1): void {
  const state = store.getState();
  const timepoints = selectSortedTimepoints(state);
  if (timepoints.length === 0) return;
  const current = timepoints.findIndex((t) => t.id === state.activeTimepointId);
  const next = timepoints[Math.max(0, Math.min(timepoints.length - 1, (current < 0 ? 0 : current) + step))]!;
  state.setActiveTimepoint(next.id);
  const caliper = Object.values(state.measurements).find((m) => m.lesionId === state.activeLesionId && m.timepointId === next.id);
  if (caliper) {
    jumpToCaliper(store, caliper.id);
    return;
  }
  const stackId = next.studyInstanceUid ? arterialStackOf(state, next.studyInstanceUid) : undefined;
  if (stackId) state.showStack(state.activeViewportIndex, stackId);
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
