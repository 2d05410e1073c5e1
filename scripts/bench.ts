// Loading benchmark (npm run bench; not part of the tests). For synthetic CT series
// of 100, 500 and 2,000 slices it measures in headless Chromium, on a production
// build: scan time and files/s, folder pick → first image, folder pick → every
// slice decoded, and the page's peak JS heap. Prints a table, writes JSON to bench-results/.
//   npm run bench                          sizes 100,500,2000, fresh build in a temp folder
//   npm run bench -- --sizes 100,500       other sizes
//   npm run bench -- --reuse-dist          serve the existing dist/ instead of building
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../e2e/support/browser.ts';
import { generateBenchSeries } from './synthetic/generate.ts';
import { measureLoad } from './bench/measureLoad.ts';
import { environment, formatTable, writeReport, type BenchReport, type BenchRun } from './bench/report.ts';
import { serveApp } from './bench/serveApp.ts';
import { formatBackgroundTable, measureBackgroundLoad, type BackgroundLoad } from './bench/backgroundLoad.ts';
import { formatScrollTable, measureScroll } from './bench/scroll.ts';
import { CT_GRID } from './synthetic/description.ts';

const RESULTS_DIR = path.resolve('bench-results');

function parseArgs(args: string[]): { sizes: number[]; reuseDist: boolean } {
  const at = args.indexOf('--sizes');
  const sizes = (at >= 0 ? (args[at + 1] ?? '') : '100,500,2000').split(',').map(Number);
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes takes positive integers, e.g. 100,500,2000');
  return { sizes, reuseDist: args.includes('--reuse-dist') };
}

async function chromiumVersion(): Promise<string> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    return browser.version();
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const { sizes, reuseDist } = parseArgs(process.argv.slice(2));
  const startedAt = new Date().toISOString();
  const workDir = mkdtempSync(path.join(tmpdir(), 'viable-bench-'));
  console.log(reuseDist ? 'Serving dist/ …' : 'Building the app into a temporary folder …');
  const app = await serveApp({ reuseDist });
  const runs: BenchRun[] = [];
  const background: Array<BackgroundLoad & { slices: number }> = [];
  let scrollTable = '';
  try {
    for (const slices of sizes) {
      const folder = path.join(workDir, `series-${slices}`);
      const generated = performance.now();
      const files = generateBenchSeries(folder, slices);
      const generateSeconds = (performance.now() - generated) / 1000;
      const megabytes = files.reduce((sum, file) => sum + file.bytes, 0) / 1e6;
      console.log(`${slices} slices: generated ${megabytes.toFixed(0)} MB in ${generateSeconds.toFixed(1)} s; loading in Chromium …`);
      const measured = await measureLoad(app.baseUrl, folder, files.length, (step) => console.log(`  … ${step}`));
      if (measured.imageCount !== slices) throw new Error(`expected ${slices} images in the viewport, got ${measured.imageCount}`);
      runs.push({ slices, megabytes, generateSeconds, ...measured });
      console.log('  … again, until the background prefetch has decoded every slice');
      background.push({ slices, ...(await measureBackgroundLoad(app.baseUrl, folder, slices, CT_GRID)) });
      rmSync(folder, { recursive: true, force: true });
    }
    console.log('Scrolling (demo studies) …');
    scrollTable = formatScrollTable(await measureScroll(app.baseUrl));
  } finally {
    await app.close();
    rmSync(workDir, { recursive: true, force: true });
  }
  const report: BenchReport = { startedAt, environment: environment(await chromiumVersion()), buildSeconds: app.buildSeconds, runs };
  console.log(`\n${formatTable(runs)}\n`);
  console.log(`Times from the folder input's change event (page clock); heap = main thread JSHeapUsedSize peak; +buffers adds ArrayBuffer backing stores (decoded pixels); workers not included.`);
  console.log(`\nBackground prefetch (no test hook): all ready from the pick; memory = main-thread heap + ArrayBuffers after GC\n${formatBackgroundTable(background)}`);
  console.log(`\nScroll latency, input event (key or wheel) to IMAGE_RENDERED in every pane that follows\n${scrollTable}\n`);
  console.log(`Written ${path.relative(process.cwd(), writeReport(report, RESULTS_DIR))}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
