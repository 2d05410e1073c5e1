import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Flags this workplace's closed network and GPU-less machines need (see DEVELOPERS notes).
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** What a page did that a test should look at: console errors and requests to other origins. */
export interface PageLog {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  log: PageLog;
  /** Closes the browser and removes its profile directory. */
  close(): Promise<void>;
}

/** Starts Debian's Chromium with a fresh profile and a window of `windowSize` CSS pixels, opens `url`, and records errors and off-origin requests. */
export async function openApp(baseUrl: string, pathAndQuery = '/', windowSize = { width: 1400, height: 900 }): Promise<BrowserSession> {
  const profileDir = mkdtempSync(path.join(tmpdir(), 'viable-e2e-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: windowSize,
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const log: PageLog = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
  const origin = new URL(baseUrl).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => log.pageErrors.push(error.message));
  context.on('request', (request) => {
    const url = request.url();
    if (/^(https?|wss?):/.test(url) && new URL(url).origin !== origin) log.foreignRequests.push(url);
  });
  await page.goto(baseUrl + pathAndQuery);
  return {
    context,
    page,
    log,
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
