import { openApp, type BrowserSession } from './browser';
import { opener } from './pageObjects';

/** A fresh browser on the app with the demo studies opened and scanned (the start of most workflow tests). */
export async function openDemoSession(baseUrl: string, windowSize?: { width: number; height: number }): Promise<BrowserSession> {
  const session = await openApp(baseUrl, '/', windowSize);
  await opener.loadDemo(session.page);
  await opener.waitScan(session.page, 'done');
  return session;
}
