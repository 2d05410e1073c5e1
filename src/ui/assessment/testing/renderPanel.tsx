// Component tests of the assessment panel: render with a store in a language, and read what a reader sees.
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { AppStore } from '../../../store';
import type { Locale } from '../../../text';
import { StoreContext } from '../../hooks';
import { inLocale } from '../../testing/inLocale';

/** `node` rendered as static HTML with `store` (in its current state) and the catalogues of `locale`. */
export function renderWithStore(locale: Locale, store: AppStore, node: ReactNode): string {
  store.getState().setLocale(locale);
  // Server rendering reads zustand's initial state; make the current state the one rendered.
  store.getInitialState = store.getState;
  return renderToStaticMarkup(inLocale(locale, <StoreContext.Provider value={store}>{node}</StoreContext.Provider>));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, name: string) => ENTITIES[name] ?? '');

/**
 * The words of `html` a reader sees or hears: text (options and SVG tooltips
 * included) and the title, aria-label, placeholder and alt attributes.
 */
export function visibleWords(html: string): string {
  const attributes = [...html.matchAll(/\s(?:title|aria-label|placeholder|alt)="([^"]*)"/g)].map((match) => match[1] ?? '');
  const text = html.replace(/<[^>]*>/g, ' ');
  return decode([text, ...attributes].join(' ')).replace(/\s+/g, ' ').trim();
}

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
