import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteSavedAssessment, listSavedAssessments, openSavedAssessment } from '../actions';
import { selectImagesOpen } from '../store';
import { formatDateTime } from '../text';
import { useAppState, useAppStoreApi } from './hooks';

type SavedList = Awaited<ReturnType<typeof listSavedAssessments>>;

/**
 * Assessments saved in this browser. A saved assessment comes back by itself when
 * its patient's images are opened; before any images are open it can be opened for
 * review (findings and response, no calipers). Deleting asks for a second click.
 */
export function SavedAssessmentsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['app', 'common']);
  const locale = useAppState((state) => state.locale);
  const store = useAppStoreApi();
  const [saved, setSaved] = useState<SavedList | null>(null);
  const [error, setError] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const imagesOpen = useAppState(selectImagesOpen);

  const refresh = () => listSavedAssessments(store).then(setSaved, (e: unknown) => setError(t('savedDialog.cannotRead', { detail: String(e) })));
  // Read when the dialog opens; afterwards only a delete changes the list.
  useEffect(() => {
    void refresh();
  }, [store]);

  const remove = async (key: string) => {
    setConfirming(null);
    await deleteSavedAssessment(store, key).catch((e: unknown) => setError(t('savedDialog.deleteFailed', { detail: String(e) })));
    await refresh();
  };

  return (
    <div className="saved-assessments" role="dialog" aria-label={t('savedDialog.title')} data-testid="saved-assessments-dialog">
      <header>
        <strong>{t('savedDialog.title')}</strong>
        <button data-testid="close-saved" onClick={onClose}>
          {t('common:close')}
        </button>
      </header>
      {error && <p className="error">{error}</p>}
      {saved === null && !error && <p>{t('savedDialog.reading')}</p>}
      {saved?.length === 0 && <p className="muted">{t('savedDialog.empty')}</p>}
      <ul>
        {saved?.map((s) => (
          <li key={s.key} data-testid="saved-assessment" data-key={s.key}>
            <span className="patient">{s.patientName || s.patientId || s.key}</span>
            {s.patientId && s.patientName && <span className="muted"> ({s.patientId})</span>}
            <span className="muted">
              {' '}
              {t('savedDialog.summary', {
                when: formatDateTime(s.savedAt, locale),
                lesions: t('savedDialog.lesions', { count: s.lesionCount }),
                timepoints: t('savedDialog.timepoints', { count: s.timepointCount }),
              })}
            </span>
            <span className="state">{s.isOpen ? t('savedDialog.openNow') : t('savedDialog.openImagesToMeasure')}</span>
            {!s.isOpen && !imagesOpen && (
              <button data-testid="open-saved" onClick={() => void openSavedAssessment(store, s.key).then((opened) => opened && onClose())}>
                {t('savedDialog.openForReview')}
              </button>
            )}
            {confirming === s.key ? (
              <button className="danger" data-testid="confirm-delete-saved" onClick={() => void remove(s.key)}>
                {t('savedDialog.deleteForGood')}
              </button>
            ) : (
              <button
                data-testid="delete-saved"
                disabled={s.isOpen}
                title={s.isOpen ? t('savedDialog.openCannotDelete') : t('savedDialog.deleteTitle')}
                onClick={() => setConfirming(s.key)}
              >
                {t('savedDialog.delete')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
