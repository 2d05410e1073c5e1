import { useState, useSyncExternalStore } from 'react';
import { cancelPacsRetrieval, getRetrievalStatus, loadPacsServer, pacsClientFor, retryPacsRetrieval, saveSrToPacs, subscribeRetrievalStatus } from '../../actions';
import { pacsErrorText } from '../../io';
import { useAppState, useAppStoreApi } from '../hooks';

/**
 * Shown while studies opened from the PACS are open: how many images have
 * arrived, Cancel while they come, Retry for those that failed or were cancelled,
 * and "Save SR to PACS" to store the assessment where the images are.
 */
export function PacsBar() {
  const store = useAppStoreApi();
  const status = useSyncExternalStore(subscribeRetrievalStatus, getRetrievalStatus, getRetrievalStatus);
  const hasAssessment = useAppState((state) => state.assessment !== null);
  const [saving, setSaving] = useState(false);
  const [saveResult, setSaveResult] = useState<{ ok: boolean; text: string } | null>(null);
  if (!status) return null;

  const save = async () => {
    const server = loadPacsServer();
    if (!server) return setSaveResult({ ok: false, text: 'No PACS is configured in this browser.' });
    setSaving(true);
    setSaveResult(null);
    try {
      const outcome = await saveSrToPacs(store, pacsClientFor(server));
      const left = outcome.skippedCaliperIds.length ? `; ${outcome.skippedCaliperIds.length} caliper(s) left out: their images are not open` : '';
      setSaveResult(
        outcome.refused === 0
          ? { ok: true, text: `Saved ${outcome.stored} measurement report(s) to the PACS${left}.` }
          : { ok: false, text: `The PACS refused ${outcome.refused} of ${outcome.stored + outcome.refused} measurement report(s)${left}.` },
      );
    } catch (error) {
      setSaveResult({ ok: false, text: `Not saved to the PACS: ${pacsErrorText(error)}` });
    } finally {
      setSaving(false);
    }
  };

  const words = {
    retrieving: `Retrieving images from the PACS: ${status.arrived} of ${status.total}`,
    done: `All ${status.total} images retrieved from the PACS`,
    incomplete: `${status.arrived} of ${status.total} images retrieved; ${status.failed} failed`,
    cancelled: `Retrieval cancelled: ${status.arrived} of ${status.total} images retrieved`,
  }[status.state];

  return (
    <div className="pacs-bar" data-testid="pacs-bar" data-state={status.state} data-arrived={status.arrived} data-total={status.total}>
      <progress max={status.total || 1} value={status.arrived} aria-label="Images retrieved" />
      <span data-testid="pacs-retrieval-text">{words}</span>
      {status.state === 'retrieving' && (
        <button data-testid="pacs-cancel" onClick={cancelPacsRetrieval}>
          Cancel
        </button>
      )}
      {(status.state === 'incomplete' || status.state === 'cancelled') && (
        <button data-testid="pacs-retry" onClick={() => void retryPacsRetrieval()}>
          Retry
        </button>
      )}
      {status.error && (
        <span role="alert" className="error" data-testid="pacs-retrieval-error">
          {status.error}
        </span>
      )}
      <button data-testid="pacs-save-sr" disabled={!hasAssessment || saving} onClick={() => void save()}>
        {saving ? 'Saving…' : 'Save SR to PACS'}
      </button>
      {saveResult && (
        <span role={saveResult.ok ? 'status' : 'alert'} className={saveResult.ok ? 'ok' : 'error'} data-testid="pacs-save-result" data-ok={saveResult.ok}>
          {saveResult.text}
        </span>
      )}
    </div>
  );
}
