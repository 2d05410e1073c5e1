import { useEffect, useState } from 'react';
import { deleteSavedAssessment, listSavedAssessments, openSavedAssessment } from '../actions';
import { useAppState, useAppStoreApi } from './hooks';

type SavedList = Awaited<ReturnType<typeof listSavedAssessments>>;

/**
 * Assessments saved in this browser. A saved assessment comes back by itself when
 * its patient's images are opened; before any images are open it can be opened for
 * review (findings and response, no calipers). Deleting asks for a second click.
 */
export function SavedAssessmentsDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStoreApi();
  const [saved, setSaved] = useState<SavedList | null>(null);
  const [error, setError] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const imagesOpen = useAppState((state) => state.instances.length > 0);

  const refresh = () =>
    listSavedAssessments(store).then(setSaved, (e: unknown) => setError(`Saved assessments cannot be read: ${String(e)}`));
  // Read when the dialog opens; afterwards only a delete changes the list.
  useEffect(() => {
    listSavedAssessments(store).then(setSaved, (e: unknown) => setError(`Saved assessments cannot be read: ${String(e)}`));
  }, [store]);

  const remove = async (key: string) => {
    setConfirming(null);
    await deleteSavedAssessment(store, key).catch((e: unknown) => setError(`Delete failed: ${String(e)}`));
    await refresh();
  };

  return (
    <div className="saved-assessments" role="dialog" aria-label="Saved assessments" data-testid="saved-assessments-dialog">
      <header>
        <strong>Saved assessments</strong>
        <button data-testid="close-saved" onClick={onClose}>
          Close
        </button>
      </header>
      {error && <p className="error">{error}</p>}
      {saved === null && !error && <p>Reading…</p>}
      {saved?.length === 0 && <p className="muted">Nothing saved in this browser yet.</p>}
      <ul>
        {saved?.map((s) => (
          <li key={s.key} data-testid="saved-assessment" data-key={s.key}>
            <span className="patient">{s.patientName || s.patientId || s.key}</span>
            {s.patientId && s.patientName && <span className="muted"> ({s.patientId})</span>}
            <span className="muted">
              {' '}
              saved {new Date(s.savedAt).toLocaleString()} · {s.lesionCount} lesion{s.lesionCount === 1 ? '' : 's'} · {s.timepointCount} timepoint
              {s.timepointCount === 1 ? '' : 's'}
            </span>
            <span className="state">{s.isOpen ? 'open now' : "open this patient's images to measure"}</span>
            {!s.isOpen && !imagesOpen && (
              <button data-testid="open-saved" onClick={() => void openSavedAssessment(store, s.key).then((opened) => opened && onClose())}>
                Open for review
              </button>
            )}
            {confirming === s.key ? (
              <button className="danger" data-testid="confirm-delete-saved" onClick={() => void remove(s.key)}>
                Delete for good
              </button>
            ) : (
              <button
                data-testid="delete-saved"
                disabled={s.isOpen}
                title={s.isOpen ? 'This assessment is open and saved as you work' : 'Delete this saved assessment'}
                onClick={() => setConfirming(s.key)}
              >
                Delete
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
