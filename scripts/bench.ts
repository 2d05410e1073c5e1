// Loading benchmark (npm run bench; not part of the tests). In headless Chromium, on a
// production build, it runs each measure of MEASURES and prints its table:
// - load: synthetic CT series of each size, uncompressed and JPEG-LS, in Viable and in
//   a floor page that only reads, parses and decodes them; ratios Viable / floor;
// - backgroundLoad: all slices decoded by the viewer's own prefetch, memory × raw pixels;
// - largeScan: a folder of many small files: scan speed, longest task, progress bar;
// - scrolling: input-to-render for one pane and two synced panes at two window sizes;
// - imageKernels: subtraction and lipiodol mask of a 512 × 512 slice (in Node).
// JSON goes to bench-results/.
//   npm run bench                            sizes 100,500,1000,2000 and 10,000 files
//   npm run bench -- --sizes 100,1000        other sizes (a quick run)
//   npm run bench -- --scan-files 2000       another large-folder size (0 leaves it out)
//   npm run bench -- --rounds 1              each series loaded once in the floor and in Viable (default 3: medians)
//   npm run bench -- --reuse-dist            serve the existing dist/ instead of building
//   npm run bench -- --dist <dir>            serve another build (e.g. of an earlier commit, for before/after;
//                                            build it with `vite build --sourcemap hidden` for named sources in profiles)
//   npm run bench -- --measures load         only these measures (comma-separated names)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../e2e/support/browser.ts';
import { imageKernels } from './bench/imageKernels.ts';
import { largeScan } from './bench/largeScan.ts';
import { loadVsFloor } from './bench/loadVsFloor.ts';
import { backgroundLoad, scrolling } from './bench/pixelMeasures.ts';
import type { BenchMeasure, Goal } from './bench/measure.ts';
import { environment, writeReport, type BenchReport } from './bench/report.ts';
import { serveApp } from './bench/serveApp.ts';

const RESULTS_DIR = path.resolve('bench-results');

/** Every measure, run in this order; a new measure is one more entry. */
const MEASURES: BenchMeasure[] = [loadVsFloor, backgroundLoad, largeScan, scrolling, imageKernels];

interface BenchArgs {
  sizes: number[];
  scanFiles: number;
  rounds: number;
  reuseDist: boolean;
  dist: string | undefined;
  measures: string[];
}

function parseArgs(args: string[]): BenchArgs {
  const valueOf = (flag: string, fallback: string) => {
    const at = args.indexOf(flag);
    return at >= 0 ? (args[at + 1] ?? '') : fallback;
  };
  const sizes = valueOf('--sizes', '100,500,1000,2000').split(',').map(Number);
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes takes positive integers, e.g. 100,500,2000');
  const scanFiles = Number(valueOf('--scan-files', '10000'));
  if (!Number.isInteger(scanFiles) || scanFiles < 0) throw new Error('--scan-files takes a whole number of files (0 leaves the large scan out)');
  const rounds = Number(valueOf('--rounds', '3'));
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds takes a whole number of runs per series, at least 1');
  const names = MEASURES.map((measure) => measure.name);
  const measures = valueOf('--measures', names.join(',')).split(',');
  const unknown = measures.filter((name) => !names.includes(name));
  if (unknown.length) throw new Error(`--measures: unknown ${unknown.join(', ')}; known: ${names.join(', ')}`);
  const dist = args.includes('--dist') ? path.resolve(valueOf('--dist', '')) : undefined;
  return { sizes, scanFiles, rounds, reuseDist: args.includes('--reuse-dist'), dist, measures };
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
  const { sizes, scanFiles, rounds, reuseDist, dist, measures: chosen } = parseArgs(process.argv.slice(2));
  const startedAt = new Date().toISOString();
  const workDir = mkdtempSync(path.join(tmpdir(), 'viable-bench-'));
  console.log(dist ? `Serving ${dist} …` : reuseDist ? 'Serving dist/ …' : 'Building the app into a temporary folder …');
  const app = await serveApp({ reuseDist, dist });
  const measures = MEASURES.filter((measure) => chosen.includes(measure.name) && (measure.name !== 'largeScan' || scanFiles > 0));
  const report: BenchReport = { startedAt, environment: environment(await chromiumVersion()), buildSeconds: app.buildSeconds, measures: {}, goals: [] };
  const printed: string[] = [];
  const goals: Goal[] = report.goals;
  try {
    for (const measure of measures) {
      const output = await measure.run({ baseUrl: app.baseUrl, outDir: app.outDir, workDir, sizes, scanFiles, rounds, onStep: (step) => console.log(`  … ${step}`) });
      report.measures[measure.name] = output.record;
      printed.push(`${measure.name}\n${output.table}\n${output.notes.join('\n')}`);
      goals.push(...output.goals);
    }
  } finally {
    await app.close();
    rmSync(workDir, { recursive: true, force: true });
  }
  console.log(`\n${printed.join('\n\n')}\n`);
  for (const goal of goals) console.log(`${goal.met ? 'met   ' : 'MISSED'}  ${goal.text}`);
  const missed = goals.filter((goal) => !goal.met).length;
  console.log(`${goals.length - missed} of ${goals.length} goals met`);
  // A run that misses a goal fails, so that a regression cannot pass unnoticed.
  if (missed > 0) process.exitCode = 1;
  console.log(`Written ${path.relative(process.cwd(), writeReport(report, RESULTS_DIR))}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
