/**
 * For tests of texts and screens in 简体中文: the Latin words left that a Chinese reader
 * should not see. Allowed: abbreviations every Chinese report keeps (criteria, category
 * codes, units, markers, treatments, modalities, identifiers), Couinaud segments
 * (I … VIII, IVa, IVb), lesion and timepoint ids (T1, NT1, FU1, BL) and other short
 * upper-case codes, and `readerData`: what the reader typed (a drug, a note).
 */
const ALLOWED = new Set([
  'mRECIST', 'RECIST', 'EASL', 'CR', 'PR', 'SD', 'PD', 'NE', 'NonCR', 'NonPD', 'LI', 'RADS', 'LR', 'TR', 'v',
  'mm', 'mm²', 'px', 'ng', 'mL', 'mAU', 'AFP', 'PIVKA', 'II', 'DCP',
  'cTACE', 'TACE', 'DEB', 'TARE', 'RFA', 'MWA', 'HAIC', 'Viable', 'PDF', 'Ctrl', 'UID', 'SOP', 'UTC', 'CT', 'MR',
]);

const COUINAUD = /^(?:I{1,3}|IV[ab]?|V|VI{1,3})$/;

export function englishWordsLeft(text: string, readerData: readonly string[] = []): string[] {
  return (text.match(/[A-Za-z][A-Za-z²]*/g) ?? []).filter(
    (word) => !ALLOWED.has(word) && !readerData.includes(word) && !/^[A-Z]{1,4}\d*$/.test(word) && !COUINAUD.test(word),
  );
}

/** The text a reader sees of an HTML page: no style, no tags, entities decoded, white space collapsed. */
export function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<title>[\s\S]*?<\/title>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** Every number in a text, as numbers (so 2026-01-12 and 2026年1月12日 give the same ones). */
export function numbersIn(text: string): number[] {
  return (text.match(/\d+(?:\.\d+)?/g) ?? []).map(Number).sort((a, b) => a - b);
}
