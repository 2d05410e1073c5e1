// The language menu and the words around it follow the store's language.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store';
import { StoreContext } from './hooks';
import { LanguageSwitch } from './LanguageSwitch';
import { LayoutSwitcher } from './LayoutSwitcher';
import { inLocale } from './testing/inLocale';

// Server rendering reads the store's initial state, so the language comes from the i18n instance here;
// the browser tests switch it through the store.
function render(locale: 'en' | 'zh-CN'): string {
  const store = createAppStore();
  return renderToStaticMarkup(
    inLocale(
      locale,
      <StoreContext.Provider value={store}>
        <LanguageSwitch />
        <LayoutSwitcher />
      </StoreContext.Provider>,
    ),
  );
}

describe('LanguageSwitch', () => {
  it('names each language in itself, in either UI', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const html = render(locale);
      expect(html).toContain('<option value="zh-CN" lang="zh-CN" label="中文">简体中文</option>');
      expect(html).toMatch(/<option value="en" lang="en"[^>]*>English<\/option>/);
    }
    expect(render('zh-CN')).toContain('aria-label="语言"');
  });

  it('puts the neighbouring toolbar in the same language', () => {
    expect(render('zh-CN')).toContain('aria-label="布局"');
    expect(render('en')).toContain('aria-label="Layout"');
    expect(render('en')).toContain('aria-label="Language"');
  });
});
