/**
 * The directory a command-line path is relative to. `npm run <script>` runs in the
 * package root and keeps the caller's directory in INIT_CWD; other launches (a bin,
 * tsx directly) keep the cwd, and an INIT_CWD they inherit may belong to an
 * unrelated npm script, so it is used only when npm runs this very script.
 */
export function callerDirectory(npmScript: string): string {
  const initCwd = process.env.INIT_CWD;
  return process.env.npm_lifecycle_event === npmScript && initCwd ? initCwd : process.cwd();
}
