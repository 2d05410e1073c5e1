// The benchmark's outputs: plain-text tables for the terminal and a JSON record.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A column of a table: its title and how a row prints in it. */
export type Column<Row> = [title: string, value: (row: Row) => string];

export interface BenchReport {
  startedAt: string;
  environment: { node: string; platform: string; cpus: number; cpuModel: string; memoryGb: number; chromium: string };
  buildSeconds: number | null;
  /** Each measure's own record, by measure name. */
  measures: Record<string, unknown>;
  /** The targets this run checked, met or not. */
  goals: Array<{ text: string; met: boolean }>;
}

/** `value` with `digits` decimals; "–" when it was not measured. */
export const fixed = (value: number, digits: number): string => (Number.isFinite(value) ? value.toFixed(digits) : '–');

/** A ratio `a / b` as "1.23×"; "–" when either is missing. */
export const ratio = (a: number, b: number): string => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : '–');

/** A fixed-width table with one line per row. */
export function formatTable<Row>(columns: Array<Column<Row>>, rows: Row[]): string {
  const cells = [columns.map(([title]) => title), ...rows.map((row) => columns.map(([, value]) => value(row)))];
  const widths = columns.map((_, i) => Math.max(...cells.map((line) => line[i]!.length)));
  const line = (cellsOfLine: string[]) => cellsOfLine.map((cell, i) => cell.padStart(widths[i]!)).join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
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
