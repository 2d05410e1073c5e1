/**
 * The UI's i18next instance. The store's `locale` is the one source of truth:
 * `LocaleSync` (in App) follows it, components read words with `useTranslation`.
 * A key missing from a catalogue renders as ⟦namespace:key⟧ (see text/translator.ts).
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { i18nextOptions, type Locale } from '../text';

export { MISSING_KEY_MARK } from '../text';

/** A fresh instance showing `locale`; the app makes one, every component test may make its own. */
export function createI18n(locale: Locale): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init(i18nextOptions(locale));
  return instance;
}
