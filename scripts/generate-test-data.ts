// Generates the synthetic DICOM studies (see test-data/README.md).
//   npm run test-data:gen                      → test-data/generated/synthetic/ + test-data/synthetic/ground-truth.json
//   npm run test-data:gen -- --out DIR         → the scenario into DIR
//   npm run test-data:gen -- --series-slices N --out DIR → one CT series of N slices (benchmarks)
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateAll, generateBenchSeries, toJson } from './synthetic/generate.ts';

export { generateAll, generateBenchSeries };

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_OUT_DIR = path.join(ROOT, 'test-data', 'generated', 'synthetic');
/** The committed copy of the ground truth, so tests and reviewers can read it without generating. */
export const COMMITTED_GROUND_TRUTH = path.join(ROOT, 'test-data', 'synthetic', 'ground-truth.json');

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

function main(args: string[]): void {
  const started = performance.now();
  const outDir = path.resolve(option(args, '--out') ?? DEFAULT_OUT_DIR);
  const slices = option(args, '--series-slices');
  let files;
  if (slices !== undefined) {
    const count = Number(slices);
    if (!Number.isInteger(count) || count < 1) throw new Error(`--series-slices needs a positive integer, got ${slices}`);
    files = generateBenchSeries(outDir, count);
  } else {
    const result = generateAll(outDir);
    files = result.files;
    if (outDir === DEFAULT_OUT_DIR) {
      mkdirSync(path.dirname(COMMITTED_GROUND_TRUTH), { recursive: true });
      writeFileSync(COMMITTED_GROUND_TRUTH, toJson(result.groundTruth));
    }
  }
  const megabytes = files.reduce((sum, file) => sum + file.bytes, 0) / 1e6;
  const seconds = (performance.now() - started) / 1000;
  console.log(`wrote ${files.length} files, ${megabytes.toFixed(1)} MB to ${outDir} in ${seconds.toFixed(1)} s`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
