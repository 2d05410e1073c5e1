/**
 * Command line for the printable response report:
 *   npm run report -- ASSESSMENT.json --out report.html [--criteria mRECIST|RECIST1.1|EASL] [--lang en|zh-CN]
 * Writes the same report the viewer's "Report…" makes, from the file's findings
 * and calipers, without key images: they need the DICOM images, which only the
 * viewer has; the report says so where the images would be. `--lang` writes it
 * in English (the default) or 简体中文.
 * Exit 0 when written; 2 with a located error on stderr when the file is invalid
 * or unreadable, or the command line is wrong.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CRITERIA, type Criteria } from '../src/core/index.ts';
import { fill, reportText, type Locale } from '../src/text/index.ts';
import { importAssessmentJson } from '../src/io/assessmentFile.ts';
import { buildResponseReport } from '../src/io/report/index.ts';
import { callerDirectory } from './lib/callerDirectory.ts';
import { parseCommandLine, parseLang, UsageError } from './lib/commandLine.ts';

const USAGE = [
  'usage: report ASSESSMENT.json --out REPORT.html [--criteria mRECIST|RECIST1.1|EASL] [--lang en|zh-CN]',
  "  --criteria C   evaluate under criteria C instead of the file's",
  '  --lang L       write the report in language L: en (English, the default) or zh-CN (简体中文)',
].join('\n');

interface CliArgs {
  file: string;
  out: string;
  criteria?: Criteria;
  locale: Locale;
}

function parseArgs(argv: readonly string[]): CliArgs | 'help' {
  const files: string[] = [];
  let out: string | undefined;
  let criteria: Criteria | undefined;
  let locale: Locale = 'en';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--out' || arg === '-o') {
      out = argv[++i];
      if (out === undefined) throw new UsageError(`${arg} needs a file name`);
    } else if (arg === '--criteria') {
      const value = argv[++i];
      if (value === undefined || !(CRITERIA as readonly string[]).includes(value)) {
        throw new UsageError(`--criteria must be one of ${CRITERIA.join(', ')} (got ${value === undefined ? 'nothing' : `"${value}"`})`);
      }
      criteria = value as Criteria;
    } else if (arg === '--lang') locale = parseLang(argv[++i]);
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length !== 1) throw new UsageError(files.length === 0 ? 'no ASSESSMENT.json given' : `one file expected, got ${files.length}`);
  if (out === undefined) throw new UsageError('--out REPORT.html is required');
  return { file: files[0]!, out, criteria, locale };
}

function main(argv: readonly string[]): number {
  const args = parseCommandLine('report', USAGE, parseArgs, argv);
  if (typeof args === 'number') return args;
  const { cli } = reportText(args.locale);
  const base = callerDirectory('report');
  let text: string;
  try {
    text = readFileSync(path.resolve(base, args.file), 'utf8');
  } catch (error) {
    process.stderr.write(`${fill(cli.cannotRead, { file: args.file, code: (error as NodeJS.ErrnoException).code ?? String(error) })}\n`);
    return 2;
  }
  const reading = importAssessmentJson(text);
  if (!reading.ok) {
    process.stderr.write(`${fill(cli.invalid, { file: args.file })}\n${reading.errors.map((e) => `  ${e}`).join('\n')}\n`);
    return 2;
  }
  const html = buildResponseReport({
    assessment: reading.assessment,
    measurements: Object.values(reading.measurements),
    criteria: args.criteria,
    keyImages: { available: false, reason: 'made-without-images' },
    createdAt: new Date(),
    locale: args.locale,
  });
  try {
    writeFileSync(path.resolve(base, args.out), html);
  } catch (error) {
    process.stderr.write(`${fill(cli.cannotWrite, { file: args.out, code: (error as NodeJS.ErrnoException).code ?? String(error) })}\n`);
    return 2;
  }
  process.stdout.write(`${fill(cli.reportWritten, { file: args.out })}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
