import type { AppState, AppStore } from '../store';
import { purgeFiles } from '../viewer';

/** Ends the running rehearsal's scan (see rehearseFirstPick). */
let running: AbortController | undefined;

/** Nothing is open, loading or shown: the page is as the reader found it. */
function untouched(state: AppState): boolean {
  return state.instances.length === 0 && state.scan.status === 'idle' && state.assessment === null && state.viewportStackIds.every((id) => id === null);
}

/**
 * Starts the rehearsal when it has not run and nothing is open yet; returns the signal that
 * ends it (for its scan), or undefined when it must not run (it never will then).
 */
export function beginRehearsal(store: AppStore): AbortSignal | undefined {
  const state = store.getState();
  if (state.rehearsal !== 'waiting') return undefined;
  // The reader got here first (e.g. the demo opened at start): nothing left to rehearse for.
  if (!untouched(state)) {
    state.setRehearsal('over');
    return undefined;
  }
  running = new AbortController();
  state.setRehearsal('running');
  return running.signal;
}

/**
 * Ends the rehearsal, if one waits or runs: its scan stops and its images are closed
 * at once (panes, index, loader), in the caller's task, so that the reader's own work that
 * follows finds the page untouched. A rehearsal that never started will not start.
 * Every action that opens something calls it first.
 */
export function endRehearsal(store: AppStore): void {
  const state = store.getState();
  if (state.rehearsal === 'over') return;
  state.setRehearsal('over');
  if (!running) return;
  running.abort();
  running = undefined;
  state.clearViewports();
  state.closeAllStudies();
  purgeFiles();
}
