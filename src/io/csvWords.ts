/**
 * The words of the CSV export in one language. English keeps the column names
 * and the format's codes the table has always had ("target", "PD",
 * "DEB-TACE"…): scripts and trial databases read them. Other languages write
 * the names and codes in words (靶病灶, 疾病进展（PD）…) for a reader opening the
 * file in a spreadsheet; the stable machine-readable export is the JSON.
 * Dates stay ISO (2026-01-12) and numbers keep their decimals in every language,
 * so that a spreadsheet sorts and computes them.
 */
import { reportText, wordFor, type Locale, type ReportWords } from '../text';

export interface CsvWords {
  /** The header of a column (its id in English). */
  column(id: string): string;
  /** A format code from one of the catalogue's lists: the code in English, its words otherwise. */
  code(list: (words: ReportWords) => Readonly<Record<string, string>>, code: string | undefined): string | undefined;
  yes: string;
  no: string;
}

export function csvWords(locale: Locale): CsvWords {
  const words = reportText(locale);
  return {
    column: (id) => wordFor(words.csv.columns, id),
    code: (list, code) => (code === undefined || locale === 'en' ? code : wordFor(list(words), code)),
    yes: words.csv.yes,
    no: words.csv.no,
  };
}
