// Folders the benchmark loads: synthetic CT series of several sizes, uncompressed and
// JPEG-LS, and one folder of many small files for the scan alone.
import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { largeFolder } from '../../e2e/support/largeFolder.ts';
import { generateBenchSeries } from '../synthetic/generate.ts';

export type BenchSyntax = 'uncompressed' | 'JPEG-LS';

export interface BenchFolder {
  slices: number;
  syntax: BenchSyntax;
  dir: string;
  megabytes: number;
}

function hasDcmcjpls(): boolean {
  try {
    execFileSync('dcmcjpls', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Lossless JPEG-LS copies of `files` (names kept) with dcmtk's dcmcjpls, one process per core. */
function toJpegLs(sourceDir: string, names: string[], outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  const script = `dcmcjpls --encode-lossless "${sourceDir}/$1" "${outDir}/$1"`;
  execFileSync('xargs', ['-P', String(os.cpus().length), '-n', '1', 'sh', '-c', `${script}`, 'sh'], { input: names.join('\n') });
}

/**
 * One folder per size and transfer syntax. The largest series is generated (and
 * converted to JPEG-LS) once; a smaller size is hard links to its first N slices,
 * a contiguous series of its own.
 */
export function seriesFolders(workDir: string, sizes: number[], onStep: (step: string) => void): BenchFolder[] {
  const largest = Math.max(...sizes);
  const sourceDir = path.join(workDir, 'source-uncompressed');
  onStep(`generating ${largest} slices`);
  const written = generateBenchSeries(sourceDir, largest);
  const names = written.map((file) => file.path);
  const bytesOf = new Map(written.map((file) => [file.path, file.bytes]));
  const syntaxes: Array<[BenchSyntax, string]> = [['uncompressed', sourceDir]];
  if (hasDcmcjpls()) {
    onStep(`encoding ${largest} slices as JPEG-LS (dcmcjpls)`);
    const jlsDir = path.join(workDir, 'source-jpegls');
    toJpegLs(sourceDir, names, jlsDir);
    syntaxes.push(['JPEG-LS', jlsDir]);
  } else onStep('dcmcjpls (Debian package dcmtk) is missing: JPEG-LS rows are left out');

  const folders: BenchFolder[] = [];
  for (const slices of [...sizes].sort((a, b) => a - b)) {
    for (const [syntax, source] of syntaxes) {
      const dir = path.join(workDir, `${syntax}-${slices}`);
      mkdirSync(dir, { recursive: true });
      for (const name of names.slice(0, slices)) linkSync(path.join(source, name), path.join(dir, name));
      const megabytes = syntax === 'uncompressed' ? names.slice(0, slices).reduce((sum, n) => sum + (bytesOf.get(n) ?? 0), 0) / 1e6 : Number.NaN;
      folders.push({ slices, syntax, dir, megabytes });
    }
  }
  return folders;
}

/** The large folder of the browser tests (64×64 slices in series of 500), for the scan alone. */
export function manyFilesFolder(workDir: string, fileCount: number): string {
  return largeFolder(path.join(workDir, `many-${fileCount}`), fileCount);
}
