/** The language a report is written in, handed to every section. */
import type { TFunction } from 'i18next';
import { formatTerms, translator, type FormatTerms, type Locale } from '../../text';

export interface ReportContext {
  locale: Locale;
  /** The `report` catalogue's words in `locale`. */
  t: TFunction<'report'>;
  /** The format's codes in words, as the UI names them. */
  terms: FormatTerms;
}

export const reportContext = (locale: Locale): ReportContext => ({ locale, t: translator(locale, 'report'), terms: formatTerms(locale) });
