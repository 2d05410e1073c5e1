import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Builds the production bundle once and serves it with `vite preview` on a free
 * port: browser tests run against what users get, where wrong WASM or worker
 * paths show up. Set VIABLE_E2E_PREBUILT=1 to reuse an existing dist/.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.VIABLE_E2E_PREBUILT !== '1') {
    await build({ logLevel: 'warn' });
  }
  const server: PreviewServer = await preview({ preview: { port: 0, strictPort: false, open: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a local URL');
  project.provide('baseUrl', url.replace(/\/$/, ''));
  return async () => {
    await server.close();
  };
}
