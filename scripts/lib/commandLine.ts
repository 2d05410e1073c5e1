/** What the command-line scripts share: usage errors and `--help`. */

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
