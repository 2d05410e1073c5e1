import { useState } from 'react';
import { loadPacsServer, openFromPacs, pacsClientFor } from '../../actions';
import { pacsErrorText, type PacsServer, type StudySummary } from '../../io';
import { useAppStoreApi } from '../hooks';
import { PacsServerForm } from './PacsServerForm';
import { StudySearch } from './StudySearch';
import './pacs.css';

/** The "PACS" dialog: the DICOMweb server (address, credentials, test), then the study search and "Open". */
export function PacsDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStoreApi();
  const [server, setServer] = useState<PacsServer | undefined>(() => loadPacsServer());
  const [editing, setEditing] = useState(server === undefined);
  const [error, setError] = useState('');

  const open = async (studies: StudySummary[]) => {
    if (!server) return;
    setError('');
    try {
      const opening = openFromPacs(
        store,
        pacsClientFor(server),
        studies.map((s) => s.StudyInstanceUID),
      );
      onClose();
      await opening;
    } catch (e) {
      // The dialog is closed by then: the scan bar shows the failure too; the notice makes sure it is read.
      store.getState().notify({ messages: [{ code: 'pacs-open-failed', detail: pacsErrorText(e) }] });
      setError(pacsErrorText(e));
    }
  };

  return (
    <div className="dialog-backdrop">
      <div className="dialog pacs-dialog" role="dialog" aria-label="PACS" data-testid="pacs-dialog">
        <header className="pacs-header">
          <h2>PACS</h2>
          {server && !editing && (
            <span data-testid="pacs-server-name">
              {server.url}{' '}
              <button type="button" data-testid="pacs-edit-server" onClick={() => setEditing(true)}>
                Change server…
              </button>
            </span>
          )}
          <button type="button" data-testid="pacs-close" onClick={onClose}>
            Close
          </button>
        </header>
        {editing && (
          <PacsServerForm
            server={server}
            onSaved={(saved) => {
              setServer(saved);
              setEditing(false);
            }}
          />
        )}
        {server && !editing && <StudySearch server={server} onOpen={(studies) => void open(studies)} />}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
