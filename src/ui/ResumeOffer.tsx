import { useEffect, useState } from 'react';
import { listSavedAssessments, openSavedAssessment } from '../actions';
import { formatPersonName } from '../dicom';
import { useAppStoreApi } from './hooks';

type Saved = Awaited<ReturnType<typeof listSavedAssessments>>[number];

/**
 * On the start page after a reload: the most recently edited assessment saved in
 * this browser, to take up again (its calipers come back when its images are opened).
 */
export function ResumeOffer() {
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
  const lesions = `${latest.lesionCount} lesion${latest.lesionCount === 1 ? '' : 's'}`;
  return (
    <p className="resume-offer">
      <button className="primary" data-testid="resume-saved" onClick={() => void openSavedAssessment(store, latest.key)}>
        Resume {patient}, {lesions}, last edited {new Date(latest.savedAt).toLocaleString()}
      </button>{' '}
      <span className="hint">then open the patient's images to measure</span>
    </p>
  );
}
