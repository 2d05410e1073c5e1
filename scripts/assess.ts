/**
 * Command line for the response engine:
 *   npm run assess -- FILE [--criteria mRECIST|RECIST1.1|EASL] [--json] [--lang en|zh-CN]
 * Prints a table per timepoint (sum, change vs baseline and nadir, categories,
 * reasons), the warnings and the best overall response; with `--json` exactly
 * the spec's output object and nothing else on stdout. `--lang` chooses the
 * language of the words (default English); with `--json` it changes only the
 * reasons and warnings, never the field names or the category codes.
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
import stringWidth from 'string-width';
import { catalogueFor, fill, formatDate, renderEvaluation, reportText, wordFor, type Locale, type ReportWords } from '../src/text/index.ts';
import { importAssessmentJson } from '../src/io/assessmentFile.ts';
import { callerDirectory } from './lib/callerDirectory.ts';
import { parseCommandLine, parseLang, UsageError } from './lib/commandLine.ts';

const USAGE = [
  'usage: assess FILE [--criteria mRECIST|RECIST1.1|EASL] [--json] [--lang en|zh-CN]',
  "  --criteria C   evaluate under criteria C instead of the file's",
  "  --json         print only the spec's output object",
  '  --lang L       words in language L: en (English, the default) or zh-CN (简体中文);',
  '                 with --json only the reasons and warnings change, never fields or codes',
].join('\n');

interface CliArgs {
  file: string;
  criteria?: Criteria;
  json: boolean;
  locale: Locale;
}

function isCriteria(value: string): value is Criteria {
  return (CRITERIA as readonly string[]).includes(value);
}

function parseArgs(argv: readonly string[]): CliArgs | 'help' {
  const files: string[] = [];
  let criteria: Criteria | undefined;
  let json = false;
  let locale: Locale = 'en';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--json') json = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) locale = parseLang(arg === '--lang' ? argv[++i] : arg.slice('--lang='.length));
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
  return { file: files[0] ?? '', criteria, json, locale };
}

const num = (value: number | null, unit = '') => (value === null ? '—' : `${value.toFixed(2)}${unit}`);
const signedPct = (value: number | null) => (value === null ? '—' : `${value > 0 ? '+' : ''}${value.toFixed(2)}%`);

/** Columns padded to the terminal width of their cells (a Chinese character takes two columns). */
function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((row) => stringWidth(row[col] ?? '')))) ?? [];
  const pad = (cell: string, col: number) => cell + ' '.repeat(Math.max(0, (widths[col] ?? 0) - stringWidth(cell)));
  return rows.map((row) => row.map(pad).join('  ').trimEnd()).join('\n');
}

function report(result: EvaluationResult<string>, assessment: Assessment, locale: Locale): string {
  const words: ReportWords = reportText(locale);
  const { cli } = words;
  const category = (code: string) => wordFor(words.categories, code);
  const unit = result.criteria === 'EASL' ? ' mm²' : ' mm';
  const dates = new Map(assessment.timepoints.map((t) => [t.id, formatDate(t.date, locale)]));
  const lines: string[] = [];
  const patientId = typeof assessment.patient?.id === 'string' ? assessment.patient.id : undefined;
  lines.push(patientId ? fill(cli.titleWithPatient, { criteria: result.criteria, patientId }) : fill(cli.title, { criteria: result.criteria }));
  const baseline = result.baseline.timepoint;
  lines.push(fill(cli.baseline, { timepoint: baseline, date: dates.get(baseline) ?? '?', sum: num(result.baseline.targetSum, unit) }));
  lines.push('');
  const c = cli.columns;
  const header = [c.timepoint, c.date, c.targetSum, c.vsBaseline, c.nadir, c.vsNadir, c.target, c.nonTarget, c.newLesion, c.overall];
  const rows = result.timepoints.map((t) => [
    t.timepoint,
    dates.get(t.timepoint) ?? '',
    num(t.targetSum, unit),
    signedPct(t.changeFromBaselinePct),
    num(t.nadirSum, unit),
    signedPct(t.changeFromNadirPct),
    category(t.targetResponse),
    category(t.nonTargetResponse),
    t.newLesion ? words.response.yes : words.response.no,
    category(t.overallResponse),
  ]);
  lines.push(rows.length ? table([header, ...rows]) : cli.noFollowUp);
  for (const t of result.timepoints) {
    lines.push('', `${t.timepoint}:`, ...t.reasons.map((reason) => `  - ${reason}`));
  }
  lines.push('', fill(cli.bestOverall, { category: category(result.bestOverallResponse) }));
  lines.push('', result.warnings.length ? cli.warnings : cli.noWarnings, ...result.warnings.map((w) => `  ! ${w}`));
  return `${lines.join('\n')}\n`;
}

function main(argv: readonly string[]): number {
  const args = parseCommandLine('assess', USAGE, parseArgs, argv);
  if (typeof args === 'number') return args;
  const { cli } = reportText(args.locale);
  const filePath = path.resolve(callerDirectory('assess'), args.file);
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    process.stderr.write(`${fill(cli.cannotRead, { file: args.file, code })}\n`);
    return 2;
  }
  const parsed = parseAssessmentJson(text);
  if (!parsed.ok) {
    process.stderr.write(`${fill(cli.invalid, { file: args.file })}\n${parsed.errors.map((e) => `  ${e}`).join('\n')}\n`);
    return 2;
  }
  // Calipers saved with the findings (the viewer's export) are applied again under the
  // chosen criteria, exactly as the viewer's panel does, so both always agree.
  const reading = importAssessmentJson(text);
  const evaluation = reading.ok
    ? evaluateWithCalipers(reading.assessment, Object.values(reading.measurements), args.criteria ?? parsed.assessment.criteria)
    : { ok: false as const, errors: reading.errors };
  if (!evaluation.ok) {
    process.stderr.write(`${fill(cli.invalid, { file: args.file })}\n${evaluation.errors.map((e) => `  ${e}`).join('\n')}\n`);
    return 2;
  }
  // Reasons and warnings in words; the JSON keeps the spec's field names and shape.
  const result = renderEvaluation(evaluation.result, catalogueFor(args.locale));
  process.stdout.write(args.json ? `${JSON.stringify(result, null, 2)}\n` : report(result, parsed.assessment, args.locale));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
