/**
 * The languages of the user interface, and which one a reader gets. The store
 * keeps the chosen one; every edge (UI, CLI, CSV, report) renders in it.
 */
import type { Catalogue } from './catalogue.ts';
import { en } from './en.ts';
import { zhCN } from './zhCN.ts';

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language named in itself, as a language menu shows it. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', 'zh-CN': '简体中文' };

/** The same, short enough for the header row on a laptop. */
export const LOCALE_SHORT_NAMES: Readonly<Record<Locale, string>> = { en: 'EN', 'zh-CN': '中文' };

/** `value` when it names a supported language, else undefined. */
export function parseLocale(value: string | null | undefined): Locale | undefined {
  return LOCALES.find((locale) => locale === value);
}

/**
 * The saved choice when there is one, else the first browser language we have:
 * any Chinese (zh, zh-CN, zh-Hans, zh-TW…) reads 简体中文, anything else English.
 */
export function preferredLocale(saved: string | null | undefined, browserLanguages: readonly string[]): Locale {
  const chosen = parseLocale(saved);
  if (chosen) return chosen;
  for (const language of browserLanguages) {
    const primary = language.toLowerCase().split('-')[0];
    if (primary === 'zh') return 'zh-CN';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

/** The catalogue that puts `core`'s reasons and warnings in `locale`'s words. */
export function catalogueFor(locale: Locale): Catalogue {
  return locale === 'zh-CN' ? zhCN : en;
}
