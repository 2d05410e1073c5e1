/**
 * Command line for the response engine:
 *   npm run assess -- FILE [--criteria mRECIST|RECIST1.1|EASL] [--json]
 * Prints a table per timepoint (sum, change vs baseline and nadir, categories,
 * reasons), the warnings and the best overall response; with `--json` exactly
 * the spec's output object and nothing else on stdout.
 * Exit 0 when evaluated; 2 with a located error on stderr when the file is
 * invalid or unreadable, or the command line is wrong.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  CRITERIA,
  evaluateWithCalipers,
  parseAssessmentJson,
  type Assessment,
  type Criteria,
  type EvaluationResult,
} from '../src/core/index.ts';
import { evaluationText } from '../src/text/index.ts';
import { importAssessmentJson } from '../src/io/assessmentFile.ts';
import { callerDirectory } from './lib/callerDirectory.ts';
import { parseCommandLine, UsageError } from './lib/commandLine.ts';

const USAGE = 'usage: assess FILE [--criteria mRECIST|RECIST1.1|EASL] [--json]';

interface CliArgs {
  file: string;
  criteria?: Criteria;
  json: boolean;
}

function isCriteria(value: string): value is Criteria {
  return (CRITERIA as readonly string[]).includes(value);
}

function parseArgs(argv: readonly string[]): CliArgs | 'help' {
  const files: string[] = [];
  let criteria: Criteria | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--json') json = true;
    else if (arg === '--criteria' || arg.startsWith('--criteria=')) {
      const value = arg === '--criteria' ? argv[++i] : arg.slice('--criteria='.length);
      if (value === undefined || !isCriteria(value)) {
        throw new UsageError(`--criteria must be one of ${CRITERIA.join(', ')} (got ${value === undefined ? 'nothing' : `"${value}"`})`);
      }
      criteria = value;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new UsageError(files.length === 0 ? 'no FILE given' : `one FILE expected, got ${files.length}`);
  return { file: files[0] ?? '', criteria, json };
}

const num = (value: number | null, unit = '') => (value === null ? '—' : `${value.toFixed(2)}${unit}`);
const signedPct = (value: number | null) => (value === null ? '—' : `${value > 0 ? '+' : ''}${value.toFixed(2)}%`);

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((row) => (row[col] ?? '').length))) ?? [];
  return rows.map((row) => row.map((cell, col) => cell.padEnd(widths[col] ?? 0)).join('  ').trimEnd()).join('\n');
}

function report(result: EvaluationResult<string>, assessment: Assessment): string {
  const unit = result.criteria === 'EASL' ? ' mm²' : ' mm';
  const dates = new Map(assessment.timepoints.map((t) => [t.id, t.date]));
  const lines: string[] = [];
  const patient = typeof assessment.patient?.id === 'string' ? ` — patient ${assessment.patient.id}` : '';
  lines.push(`${result.criteria} response assessment${patient}`);
  lines.push(`baseline ${result.baseline.timepoint} (${dates.get(result.baseline.timepoint) ?? '?'}): target sum ${num(result.baseline.targetSum, unit)}`);
  lines.push('');
  const header = ['timepoint', 'date', 'target sum', 'vs baseline', 'nadir', 'vs nadir', 'target', 'non-target', 'new', 'overall'];
  const rows = result.timepoints.map((t) => [
    t.timepoint,
    dates.get(t.timepoint) ?? '',
    num(t.targetSum, unit),
    signedPct(t.changeFromBaselinePct),
    num(t.nadirSum, unit),
    signedPct(t.changeFromNadirPct),
    t.targetResponse,
    t.nonTargetResponse,
    t.newLesion ? 'yes' : 'no',
    t.overallResponse,
  ]);
  lines.push(rows.length ? table([header, ...rows]) : '(no timepoint after the baseline)');
  for (const t of result.timepoints) {
    lines.push('', `${t.timepoint}:`, ...t.reasons.map((reason) => `  - ${reason}`));
  }
  lines.push('', `best overall response (unconfirmed): ${result.bestOverallResponse}`);
  lines.push('', result.warnings.length ? 'warnings:' : 'warnings: none', ...result.warnings.map((w) => `  ! ${w}`));
  return `${lines.join('\n')}\n`;
}

function main(argv: readonly string[]): number {
  const args = parseCommandLine('assess', USAGE, parseArgs, argv);
  if (typeof args === 'number') return args;
  const filePath = path.resolve(callerDirectory('assess'), args.file);
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    process.stderr.write(`${args.file}: cannot read the file (${code})\n`);
    return 2;
  }
  const parsed = parseAssessmentJson(text);
  if (!parsed.ok) {
    process.stderr.write(`${args.file}: invalid assessment\n${parsed.errors.map((e) => `  ${e}`).join('\n')}\n`);
    return 2;
  }
  // Calipers saved with the findings (the viewer's export) are applied again under the
  // chosen criteria, exactly as the viewer's panel does, so both always agree.
  const reading = importAssessmentJson(text);
  const evaluation = reading.ok
    ? evaluateWithCalipers(reading.assessment, Object.values(reading.measurements), args.criteria ?? parsed.assessment.criteria)
    : { ok: false as const, errors: reading.errors };
  if (!evaluation.ok) {
    process.stderr.write(`${args.file}: invalid assessment\n${evaluation.errors.map((e) => `  ${e}`).join('\n')}\n`);
    return 2;
  }
  // Reasons and warnings in words; the JSON keeps the spec's field names and shape.
  const result = evaluationText(evaluation.result);
  process.stdout.write(args.json ? `${JSON.stringify(result, null, 2)}\n` : report(result, parsed.assessment));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
