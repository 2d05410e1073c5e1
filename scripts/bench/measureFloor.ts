// The floor reference page (floor/floorPage.ts), each run in a fresh browser: its load,
// then its scan alone in a page of its own, so that the scan, like Viable's, is timed
// from a pick on fresh Files and cold code rather than after the page has read them all.
import { openApp } from '../../e2e/support/browser.ts';
import { type FloorLoadRun, type FloorMeasurement, type FloorScanRun, SCAN_ONLY } from './floor/floorMeasurement.ts';

/** Where serveApp publishes the floor page beside the app. */
export const FLOOR_PATH = '/bench-floor/index.html';

const TIMEOUT_MS = 10 * 60_000;

/** Opens the floor page at `pathAndQuery` in a fresh browser, picks `folder` and returns what the page measured. */
async function runFloorPage<Run>(baseUrl: string, pathAndQuery: string, folder: string): Promise<Run> {
  const session = await openApp(baseUrl, pathAndQuery);
  try {
    const { page, log } = session;
    await page.locator('#folder').setInputFiles(folder);
    const body = page.locator('body:is([data-state="done"], [data-state="failed"])');
    await body.waitFor({ timeout: TIMEOUT_MS });
    if ((await body.getAttribute('data-state')) !== 'done') throw new Error(`floor page failed: ${await body.getAttribute('data-error')}`);
    if (log.pageErrors.length) throw new Error(`floor page errors: ${log.pageErrors.join('; ')}`);
    return await page.evaluate(() => (window as unknown as { __floor: Run }).__floor);
  } finally {
    await session.close();
  }
}

/** The floor's load of `folder`, then its scan alone in a second fresh browser, as one measurement. */
export async function measureFloor(baseUrl: string, folder: string, onStep: (step: string) => void = () => undefined): Promise<FloorMeasurement> {
  onStep('load');
  const load = await runFloorPage<FloorLoadRun>(baseUrl, FLOOR_PATH, folder);
  onStep('scan, in a page of its own');
  const scan = await runFloorPage<FloorScanRun>(baseUrl, `${FLOOR_PATH}?${SCAN_ONLY.param}=${SCAN_ONLY.value}`, folder);
  if (scan.files !== load.files) throw new Error(`floor scan saw ${scan.files} files, its load ${load.files}`);
  return { ...load, scanMs: scan.scanMs };
}
