/**
 * The words of the CSV export in one language. English keeps the column names
 * and the format's codes the table has always had ("target", "PD",
 * "DEB-TACE"…): scripts and trial databases read them. Other languages write
 * the names and codes in words (靶病灶, 疾病进展（PD）…) for a reader opening the
 * file in a spreadsheet; the stable machine-readable export is the JSON.
 * Dates stay ISO (2026-01-12) and numbers keep their decimals in every language,
 * so that a spreadsheet sorts and computes them.
 */
import { codeWords, formatTerms, translator, type CodeWords, type FormatTerms, type Locale } from '../text';

/** The CSV's own lists beside the format's terms: the kind of a row, a treatment type in a cell. */
export interface CsvTerms extends FormatTerms {
  recordType: CodeWords;
  csvTreatmentType: CodeWords;
}

export interface CsvWords {
  /** The header of a column (its id in English). */
  column(id: string): string;
  /** A format code in words from one of the term lists: the code itself in English, its words otherwise. */
  code(list: (terms: CsvTerms) => CodeWords, code: string | undefined): string | undefined;
  yes: string;
  no: string;
}

export function csvWords(locale: Locale): CsvWords {
  const t = translator(locale, 'report');
  const terms: CsvTerms = {
    ...formatTerms(locale),
    recordType: codeWords(locale, 'report', 'csv.recordTypes'),
    csvTreatmentType: codeWords(locale, 'report', 'csv.treatmentTypes'),
  };
  const column = codeWords(locale, 'report', 'csv.columns');
  return {
    column,
    code: (list, code) => (code === undefined || locale === 'en' ? code : list(terms)(code)),
    yes: t('csv.yes'),
    no: t('csv.no'),
  };
}
