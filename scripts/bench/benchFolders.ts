// Folders the benchmark loads: synthetic CT series of several sizes, uncompressed and
// JPEG-LS, and one folder of many small files for the scan alone.
import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeDicom } from '../../src/dicom/testing/makeDicom.ts';
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

/**
 * `fileCount` small, distinct CT slices (64×64) in series of 500: a folder whose
 * scan costs per file, as a large exam's does, without gigabytes on disk.
 */
export function manyFilesFolder(workDir: string, fileCount: number): string {
  const dir = path.join(workDir, `many-${fileCount}`);
  const perSeries = 500;
  for (let i = 0; i < fileCount; i++) {
    const series = Math.floor(i / perSeries);
    const seriesDir = path.join(dir, `SE${String(series + 1).padStart(3, '0')}`);
    if (i % perSeries === 0) mkdirSync(seriesDir, { recursive: true });
    const bytes = makeDicom({
      StudyInstanceUID: '2.25.4242.1',
      SeriesInstanceUID: `2.25.4242.1.${series + 1}`,
      SeriesNumber: series + 1,
      SeriesDescription: `BENCH SERIES ${series + 1}`,
      SOPInstanceUID: `2.25.4242.1.${series + 1}.${i + 1}`,
      InstanceNumber: (i % perSeries) + 1,
      ImagePositionPatient: [0, 0, -(i % perSeries)],
      Rows: 64,
      Columns: 64,
    });
    writeFileSync(path.join(seriesDir, `IM${String(i % perSeries).padStart(4, '0')}`), bytes);
  }
  return dir;
}
