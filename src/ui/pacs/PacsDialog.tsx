import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadPacsServer, openFromPacs, pacsClientFor } from '../../actions';
import { pacsErrorText, type PacsServer, type StudySummary } from '../../io';
import { useAppState, useAppStoreApi } from '../hooks';
import { PacsServerForm } from './PacsServerForm';
import { StudySearch } from './StudySearch';
import './pacs.css';

/** The "PACS" dialog: the DICOMweb server (address, credentials, test), then the study search and "Open". */
export function PacsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['pacs', 'common']);
  const store = useAppStoreApi();
  const locale = useAppState((state) => state.locale);
  const [server, setServer] = useState<PacsServer | undefined>(() => loadPacsServer());
  const [editing, setEditing] = useState(server === undefined);
  const [error, setError] = useState<{ failure: unknown } | null>(null);

  const open = async (studies: StudySummary[]) => {
    if (!server) return;
    setError(null);
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
      store.getState().notify({ messages: [{ code: 'pacs-open-failed', detail: pacsErrorText(e, locale) }] });
      setError({ failure: e });
    }
  };

  return (
    <div className="dialog-backdrop">
      <div className="dialog pacs-dialog" role="dialog" aria-label={t('dialog.title')} data-testid="pacs-dialog">
        <header className="pacs-header">
          <h2>{t('dialog.title')}</h2>
          {server && !editing && (
            <span data-testid="pacs-server-name">
              {server.url}{' '}
              <button type="button" data-testid="pacs-edit-server" onClick={() => setEditing(true)}>
                {t('dialog.changeServer')}
              </button>
            </span>
          )}
          <button type="button" data-testid="pacs-close" onClick={onClose}>
            {t('common:close')}
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
            {pacsErrorText(error.failure, locale)}
          </p>
        )}
      </div>
    </div>
  );
}
