import type { HtmlTagDescriptor, Plugin } from 'vite';

// The production page may talk to its own origin only: a Content-Security-Policy
// makes the "no patient data leaves the machine" promise enforceable by the browser.
// The built index.html carries it as a <meta> tag, so that it holds wherever dist/
// is served; `vite preview` (and so `npm start`) also sends it as a response header,
// as anyone hosting dist/ should (README: "Hosting the built viewer").
// Dev mode is left alone because Vite's dev client needs inline scripts and a websocket.
export const OFFLINE_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self' blob: data:",
  "font-src 'self' data:",
].join('; ');

const CSP_META: HtmlTagDescriptor = { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: OFFLINE_CSP }, injectTo: 'head-prepend' };

/** Vite plugin: the offline Content-Security-Policy in the built index.html and on every `vite preview` response. */
export function offlineCspPlugin(): Plugin {
  return {
    name: 'viable-offline-csp',
    transformIndexHtml: (_html, context) => (context.server ? undefined : [CSP_META]),
    configurePreviewServer(server) {
      server.middlewares.use((_request, response, next) => {
        response.setHeader('Content-Security-Policy', OFFLINE_CSP);
        next();
      });
    },
  };
}
