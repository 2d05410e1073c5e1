/**
 * The UI catalogues outside React: words that lower layers and text helpers must
 * produce themselves (labels drawn on the image, error messages kept as text), in
 * the language they are given. The same catalogues and {{placeholders}} as the
 * components' `useTranslation`, so a sentence is written once.
 */
import i18next, { type TFunction } from 'i18next';
import { UI_NAMESPACES, UI_RESOURCES, type UiNamespace } from './catalogues/index.ts';
import type { Locale } from './locale.ts';

const instance = i18next.createInstance();
void instance.init({
  resources: UI_RESOURCES as Record<Locale, Record<string, object>>,
  lng: 'en',
  fallbackLng: false,
  ns: UI_NAMESPACES,
  initAsync: false,
  // Plain text, never HTML: nothing to escape.
  interpolation: { escapeValue: false },
});

/** `t` of namespace `namespace` in `locale`. */
export function uiText<N extends UiNamespace>(locale: Locale, namespace: N): TFunction<N> {
  return instance.getFixedT(locale, namespace);
}
