import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createAppStore, type AppStore } from '../../store';
import type { Locale } from '../../text';
import { StoreContext } from '../hooks';
import { inLocale } from './inLocale';

/**
 * `node` rendered to HTML in `locale`, with `store` as the test filled it
 * (component tests). Server rendering reads zustand's initial state, so the
 * filled state is made the initial one.
 */
export function renderInLocale(locale: Locale, node: ReactNode, store: AppStore = createAppStore()): string {
  store.getState().setLocale(locale);
  store.getInitialState = store.getState;
  return renderToStaticMarkup(inLocale(locale, <StoreContext.Provider value={store}>{node}</StoreContext.Provider>));
}

const ATTRIBUTES_READ = /\s(?:title|aria-label|placeholder|alt)="([^"]*)"/g;

/** What a reader sees or hears of rendered HTML: its text and the attributes shown on hover or read aloud. */
export function visibleText(html: string): string {
  const attributes = [...html.matchAll(ATTRIBUTES_READ)].map((match) => match[1]);
  const text = html.replace(/<[^>]*>/g, ' ');
  return [text, ...attributes].join(' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/\s+/g, ' ');
}

/** Latin words in `text` other than `allowed` (abbreviations, names and ids the test put in the data). */
export function latinWordsBut(text: string, allowed: readonly string[]): string[] {
  const keep = new Set(allowed);
  return (text.match(/[A-Za-z][A-Za-z]*/g) ?? []).filter((word) => !keep.has(word));
}
