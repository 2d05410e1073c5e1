/**
 * The reader's language: chosen in the header, remembered in this browser, and
 * on a first visit taken from the browser's languages.
 */
import type { AppStore } from '../store';
import { preferredLocale, type Locale } from '../text';

const STORAGE_KEY = 'viable.locale';

/** The language to start in: the saved choice, else the browser's. */
export function startingLocale(storage: Pick<Storage, 'getItem'> | undefined, browserLanguages: readonly string[]): Locale {
  let saved: string | null = null;
  try {
    saved = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    // Storage blocked (private mode, policy): the browser's languages decide.
  }
  return preferredLocale(saved, browserLanguages);
}

/** Switches the whole UI to `locale` and remembers it for the next visit. */
export function chooseLocale(store: AppStore, locale: Locale, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  store.getState().setLocale(locale);
  try {
    storage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered; this page still shows the chosen language.
  }
}
