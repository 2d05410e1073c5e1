import type { Page } from 'playwright-core';

/**
 * Chooses the UI language as a reader does: in the header's menu on the start page,
 * or in the "?" dialog once images are open (the header row has no room for it then).
 */
export async function chooseLanguage(page: Page, locale: 'en' | 'zh-CN'): Promise<void> {
  const header = page.getByTestId('language-switch');
  if (await header.isVisible()) {
    await header.selectOption(locale);
  } else {
    await page.getByTestId('open-shortcut-help').click();
    await page.getByTestId('language-setting').selectOption(locale);
    await page.getByTestId('close-shortcut-help').click();
  }
  await page.waitForFunction((lang) => document.documentElement.lang === lang, locale);
}
