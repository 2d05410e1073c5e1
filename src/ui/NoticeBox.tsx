import { useTranslation } from 'react-i18next';
import { runNoticeAction } from '../actions';
import { isProblemMessage } from '../core';
import { noticeActionLabel, noticeMessageDetails, noticeText } from '../text';
import { useAppState, useAppStoreApi } from './hooks';
import { useTimepointLabels } from './useTimepointLabels';

/** Long lists (e.g. every located error of a refused file) are cut here; the first ones say what to fix. */
const MAX_DETAILS_SHOWN = 30;

/**
 * The viewer's one notice (the store's `notice`): what an edit, an import or an
 * export just did or refused, the lines it lists and the buttons it offers. It
 * stays until dismissed or replaced. Where it sits is the frame's choice (see
 * Workspace): beside the images, never over them.
 */
export function NoticeBox() {
  const store = useAppStoreApi();
  const notice = useAppState((state) => state.notice);
  const notify = useAppState((state) => state.notify);
  const { t } = useTranslation('app');
  const locale = useAppState((state) => state.locale);
  const timepointLabels = useTimepointLabels().full;
  if (!notice) return null;
  const problem = notice.messages.some(isProblemMessage);
  const details = notice.messages.flatMap((message) => noticeMessageDetails(message, locale));
  return (
    <div
      className={`notice${problem ? ' problem' : ''}`}
      role={problem ? 'alert' : 'status'}
      data-testid="notice"
      data-codes={notice.messages.map((m) => m.code).join(' ')}
    >
      <p>{noticeText(notice.messages, timepointLabels, locale)}</p>
      {details.length > 0 && (
        <ul>
          {details.slice(0, MAX_DETAILS_SHOWN).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
          {details.length > MAX_DETAILS_SHOWN && <li>{t('notices.more', { count: details.length - MAX_DETAILS_SHOWN })}</li>}
        </ul>
      )}
      {notice.actions?.map((action) => (
        <button key={action.kind} data-testid={`notice-${action.kind}`} onClick={() => runNoticeAction(store, action)}>
          {noticeActionLabel(action, locale)}
        </button>
      ))}
      <button data-testid="dismiss-notice" onClick={() => notify(null)}>
        {t('notices.dismiss')}
      </button>
    </div>
  );
}
