// One run of the floor reference page (floor/floorPage.ts) in a fresh browser.
import { openApp } from '../../e2e/support/browser.ts';
import type { FloorMeasurement } from './floor/floorMeasurement.ts';

/** Where serveApp publishes the floor page beside the app. */
export const FLOOR_PATH = '/bench-floor/index.html';

const TIMEOUT_MS = 10 * 60_000;

/** Opens the floor page, picks `folder` and returns what the page measured. */
export async function measureFloor(baseUrl: string, folder: string): Promise<FloorMeasurement> {
  const session = await openApp(baseUrl, FLOOR_PATH);
  try {
    const { page, log } = session;
    await page.locator('#folder').setInputFiles(folder);
    const body = page.locator('body:is([data-state="done"], [data-state="failed"])');
    await body.waitFor({ timeout: TIMEOUT_MS });
    if ((await body.getAttribute('data-state')) !== 'done') throw new Error(`floor page failed: ${await body.getAttribute('data-error')}`);
    if (log.pageErrors.length) throw new Error(`floor page errors: ${log.pageErrors.join('; ')}`);
    return await page.evaluate(() => (window as unknown as { __floor: FloorMeasurement }).__floor);
  } finally {
    await session.close();
  }
}
