import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The production build under test. */
    distDir: string;
  }
}

/**
 * Builds the production bundle once into a folder of this run's own (so that two
 * runs, or a developer's `vite build`, never swap files under each other) and
 * serves it with `vite preview` on a free port: browser tests run against what
 * users get, where wrong WASM or worker paths show up. VIABLE_E2E_DIST=<dir>
 * reuses an existing build instead.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const reused = process.env.VIABLE_E2E_DIST;
  const distDir = reused ? path.resolve(reused) : mkdtempSync(path.join(tmpdir(), 'viable-dist-'));
  if (!reused) await build({ logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({
    build: { outDir: distDir },
    preview: { port: 0, strictPort: false, open: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a local URL');
  project.provide('baseUrl', url.replace(/\/$/, ''));
  project.provide('distDir', distDir);
  return async () => {
    await server.close();
    if (!reused) rmSync(distDir, { recursive: true, force: true });
  };
}
