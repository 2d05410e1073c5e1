/** The language a report is written in, handed to every section. */
import { reportText, type Locale, type ReportWords } from '../../text';

export interface ReportContext {
  locale: Locale;
  /** The `report` catalogue of `locale`. */
  words: ReportWords;
}

export const reportContext = (locale: Locale): ReportContext => ({ locale, words: reportText(locale) });
