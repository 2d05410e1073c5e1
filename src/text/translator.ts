/**
 * The UI catalogues as i18next sees them, for the UI's instance and for text
 * modules that put data into words outside React (notices, skip reasons). A key
 * missing from a catalogue renders as ⟦namespace:key⟧, never as a silent English
 * fallback, so tests in either language can find it.
 */
import i18next, { type i18n, type InitOptions, type TFunction } from 'i18next';
import { UI_NAMESPACES, UI_RESOURCES, type UiNamespace } from './catalogues/index.ts';
import type { Locale } from './locale.ts';

export const MISSING_KEY_MARK = '⟦';

/** How every i18next instance of the app reads the catalogues, showing `locale`. */
export function i18nextOptions(locale: Locale): InitOptions {
  return {
    resources: UI_RESOURCES as Record<Locale, Record<string, object>>,
    lng: locale,
    fallbackLng: false,
    ns: UI_NAMESPACES,
    defaultNS: 'common',
    initAsync: false,
    // Words go into React text or plain strings, never into HTML unescaped by us.
    interpolation: { escapeValue: false },
    parseMissingKeyHandler: (key) => `${MISSING_KEY_MARK}${key}⟧`,
  };
}

const instances = new Map<Locale, i18n>();

/** The words of `namespace` in `locale` (one i18next instance per language, made on first use). */
export function translator<N extends UiNamespace>(locale: Locale, namespace: N): TFunction<N> {
  let instance = instances.get(locale);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init(i18nextOptions(locale));
    instances.set(locale, instance);
  }
  return instance.getFixedT(locale, namespace);
}
