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
