import type { StateCreator } from 'zustand/vanilla';
import type { Locale } from '../text';

/** The language the reader reads the UI, reasons and reports in. */
export interface LocaleSlice {
  locale: Locale;
  setLocale(locale: Locale): void;
}

export const createLocaleSlice: StateCreator<LocaleSlice, [], [], LocaleSlice> = (set) => ({
  locale: 'en',
  setLocale: (locale) => set({ locale }),
});
