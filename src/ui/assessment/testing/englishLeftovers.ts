// What a Chinese screen of the assessment may keep in Latin letters (component and browser tests).

/**
 * Latin words a Chinese screen keeps: criteria and category abbreviations, units,
 * markers and procedures, modalities, LI-RADS; lesion and timepoint ids (T1, FU1)
 * pass as short capitals with digits.
 */
const ALLOWED_LATIN = new Set([
  'mRECIST', 'RECIST', 'EASL', 'LI', 'RADS', 'LR', 'TR', 'CR', 'PR', 'SD', 'PD', 'NE', 'NonCR', 'NonPD', 'v',
  'mm', 'mm²', 'px', 'ng', 'mL', 'mAU', 'AFP', 'PIVKA', 'II', 'DCP', 'cTACE', 'TACE', 'DEB', 'TARE', 'RFA', 'MWA', 'HAIC', 'CT', 'MR',
]);

/** Couinaud segments (I … VIII, IVa, IVb) are written the same in Chinese. */
const COUINAUD = /^(?:I{1,3}|IV[ab]?|V|VI{1,3})$/;

/** The Latin words of `words` that a Chinese reader should not see; `readerData` is what the reader typed (a drug, a note). */
export function englishLeftovers(words: string, readerData: readonly string[] = []): string[] {
  return (words.match(/[A-Za-z][A-Za-z²]*/g) ?? []).filter(
    (word) => !ALLOWED_LATIN.has(word) && !readerData.includes(word) && !/^[A-Z]{1,3}$/.test(word) && !COUINAUD.test(word),
  );
}
