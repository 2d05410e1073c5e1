import { runNoticeAction } from '../actions';
import { isProblemMessage } from '../core';
import { selectTimepointLabels } from '../store';
import { noticeActionLabel, noticeMessageDetails, noticeText } from '../text';
import { useAppState, useAppStoreApi } from './hooks';

const NOTICE_WORDS = { dismiss: 'Dismiss', more: (n: number) => `… and ${n} more` } as const;

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
  const timepointLabels = useAppState(selectTimepointLabels);
  if (!notice) return null;
  const problem = notice.messages.some(isProblemMessage);
  const details = notice.messages.flatMap(noticeMessageDetails);
  return (
    <div
      className={`notice${problem ? ' problem' : ''}`}
      role={problem ? 'alert' : 'status'}
      data-testid="notice"
      data-codes={notice.messages.map((m) => m.code).join(' ')}
    >
      <p>{noticeText(notice.messages, timepointLabels)}</p>
      {details.length > 0 && (
        <ul>
          {details.slice(0, MAX_DETAILS_SHOWN).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
          {details.length > MAX_DETAILS_SHOWN && <li>{NOTICE_WORDS.more(details.length - MAX_DETAILS_SHOWN)}</li>}
        </ul>
      )}
      {notice.actions?.map((action) => (
        <button key={action.kind} data-testid={`notice-${action.kind}`} onClick={() => runNoticeAction(store, action)}>
          {noticeActionLabel(action)}
        </button>
      ))}
      <button data-testid="dismiss-notice" onClick={() => notify(null)}>
        {NOTICE_WORDS.dismiss}
      </button>
    </div>
  );
}
