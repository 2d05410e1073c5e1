import { openApp, type BrowserSession } from './browser';
import { opener, viewport } from './pageObjects';

/**
 * A fresh browser on the app with the demo studies opened and scanned (the start of most workflow tests);
 * `start` may carry a query, e.g. '/?render=cpu'.
 */
export async function openDemoSession(baseUrl: string, windowSize?: { width: number; height: number }, start = '/'): Promise<BrowserSession> {
  const session = await openApp(baseUrl, start, windowSize);
  await opener.loadDemo(session.page);
  await opener.waitScan(session.page, 'done');
  return session;
}

/** A fresh browser on the app with the DICOM files of `dir` opened, scanned and the first image rendered. */
export async function openFolderSession(baseUrl: string, dir: string): Promise<BrowserSession> {
  const session = await openApp(baseUrl);
  await opener.openFolder(session.page, dir);
  await opener.waitScan(session.page, 'done');
  await viewport.waitState(session.page, 'rendered');
  return session;
}
