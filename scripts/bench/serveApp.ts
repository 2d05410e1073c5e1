// Serves a production build of the app for the benchmark: built into a private
// folder (so a benchmark never swaps dist/ under a test run) or dist/ as it is.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, preview } from 'vite';

export interface ServedApp {
  baseUrl: string;
  outDir: string;
  buildSeconds: number | null;
  close(): Promise<void>;
}

/** Builds (unless `reuseDist`) and starts `vite preview` on a free port. */
export async function serveApp(options: { reuseDist: boolean }): Promise<ServedApp> {
  let outDir = path.resolve('dist');
  let buildSeconds: number | null = null;
  let ownOutDir = false;
  if (options.reuseDist) {
    if (!existsSync(path.join(outDir, 'index.html'))) throw new Error('--reuse-dist: dist/index.html is missing; run npm run build');
  } else {
    outDir = mkdtempSync(path.join(tmpdir(), 'viable-bench-dist-'));
    ownOutDir = true;
    const started = performance.now();
    await build({ build: { outDir, emptyOutDir: true }, logLevel: 'warn' });
    buildSeconds = (performance.now() - started) / 1000;
  }
  const server = await preview({ build: { outDir }, preview: { port: 0, strictPort: false, open: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a local URL');
  return {
    baseUrl: url.replace(/\/$/, ''),
    outDir,
    buildSeconds,
    async close() {
      await server.close();
      if (ownOutDir) rmSync(outDir, { recursive: true, force: true });
    },
  };
}
