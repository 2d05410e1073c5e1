// The set-up shared by the one-off load investigations (profileLoad, traceThreads): a
// build served, one synthetic series generated, Chromium open on the start page; all of
// it removed afterwards. Arguments come from the command line (`--dist`, `--slices`, `--syntax`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { type BrowserSession, openApp } from '../../e2e/support/browser.ts';
import { type BenchFolder, seriesFolders } from './benchFolders.ts';
import { serveApp } from './serveApp.ts';

/** The value after `flag` on the command line, or `fallback`. */
export function argument(flag: string, fallback: string): string {
  const at = process.argv.indexOf(flag);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

export interface OneFolderSession {
  /** The served build's folder (for its source maps). */
  dist: string;
  folder: BenchFolder;
  session: BrowserSession;
}

/** Runs `work` with the build of `--dist` open on its start page and a folder of `--slices` slices in `--syntax` to pick. */
export async function withOneFolderSession(work: (run: OneFolderSession) => Promise<void>): Promise<void> {
  const dist = path.resolve(argument('--dist', 'dist'));
  const slices = Number(argument('--slices', '1000'));
  const syntax = argument('--syntax', 'uncompressed');
  const workDir = mkdtempSync(path.join(tmpdir(), 'viable-one-folder-'));
  const app = await serveApp({ reuseDist: false, dist });
  try {
    const folder = seriesFolders(workDir, [slices], (step) => console.log(`  … ${step}`)).find((f) => f.syntax === syntax);
    if (!folder) throw new Error(`no ${syntax} folder (dcmcjpls missing?)`);
    const session = await openApp(app.baseUrl);
    try {
      await session.page.getByTestId('start-page').waitFor();
      await work({ dist, folder, session });
    } finally {
      await session.close();
    }
  } finally {
    await app.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Waits until the first pane's background prefetch has decoded all `slices` slices of its stack. */
export function untilAllDecoded(page: Page, slices: number): Promise<void> {
  return page
    .locator(`[data-testid="viewport-pane"][data-viewport-id="vp-0"] [data-prefetch="done"][data-cached-slices="${slices}"]`)
    .waitFor({ state: 'attached', timeout: 10 * 60_000 });
}

/** Runs a script's `main`, printing its failure and setting the exit code. */
export function runScript(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
