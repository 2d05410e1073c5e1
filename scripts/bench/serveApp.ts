// Serves a production build of the app for the benchmark: built into a private
// folder (so a benchmark never swaps dist/ under a test run) or dist/ as it is,
// with the floor reference page (floor/) built beside it under /bench-floor/.
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

const FLOOR_SOURCE = path.resolve(import.meta.dirname, 'floor');

/** The floor page on its own (none of the app's plugins), into `outDir`. */
async function buildFloorPage(outDir: string): Promise<void> {
  await build({ configFile: false, root: FLOOR_SOURCE, base: '/bench-floor/', logLevel: 'error', build: { outDir, emptyOutDir: true, target: 'es2022' } });
}

/** Builds (unless `reuseDist` or `dist`, an existing build) and starts `vite preview` on a free port. */
export async function serveApp(options: { reuseDist: boolean; dist?: string }): Promise<ServedApp> {
  let outDir = options.dist ?? path.resolve('dist');
  let buildSeconds: number | null = null;
  let ownOutDir = false;
  if (options.reuseDist || options.dist) {
    if (!existsSync(path.join(outDir, 'index.html'))) throw new Error(`${outDir}/index.html is missing: build the app there first`);
  } else {
    outDir = mkdtempSync(path.join(tmpdir(), 'viable-bench-dist-'));
    ownOutDir = true;
    const started = performance.now();
    await build({ build: { outDir, emptyOutDir: true }, logLevel: 'warn' });
    buildSeconds = (performance.now() - started) / 1000;
  }
  await buildFloorPage(path.join(outDir, 'bench-floor'));
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
