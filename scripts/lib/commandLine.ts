/** What the command-line scripts share: usage errors and `--help`. */
import { LOCALES, parseLocale, type Locale } from '../../src/text/index.ts';

/** A wrong command line: reported with the usage, exit code 2. */
export class UsageError extends Error {}

/**
 * Runs `parse` on the arguments. Returns its result, or the exit code to stop with:
 * 0 after printing the usage for `--help`, 2 after a usage error.
 */
export function parseCommandLine<T>(name: string, usage: string, parse: (argv: readonly string[]) => T | 'help', argv: readonly string[]): T | number {
  let args: T | 'help';
  try {
    args = parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${name}: ${error.message}\n${usage}\n`);
    return 2;
  }
  if (args !== 'help') return args;
  process.stdout.write(`${usage}\n`);
  return 0;
}

/** The value of `--lang`: the language the output is written in. */
export function parseLang(value: string | undefined): Locale {
  const locale = parseLocale(value);
  if (!locale) throw new UsageError(`--lang must be one of ${LOCALES.join(', ')} (got ${value === undefined ? 'nothing' : `"${value}"`})`);
  return locale;
}
