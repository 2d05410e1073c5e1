import { useSyncExternalStore } from 'react';
import { getAutosaveStatus, subscribeAutosaveStatus } from '../actions';

const time = (iso: string | undefined) => (iso ? new Date(iso).toLocaleTimeString() : '');

/** Whether the reader's work is in the browser's storage: "Saving…", "Saved 10:42:07", or why it is not (failed, or off). */
export function AutosaveIndicator() {
  const status = useSyncExternalStore(subscribeAutosaveStatus, getAutosaveStatus, getAutosaveStatus);
  if (status.state === 'idle') return null;
  const text =
    status.state === 'saving'
      ? 'Saving…'
      : status.state === 'saved'
        ? `Saved ${time(status.savedAt)}`
        : status.state === 'off'
          ? `Autosave is off: ${status.error ?? 'storage unavailable'}. Export to keep your work.`
          : `Not saved: ${status.error ?? 'storage unavailable'}`;
  return (
    <span className={`autosave-status ${status.state}`} data-testid="autosave-status" data-state={status.state} role="status">
      {text}
    </span>
  );
}
