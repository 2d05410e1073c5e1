import type { HtmlTagDescriptor, Plugin } from 'vite';

// The production page may talk to its own origin only: a Content-Security-Policy
// makes the "no patient data leaves the machine" promise enforceable by the browser.
// The built index.html carries it as a <meta> tag, so that it holds wherever dist/
// is served; `vite preview` (and so `npm start`) also sends it as a response header,
// as anyone hosting dist/ should (README: "Hosting the built viewer").
// Dev mode is left alone because Vite's dev client needs inline scripts and a websocket.
//
// A PACS on another origin is allowed by naming it when building: a meta tag is
// static, so the origins are written into the page then (README "PACS").

/** The environment variable that lists the DICOMweb servers' origins the built page may connect to. */
export const PACS_ORIGINS_VARIABLE = 'VIABLE_PACS_ORIGINS';

/** The Content-Security-Policy of the built page, connecting to its own origin and exactly `pacsOrigins`. */
export function contentSecurityPolicy(pacsOrigins: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "worker-src 'self' blob:",
    "img-src 'self' data: blob:",
    "style-src 'self' 'unsafe-inline'",
    ["connect-src 'self' blob: data:", ...pacsOrigins].join(' '),
    "font-src 'self' data:",
  ].join('; ');
}

/** The policy with no PACS configured: the page's own origin only. */
export const OFFLINE_CSP = contentSecurityPolicy();

/**
 * The origins of `VIABLE_PACS_ORIGINS` (separated by commas or spaces), each an
 * exact `http(s)://host[:port]`. Throws, naming the entry, on anything else — a
 * wildcard, a path, another scheme — so that a typo never widens the policy.
 */
export function pacsOriginsFrom(value: string | undefined): string[] {
  const entries = (value ?? '').split(/[\s,]+/).filter(Boolean);
  return entries.map((entry) => {
    let url: URL | undefined;
    try {
      url = new URL(entry);
    } catch {
      url = undefined;
    }
    const origin = url && /^https?:$/.test(url.protocol) ? url.origin : undefined;
    if (!origin || entry.includes('*') || entry.replace(/\/$/, '') !== origin) {
      throw new Error(`${PACS_ORIGINS_VARIABLE}: "${entry}" is not an origin; write each as scheme://host[:port], e.g. https://pacs.example.org (no wildcard, no path)`);
    }
    return origin;
  });
}

/** Vite plugin: the Content-Security-Policy in the built index.html and on every `vite preview` response. */
export function offlineCspPlugin(pacsOrigins: readonly string[] = pacsOriginsFrom(process.env[PACS_ORIGINS_VARIABLE])): Plugin {
  const policy = contentSecurityPolicy(pacsOrigins);
  const meta: HtmlTagDescriptor = { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' };
  return {
    name: 'viable-offline-csp',
    transformIndexHtml: (_html, context) => (context.server ? undefined : [meta]),
    configurePreviewServer(server) {
      server.middlewares.use((_request, response, next) => {
        response.setHeader('Content-Security-Policy', policy);
        next();
      });
    },
  };
}
