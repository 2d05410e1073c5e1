/**
 * The UI's i18next instance. The store's `locale` is the one source of truth:
 * `LocaleSync` (in App) follows it, components read words with `useTranslation`.
 * A key missing from a catalogue renders as ⟦namespace:key⟧, never as a silent
 * English fallback, so browser tests in either language can find it.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { UI_NAMESPACES, UI_RESOURCES, type Locale } from '../text';

export const MISSING_KEY_MARK = '⟦';

/** A fresh instance showing `locale`; the app makes one, every component test may make its own. */
export function createI18n(locale: Locale): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: UI_RESOURCES as Record<Locale, Record<string, object>>,
    lng: locale,
    fallbackLng: false,
    ns: UI_NAMESPACES,
    defaultNS: 'common',
    initAsync: false,
    // React escapes text itself.
    interpolation: { escapeValue: false },
    parseMissingKeyHandler: (key) => `${MISSING_KEY_MARK}${key}⟧`,
  });
  return instance;
}
