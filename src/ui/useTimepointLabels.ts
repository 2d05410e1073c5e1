import { useMemo } from 'react';
import { selectTimepointPlaces } from '../store';
import { timepointLabel, timepointShortLabel, type Locale } from '../text';
import { useAppState } from './hooks';

/** Timepoint labels by id in the reader's language: full ("FU1 +42 d") and short ("FU1"). */
export interface TimepointLabels {
  full: Record<string, string>;
  short: Record<string, string>;
}

/** The reader's language (the store's; i18next follows it). */
export function useLocale(): Locale {
  return useAppState((state) => state.locale);
}

/** The open assessment's timepoint labels in the reader's language. */
export function useTimepointLabels(): TimepointLabels {
  const locale = useLocale();
  const places = useAppState(selectTimepointPlaces);
  return useMemo(() => {
    const entries = Object.entries(places);
    return {
      full: Object.fromEntries(entries.map(([id, place]) => [id, timepointLabel(place, locale)])),
      short: Object.fromEntries(entries.map(([id, place]) => [id, timepointShortLabel(place, locale)])),
    };
  }, [places, locale]);
}
