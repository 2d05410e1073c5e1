import { afterEach, describe, expect, inject, it } from 'vitest';
import { openApp, type BrowserSession } from './support/browser';

describe('production build start-up', () => {
  let session: BrowserSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('shows the start page with no console errors and no off-origin requests', async () => {
    session = await openApp(inject('baseUrl'));
    const { page, log } = session;
    await page.getByTestId('start-page').waitFor();
    expect(await page.locator('html').getAttribute('data-render-mode')).toMatch(/^(gpu|cpu)$/);
    expect(await page.title()).toContain('Viable');
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
  });

  it('falls back to CPU rendering when asked with ?render=cpu', async () => {
    session = await openApp(inject('baseUrl'), '/?render=cpu');
    await session.page.getByTestId('start-page').waitFor();
    expect(await session.page.locator('html').getAttribute('data-render-mode')).toBe('cpu');
    expect(session.log.pageErrors).toEqual([]);
  });
});
