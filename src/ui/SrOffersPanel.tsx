import { useState, useSyncExternalStore } from 'react';
import { getSrOffers, loadSrOffer, subscribeSrOffers, type SrLoadOutcome, type SrOffer } from '../actions';
import { useAppState, useAppStoreApi } from './hooks';

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** DICOM SR measurement reports found among the opened files, each with a button to load it into the assessment. */
export function SrOffersPanel() {
  const store = useAppStoreApi();
  const offers = useSyncExternalStore(subscribeSrOffers, getSrOffers, getSrOffers);
  const hasAssessment = useAppState((state) => state.assessment !== null);
  const [outcome, setOutcome] = useState<{ offer: SrOffer; result: SrLoadOutcome } | null>(null);
  if (offers.length === 0) return null;
  return (
    <div className="sr-offers" data-testid="sr-offers">
      {offers.map((offer) => (
        <div key={offer.reading.sopInstanceUid} className="sr-offer" data-testid="sr-offer" data-study-date={offer.reading.studyDate} title={offer.path}>
          Measurements from {offer.reading.studyDate} (DICOM SR: {plural(offer.reading.lesions.length, 'lesion')}, {plural(offer.reading.calipers.length, 'caliper')}){' '}
          <button
            data-testid="load-sr"
            disabled={!hasAssessment}
            onClick={() => void loadSrOffer(store, offer).then((result) => setOutcome({ offer, result }))}
          >
            Load
          </button>
        </div>
      ))}
      {outcome && (
        <div role={outcome.result.ok ? 'status' : 'alert'} data-testid={outcome.result.ok ? 'sr-load-status' : 'sr-load-errors'}>
          {outcome.result.ok
            ? `Loaded the measurements from ${outcome.offer.reading.studyDate}: ${plural(outcome.result.lesions, 'lesion')}, ${plural(outcome.result.calipers, 'caliper')} (Undo takes them back).`
            : `The measurements from ${outcome.offer.reading.studyDate} were not loaded: ${outcome.result.errors.join('; ')}`}
        </div>
      )}
    </div>
  );
}
