import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { getAutosaveStatus, subscribeAutosaveStatus, type AutosaveStatus } from '../actions';
import { formatTime } from '../text';
import { useAppState } from './hooks';

/** Whether the reader's work is in the browser's storage: "Saving…", "Saved 10:42", or why it is not (failed, or off). */
export function AutosaveIndicator() {
  const status = useSyncExternalStore(subscribeAutosaveStatus, getAutosaveStatus, getAutosaveStatus);
  if (status.state === 'idle') return null;
  return (
    <span className={`autosave-status ${status.state}`} data-testid="autosave-status" data-state={status.state} role="status">
      <AutosaveText status={status} />
    </span>
  );
}

function AutosaveText({ status }: { status: AutosaveStatus }) {
  const { t } = useTranslation('app');
  const locale = useAppState((state) => state.locale);
  const error = status.error ?? t('autosave.storageUnavailable');
  switch (status.state) {
    case 'saving':
      return t('autosave.saving');
    case 'saved':
      return t('autosave.saved', { time: status.savedAt ? formatTime(status.savedAt, locale) : '' });
    case 'off':
      return t('autosave.off', { error });
    default:
      return t('autosave.failed', { error });
  }
}
