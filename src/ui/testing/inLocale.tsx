import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Locale } from '../../text';
import { createI18n } from '../i18n';

/** `node` rendered with the UI catalogues of `locale`, as the app provides them (component tests). */
export function inLocale(locale: Locale, node: ReactNode): ReactNode {
  return <I18nextProvider i18n={createI18n(locale)}>{node}</I18nextProvider>;
}
