import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { cancelPacsRetrieval, getRetrievalStatus, loadPacsServer, pacsClientFor, retryPacsRetrieval, saveSrToPacs, subscribeRetrievalStatus } from '../../actions';
import { pacsErrorText } from '../../io';
import { useAppState, useAppStoreApi } from '../hooks';

/** What saving SR said, as data worded at render time (so it follows a change of language). */
type SaveResult =
  | { ok: true; stored: number; leftOut: number }
  | { ok: false; refused: number; sent: number; leftOut: number }
  | { ok: false; failure: unknown }
  | { ok: false; noServer: true };

/**
 * Shown while studies opened from the PACS are open: how many images have
 * arrived, Cancel while they come, Retry for those that failed or were cancelled,
 * and "Save SR to PACS" to store the assessment where the images are.
 */
export function PacsBar() {
  const { t } = useTranslation(['pacs', 'common']);
  const store = useAppStoreApi();
  const locale = useAppState((state) => state.locale);
  const status = useSyncExternalStore(subscribeRetrievalStatus, getRetrievalStatus, getRetrievalStatus);
  const hasAssessment = useAppState((state) => state.assessment !== null);
  const [saving, setSaving] = useState(false);
  const [saveResult, setSaveResult] = useState<SaveResult | null>(null);
  if (!status) return null;

  const save = async () => {
    const server = loadPacsServer();
    if (!server) return setSaveResult({ ok: false, noServer: true });
    setSaving(true);
    setSaveResult(null);
    try {
      const outcome = await saveSrToPacs(store, pacsClientFor(server));
      const leftOut = outcome.skippedCaliperIds.length;
      setSaveResult(
        outcome.refused === 0
          ? { ok: true, stored: outcome.stored, leftOut }
          : { ok: false, refused: outcome.refused, sent: outcome.stored + outcome.refused, leftOut },
      );
    } catch (error) {
      setSaveResult({ ok: false, failure: error });
    } finally {
      setSaving(false);
    }
  };

  const saveText = (result: SaveResult): string => {
    if ('noServer' in result) return t('saveSr.noServer');
    if ('failure' in result) return t('saveSr.failed', { reason: pacsErrorText(result.failure, locale) });
    const leftOut = result.leftOut ? t('saveSr.leftOut', { count: result.leftOut }) : '';
    return result.ok ? t('saveSr.saved', { count: result.stored, leftOut }) : t('saveSr.refused', { refused: result.refused, count: result.sent, leftOut });
  };

  return (
    <div className="pacs-bar" data-testid="pacs-bar" data-state={status.state} data-arrived={status.arrived} data-total={status.total}>
      <progress max={status.total || 1} value={status.arrived} aria-label={t('retrieval.progress')} />
      <span data-testid="pacs-retrieval-text">{t(`retrieval.${status.state}`, { arrived: status.arrived, total: status.total, failed: status.failed })}</span>
      {status.state === 'retrieving' && (
        <button data-testid="pacs-cancel" onClick={cancelPacsRetrieval}>
          {t('common:cancel')}
        </button>
      )}
      {(status.state === 'incomplete' || status.state === 'cancelled') && (
        <button data-testid="pacs-retry" onClick={() => void retryPacsRetrieval()}>
          {t('retrieval.retry')}
        </button>
      )}
      {status.error !== undefined && (
        <span role="alert" className="error" data-testid="pacs-retrieval-error">
          {pacsErrorText(status.error, locale)}
        </span>
      )}
      <button data-testid="pacs-save-sr" disabled={!hasAssessment || saving} onClick={() => void save()}>
        {saving ? t('saveSr.saving') : t('saveSr.button')}
      </button>
      {saveResult && (
        <span role={saveResult.ok ? 'status' : 'alert'} className={saveResult.ok ? 'ok' : 'error'} data-testid="pacs-save-result" data-ok={saveResult.ok}>
          {saveText(saveResult)}
        </span>
      )}
    </div>
  );
}
