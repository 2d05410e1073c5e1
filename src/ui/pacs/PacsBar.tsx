import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleCheck, CircleStop, CircleX, CloudUpload, Info, RotateCw, TriangleAlert, type LucideIcon } from 'lucide-react';
import { cancelPacsRetrieval, getRetrievalStatus, retryPacsRetrieval, subscribeRetrievalStatus } from '../../actions';
import { pacsErrorText } from '../../io';
import { useAppState } from '../hooks';
import { HeaderStatus } from '../HeaderStatus';
import { IconButton } from '../IconButton';
import { useSaveSrToPacs } from './useSaveSrToPacs';
import './pacs.css';

/** The mark a retrieval that ended leaves in the row. */
const ENDED_ICON: Record<'done' | 'incomplete' | 'cancelled', LucideIcon> = { done: CircleCheck, incomplete: TriangleAlert, cancelled: CircleX };

/**
 * Shown while studies opened from the PACS are open, compact in the header's one
 * row (so that the images start right below it, as the folder scan's status
 * does): while images arrive a small bar, arrived of total and Cancel; once it
 * ended one icon, and Retry for images that failed or were cancelled; "Save SR
 * to PACS". The full sentence is the tooltip and what a screen reader says; a
 * failure and what saving said open under the row with the messages button.
 */
export function PacsBar() {
  const { t } = useTranslation(['pacs', 'common']);
  const locale = useAppState((state) => state.locale);
  const status = useSyncExternalStore(subscribeRetrievalStatus, getRetrievalStatus, getRetrievalStatus);
  const hasAssessment = useAppState((state) => state.assessment !== null);
  const saveSr = useSaveSrToPacs();
  const [messagesOpen, setMessagesOpen] = useState(false);
  if (!status) return null;

  const retrieving = status.state === 'retrieving';
  const errorText = status.error === undefined ? undefined : pacsErrorText(status.error, locale);
  const detail = t(`retrieval.${status.state}`, { arrived: status.arrived, total: status.total, failed: status.failed }) + (errorText ? ` — ${errorText}` : '');
  const problem = errorText !== undefined || saveSr.result?.ok === false;
  const save = () => void saveSr.save().then(() => setMessagesOpen(true));

  return (
    <HeaderStatus
      className="pacs-bar"
      attributes={{ 'data-testid': 'pacs-bar', 'data-state': status.state, 'data-arrived': status.arrived, 'data-total': status.total }}
      detail={detail}
      detailTestId="pacs-retrieval-text"
      done={status.arrived}
      total={status.total}
      progressLabel={t('retrieval.progress')}
      countTestId="pacs-count"
      endedIcon={status.state === 'retrieving' ? undefined : ENDED_ICON[status.state]}
      endedAsError={status.state === 'incomplete'}
    >
      {retrieving && <IconButton icon={CircleStop} label={t('common:cancel')} data-testid="pacs-cancel" onClick={cancelPacsRetrieval} title={t('retrieval.cancelTitle')} />}
      {(status.state === 'incomplete' || status.state === 'cancelled') && (
        <IconButton icon={RotateCw} label={t('retrieval.retry')} data-testid="pacs-retry" onClick={() => void retryPacsRetrieval()} title={t('retrieval.retryTitle')} />
      )}
      <IconButton
        icon={CloudUpload}
        label={saveSr.saving ? t('saveSr.saving') : t('saveSr.button')}
        data-testid="pacs-save-sr"
        disabled={!hasAssessment || saveSr.saving}
        onClick={save}
      />
      {(errorText !== undefined || saveSr.result) && (
        <IconButton
          icon={problem ? TriangleAlert : Info}
          className={problem ? 'error' : undefined}
          label={t('messages.show')}
          data-testid="pacs-messages-toggle"
          aria-expanded={messagesOpen}
          onClick={() => setMessagesOpen((open) => !open)}
        />
      )}
      {messagesOpen && (
        <span className="pacs-messages" data-testid="pacs-messages">
          {errorText !== undefined && (
            <span role="alert" className="error" data-testid="pacs-retrieval-error">
              {errorText}
            </span>
          )}
          {saveSr.result && (
            <span role={saveSr.result.ok ? 'status' : 'alert'} className={saveSr.result.ok ? 'ok' : 'error'} data-testid="pacs-save-result" data-ok={saveSr.result.ok}>
              {saveSr.result.text}
            </span>
          )}
          <button type="button" data-testid="pacs-messages-close" onClick={() => setMessagesOpen(false)}>
            {t('common:close')}
          </button>
        </span>
      )}
    </HeaderStatus>
  );
}
