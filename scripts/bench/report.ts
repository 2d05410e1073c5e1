// The benchmark's outputs: a plain-text table for the terminal and a JSON record.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoadMeasurement } from './measureLoad.ts';

export interface BenchRun extends LoadMeasurement {
  slices: number;
  megabytes: number;
  generateSeconds: number;
}

export interface BenchReport {
  startedAt: string;
  environment: { node: string; platform: string; cpus: number; cpuModel: string; memoryGb: number; chromium: string };
  buildSeconds: number | null;
  runs: BenchRun[];
}

const COLUMNS: Array<[title: string, value: (run: BenchRun) => string]> = [
  ['slices', (r) => String(r.slices)],
  ['MB', (r) => r.megabytes.toFixed(0)],
  ['scan s', (r) => (r.scanMs / 1000).toFixed(2)],
  ['files/s', (r) => r.filesPerSecond.toFixed(0)],
  ['1st image s', (r) => (r.firstImageMs / 1000).toFixed(2)],
  ['decode all s', (r) => (r.decodeAllMs / 1000).toFixed(2)],
  ['all decoded s', (r) => (r.allDecodedMs / 1000).toFixed(2)],
  ['peak heap MB', (r) => r.peakHeapMb.toFixed(0)],
  ['+buffers MB', (r) => r.peakHeapWithBuffersMb.toFixed(0)],
  ['render', (r) => r.renderMode],
];

/** A fixed-width table, one row per series size. */
export function formatTable(runs: BenchRun[]): string {
  const rows = [COLUMNS.map(([title]) => title), ...runs.map((run) => COLUMNS.map(([, value]) => value(run)))];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => cell.padStart(widths[i]!)).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

export function environment(chromium: string): BenchReport['environment'] {
  return {
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    chromium,
  };
}

/** Writes the report to `dir/bench-<timestamp>.json` and returns the path. */
export function writeReport(report: BenchReport, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `bench-${report.startedAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
