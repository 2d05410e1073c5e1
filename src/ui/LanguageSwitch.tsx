import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseLocale } from '../actions';
import { LOCALES, LOCALE_NAMES, LOCALE_SHORT_NAMES, parseLocale } from '../text';
import { useAppState, useAppStoreApi } from './hooks';

/**
 * The language menu: in the header of the start page, and in the "?" dialog beside the
 * other reader preference (the header row has no room left beside the tools on a
 * laptop once images are open). Each language is named in itself so a reader finds
 * theirs in either UI — shortly ("EN", "中文") as the closed menu shows it, in full as
 * the option's text for screen readers.
 */
export function LanguageSwitch({ testId = 'language-switch' }: { testId?: string }) {
  const store = useAppStoreApi();
  const { t } = useTranslation();
  const locale = useAppState((state) => state.locale);
  return (
    <select
      className="language-switch"
      data-testid={testId}
      aria-label={t('language')}
      title={`${t('language')}: ${LOCALE_NAMES[locale]}`}
      value={locale}
      onChange={(event) => {
        const chosen = parseLocale(event.target.value);
        if (chosen) chooseLocale(store, chosen);
      }}
    >
      {LOCALES.map((id) => (
        <option key={id} value={id} lang={id} label={LOCALE_SHORT_NAMES[id]}>
          {LOCALE_NAMES[id]}
        </option>
      ))}
    </select>
  );
}

/** Keeps i18next, the page's `lang` and its title on the store's language (the store is the one source of truth). */
export function useLocaleSync(): void {
  const { i18n } = useTranslation();
  const locale = useAppState((state) => state.locale);
  useEffect(() => {
    if (i18n.language !== locale) void i18n.changeLanguage(locale);
    document.documentElement.lang = locale;
    document.title = i18n.getFixedT(locale, 'app')('documentTitle');
  }, [i18n, locale]);
}
