import type { Plugin } from 'vite';

// The production page may talk to its own origin only: a Content-Security-Policy
// makes the "no patient data leaves the machine" promise enforceable by the browser.
// Dev mode is left alone because Vite's dev client needs inline scripts and a websocket.
const POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self' blob: data:",
  "font-src 'self' data:",
].join('; ');

/** Vite plugin adding the offline Content-Security-Policy to the built index.html. */
export function offlineCspPlugin(): Plugin {
  return {
    name: 'viable-offline-csp',
    apply: 'build',
    transformIndexHtml() {
      return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: POLICY }, injectTo: 'head-prepend' }];
    },
  };
}
