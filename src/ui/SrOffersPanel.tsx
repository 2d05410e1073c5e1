import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { getSrOffers, loadSrOffer, subscribeSrOffers, type SrLoadOutcome, type SrLoadProblem, type SrOffer } from '../actions';
import { formatDate, type Locale } from '../text';
import { useAppState, useAppStoreApi } from './hooks';

/** DICOM SR measurement reports found among the opened files, each with a button to load it into the assessment. */
export function SrOffersPanel() {
  const { t } = useTranslation('app');
  const locale = useAppState((state) => state.locale);
  const store = useAppStoreApi();
  const offers = useSyncExternalStore(subscribeSrOffers, getSrOffers, getSrOffers);
  const hasAssessment = useAppState((state) => state.assessment !== null);
  const [outcome, setOutcome] = useState<{ offer: SrOffer; result: SrLoadOutcome } | null>(null);
  if (offers.length === 0) return null;
  const counts = (lesions: number, calipers: number) => ({ lesions: t('files.lesions', { count: lesions }), calipers: t('files.calipers', { count: calipers }) });
  return (
    <div className="sr-offers" data-testid="sr-offers">
      {offers.map((offer) => (
        <div key={offer.reading.sopInstanceUid} className="sr-offer" data-testid="sr-offer" data-study-date={offer.reading.studyDate} title={offer.path}>
          {t('sr.offer', { date: formatDate(offer.reading.studyDate, locale), ...counts(offer.reading.lesions.length, offer.reading.calipers.length) })}{' '}
          <button
            data-testid="load-sr"
            disabled={!hasAssessment}
            onClick={() => void loadSrOffer(store, offer).then((result) => setOutcome({ offer, result }))}
          >
            {t('sr.load')}
          </button>
        </div>
      ))}
      {outcome && (
        <div role={outcome.result.ok ? 'status' : 'alert'} data-testid={outcome.result.ok ? 'sr-load-status' : 'sr-load-errors'}>
          {outcome.result.ok
            ? t('sr.loaded', { date: formatDate(outcome.offer.reading.studyDate, locale), ...counts(outcome.result.lesions, outcome.result.calipers) })
            : t('sr.notLoaded', { date: formatDate(outcome.offer.reading.studyDate, locale), errors: outcome.result.errors.map((problem) => srProblemText(problem, t, locale)).join(t('sr.problemSeparator')) })}
        </div>
      )}
    </div>
  );
}

/** Why an SR was not loaded, in the reader's words (ids and UIDs as the SR has them). */
export function srProblemText(problem: SrLoadProblem, t: TFunction<'app'>, locale: Locale): string {
  switch (problem.code) {
    case 'no-assessment':
      return t('sr.problem.noAssessment');
    case 'other-patient':
      return t('sr.problem.otherPatient', { srPatient: problem.srPatient, openPatient: problem.openPatient });
    case 'study-not-a-timepoint':
      return t('sr.problem.studyNotATimepoint', { date: formatDate(problem.studyDate, locale) });
    case 'image-not-open':
      return t('sr.problem.imageNotOpen', { caliperId: problem.caliperId, lesionId: problem.lesionId, sopInstanceUid: problem.sopInstanceUid });
  }
}
