import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openApp, type BrowserSession } from './support/browser';
import { opener, studyBrowser, viewport } from './support/pageObjects';
import { OFFLINE_CSP } from '../scripts/lib/offlineCsp';


// Places where built code would *load* something from an absolute URL. Plain URL
// strings (XML namespaces, links in React's error messages, licence banners) are
// not loads and are left alone, so that a new dependency's docs link cannot break this test.
const QUOTE = '["\'`]';
const ABSOLUTE = '(?:https?:|wss?:)?//';
const LOAD_SITES: ReadonlyArray<[what: string, pattern: RegExp]> = [
  ['fetch/import/importScripts of an absolute URL', new RegExp(`\\b(?:fetch|importScripts|import)\\s*\\(\\s*${QUOTE}${ABSOLUTE}`, 'g')],
  ['worker/socket/event source on an absolute URL', new RegExp(`\\bnew\\s+(?:Worker|SharedWorker|WebSocket|EventSource|Request)\\s*\\(\\s*${QUOTE}${ABSOLUTE}`, 'g')],
  ['.src/.href assigned an absolute URL', new RegExp(`\\.(?:src|href)\\s*=\\s*${QUOTE}${ABSOLUTE}`, 'g')],
  ['src=/href= attribute with an absolute URL', new RegExp(`\\b(?:src|href)\\s*=\\s*\\\\?["']${ABSOLUTE}`, 'g')],
  ['absolute URL of a script, WASM, style, font or image', new RegExp(`${QUOTE}${ABSOLUTE}[^"'\`\\s]+\\.(?:wasm|m?js|css|woff2?|ttf|png|jpe?g|gif)(?:\\?[^"'\`\\s]*)?${QUOTE}`, 'g')],
  ['CSS url() of an absolute URL', new RegExp(`url\\(\\s*["']?${ABSOLUTE}`, 'g')],
];

/** Every load site in `text`, with a little context for the failure message. */
function absoluteLoads(text: string): string[] {
  const found: string[] = [];
  for (const [what, pattern] of LOAD_SITES) {
    for (const match of text.matchAll(pattern)) found.push(`${what}: …${text.slice(Math.max(0, match.index - 40), match.index + 100)}…`);
  }
  return found;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

describe('offline: the production build stays on its own origin', () => {
  let session: BrowserSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('the load-site check finds absolute URLs where built code would load them (and nowhere else)', () => {
    const loads = [
      'fetch("https://cdn.invalid/codec.wasm")',
      'e.src=`//cdn.invalid/x.js`',
      'new Worker("http://cdn.invalid/w.js")',
      '<script src="https://cdn.invalid/app.js"></script>',
      'import("https://cdn.invalid/mod.mjs")',
      'background:url(https://cdn.invalid/a.png)',
      'const u="https://cdn.invalid/openjpeg.wasm"',
    ];
    for (const sample of loads) expect(absoluteLoads(sample), sample).not.toEqual([]);
    const harmless = [
      'createElementNS("http://www.w3.org/2000/svg","svg")',
      'Error("see https://react.dev/link/invalid-hook-call")',
      '/*! licence: https://opensource.invalid/licenses/MIT */',
      'fetch("/demo/manifest.json")',
      'new URL("assets/x.wasm", import.meta.url)',
    ];
    for (const sample of harmless) expect(absoluteLoads(sample), sample).toEqual([]);
  });

  it('dist/ references no asset, script or WASM on another origin', () => {
    const DIST = inject('distDir');
    expect(existsSync(path.join(DIST, 'index.html')), 'the e2e global setup builds the app').toBe(true);
    const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
    const attributes = [...html.matchAll(/\b(?:src|href)\s*=\s*["']([^"']+)["']/g)].map((m) => m[1]!);
    expect(attributes.length).toBeGreaterThan(0);
    for (const value of attributes) expect(value, 'index.html loads from its own origin').toMatch(/^(\/(?!\/)|\.\/|[\w-]+\/)/);
    // The Content-Security-Policy makes the browser enforce the same rule at run time.
    expect(html).toMatch(/http-equiv="Content-Security-Policy"[^>]*default-src &#39;self&#39;|default-src 'self'/);

    const code = filesUnder(DIST).filter((file) => /\.(m?js|css|html)$/.test(file));
    expect(code.some((file) => file.endsWith('.js'))).toBe(true);
    const offenders = code.flatMap((file) => absoluteLoads(readFileSync(file, 'utf8')).map((hit) => `${path.relative(DIST, file)}: ${hit}`));
    expect(offenders).toEqual([]);
  });

  it('loads the demo, scrolls, changes series and layout without a request leaving the origin', async () => {
    session = await openApp(inject('baseUrl'));
    const { page, log, context } = session;
    const origin = new URL(inject('baseUrl')).origin;
    const otherSchemes: string[] = [];
    context.on('request', (request) => {
      const url = request.url();
      if (!/^(https?:|wss?:|blob:|data:)/.test(url)) otherSchemes.push(url);
    });
    // Anything the page tried and the CSP refused (which may never reach the network).
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });

    await opener.loadDemo(page);
    await opener.waitScan(page, 'done');
    await studyBrowser.waitSeries(page, 5);
    const first = await viewport.waitState(page, 'rendered');

    // Scroll with the keyboard: decoding more slices must stay local too.
    await first.focus();
    await page.keyboard.press('PageDown');
    await page.locator('[data-testid="viewport-pane"][data-viewport-id="vp-0"][data-render-state="rendered"]:not([data-slice-index="0"])').waitFor();
    await page.keyboard.press('End');
    const count = Number(await first.getAttribute('data-image-count'));
    await page.locator(`[data-testid="viewport-pane"][data-viewport-id="vp-0"][data-render-state="rendered"][data-slice-index="${count - 1}"]`).waitFor();

    // A 2×2 layout and series of every kind in the demo: RLE, multi-frame, MR.
    await page.getByTestId('layout-2x2').click();
    const items = await studyBrowser.read(page);
    const allSeries = items.flatMap((p) => p.studies.flatMap((s) => s.series));
    for (const [i, series] of allSeries.slice(-3).entries()) {
      await page.locator(`[data-testid="viewport-pane"][data-viewport-id="vp-${i + 1}"]`).click();
      await page.locator(`[data-testid="series-item"][data-stack-id="${series.stackId}"] button.series-open`).click();
      await viewport.waitState(page, 'rendered', { viewportId: `vp-${i + 1}`, stackId: series.stackId });
    }

    const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(resources.filter((url) => !url.startsWith(origin + '/'))).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
    expect(log.foreignRequests).toEqual([]);
    expect(otherSchemes).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  });

  it('vite preview (npm start) sends the Content-Security-Policy as a response header too', async () => {
    for (const pathname of ['/', '/index.html']) {
      const response = await fetch(inject('baseUrl') + pathname);
      expect(response.headers.get('content-security-policy'), pathname).toBe(OFFLINE_CSP);
    }
  });

  it('the production page logs no CSP violation from its first script on (zod runs jitless)', async () => {
    session = await openApp(inject('baseUrl'));
    const { page, log } = session;
    // Recorded from before any script of the page runs: zod used to probe `new Function` while its schemas were built.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.sample}`));
    });
    await page.reload();
    await opener.loadDemo(page);
    await opener.waitScan(page, 'done');
    await viewport.waitState(page, 'rendered');
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
    expect(log.consoleErrors.filter((message) => /Content Security Policy/i.test(message))).toEqual([]);
  });
});
