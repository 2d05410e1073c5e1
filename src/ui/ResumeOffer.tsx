import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listSavedAssessments, openSavedAssessment } from '../actions';
import { formatPersonName } from '../dicom';
import { formatDateTime } from '../text';
import { useAppState, useAppStoreApi } from './hooks';

type Saved = Awaited<ReturnType<typeof listSavedAssessments>>[number];

/**
 * On the start page after a reload: the most recently edited assessment saved in
 * this browser, to take up again (its calipers come back when its images are opened).
 */
export function ResumeOffer() {
  const { t } = useTranslation('app');
  const locale = useAppState((state) => state.locale);
  const store = useAppStoreApi();
  const [latest, setLatest] = useState<Saved | null>(null);
  useEffect(() => {
    let cancelled = false;
    // A list that cannot be read offers nothing here; the Saved assessments dialog says why.
    listSavedAssessments(store).then(
      (saved) => !cancelled && setLatest(saved.find((s) => !s.isOpen) ?? null),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [store]);
  if (!latest) return null;
  const patient = formatPersonName(latest.patientName) || latest.patientId || latest.key;
  return (
    <p className="resume-offer">
      <button className="primary" data-testid="resume-saved" onClick={() => void openSavedAssessment(store, latest.key)}>
        {t('resume.button', { patient, count: latest.lesionCount, when: formatDateTime(latest.savedAt, locale) })}
      </button>{' '}
      <span className="hint">{t('resume.hint')}</span>
    </p>
  );
}
