#!/usr/bin/env node
// `viable-assess` executable: runs scripts/assess.ts with tsx, found relative to
// this file so it works from any directory; forwards arguments, stdio and exit code.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const tsxCli = require.resolve('tsx/cli');
const script = fileURLToPath(new URL('./assess.ts', import.meta.url));

const child = spawn(process.execPath, [tsxCli, script, ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('error', (error) => {
  process.stderr.write(`viable-assess: cannot start tsx (${error.message})\n`);
  process.exit(2);
});
child.on('exit', (code, signal) => {
  // Shell convention for a child killed by a signal: 128 + its number.
  process.exit(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0));
});
