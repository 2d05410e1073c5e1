// The `assess` command line (scripts/assess.ts) and the `viable-assess` bin, run as
// child processes on the committed example files with relative paths.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluationResultSchema } from './response/resultSchema.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DEMO = 'test-data/assessments/synthetic-demo.json';

interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<RunResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  // Vitest may itself run under `npm run`; the child must not think it is `npm run assess`.
  if (!options.env?.npm_lifecycle_event) delete env.npm_lifecycle_event;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd ?? ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const assess = (args: string[], options?: Parameters<typeof run>[2]) => run('npx', ['tsx', 'scripts/assess.ts', ...args], options);

describe('assess CLI', { timeout: 90_000 }, () => {
  it('--json prints exactly the spec output object', async () => {
    const { status, stdout, stderr } = await assess([DEMO, '--json']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const result = evaluationResultSchema.parse(JSON.parse(stdout));
    expect(result.criteria).toBe('mRECIST');
    expect(result.timepoints.map((t) => t.overallResponse)).toEqual(['PR', 'PD']);
    expect(result.bestOverallResponse).toBe('PR');
  });

  it('--criteria overrides the file', async () => {
    const { status, stdout } = await assess(['--criteria', 'RECIST1.1', '--json', DEMO]);
    expect(status).toBe(0);
    const result = evaluationResultSchema.parse(JSON.parse(stdout));
    expect(result.criteria).toBe('RECIST1.1');
    expect(result.timepoints.map((t) => [t.targetSum, t.overallResponse])).toEqual([
      [66, 'SD'],
      [69, 'PD'],
    ]);
    expect(result.bestOverallResponse).toBe('SD');
  });

  it('prints a readable table with reasons, warnings and BOR', async () => {
    const { status, stdout } = await assess(['test-data/assessments/ec-boundaries.json']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/FU1\s+2026-02-16\s+9\.80 mm\s+-30\.00%\s+14\.00 mm\s+-30\.00%\s+PR\s+NA\s+no\s+PR/);
    expect(stdout).toMatch(/FU2\s+2026-04-13\s+11\.76 mm\s+-16\.00%\s+9\.80 mm\s+\+20\.00%\s+PD/);
    expect(stdout).toContain('viable target sum fell 30.0% from baseline 14.0 mm to 9.8 mm (at least 30%): PR');
    expect(stdout).toContain('best overall response (unconfirmed): PR');
    expect(stdout).toContain('warnings: none');
  });

  it('prints the treatment-course warnings (baseline after treatment, follow-up early after TACE, LR-TR against mRECIST)', async () => {
    const { status, stdout } = await assess(['test-data/assessments/treatment-course.json']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/FU1\s+2026-02-02\s+14\.00 mm\s+-79\.10%.*PR$/m);
    const warnings = stdout.slice(stdout.indexOf('warnings:')).split('\n').filter((line) => line.startsWith('  ! '));
    expect(warnings).toEqual([
      '  ! baseline BL (2026-01-05) is after a treatment (the latest systemic therapy on 2025-12-20): a baseline should be imaged before treatment',
      '  ! follow-up FU1 (2026-02-02) is 21 days after cTACE on 2026-01-12, earlier than 4 weeks: too early for mRECIST (post-procedure enhancement and lipiodol can mimic or hide viable tumour)',
      '  ! T2 at FU2 is LR-TR Nonviable, but viable tumour is recorded (viable diameter 8.0 mm)',
    ]);
  });

  it('exit 2 with the located error on stderr for an invalid file', async () => {
    const { status, stdout, stderr } = await assess(['test-data/assessments/invalid.json', '--json']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('lesions[2].findings.TP1.viableLongestDiameterMm: must be a number >= 0');
  });

  it.each([
    [['test-data/assessments/missing.json'], 'test-data/assessments/missing.json: cannot read the file (ENOENT)'],
    [[DEMO, '--verbose'], 'unknown option --verbose'],
    [[DEMO, '--criteria', 'WHO'], '--criteria must be one of mRECIST, RECIST1.1, EASL (got "WHO")'],
    [[], 'no FILE given'],
  ])('exit 2 for %j', async (args, message) => {
    const { status, stderr } = await assess(args);
    expect(status).toBe(2);
    expect(stderr).toContain(message);
  });

  it('`npm run assess` from a subdirectory resolves the path against the caller (INIT_CWD)', async () => {
    const { status, stdout } = await run('npm', ['run', '--silent', 'assess', '--', 'assessments/easl.json', '--json'], {
      cwd: path.join(ROOT, 'test-data'),
    });
    expect(status).toBe(0);
    expect(evaluationResultSchema.parse(JSON.parse(stdout)).criteria).toBe('EASL');
  });

  it('the viable-assess bin runs from another directory with paths relative to it', async () => {
    const { status, stdout } = await run(process.execPath, [path.join(ROOT, 'scripts/assess-bin.mjs'), '../test-data/assessments/non-target-only.json', '--json'], {
      cwd: path.join(ROOT, 'src'),
      env: { INIT_CWD: '/nonexistent' },
    });
    expect(status).toBe(0);
    const result = evaluationResultSchema.parse(JSON.parse(stdout));
    expect(result.timepoints.map((t) => t.overallResponse)).toEqual(['NonCR/NonPD', 'CR', 'PD']);
    expect(result.bestOverallResponse).toBe('CR');
  });

  it('the bin forwards the exit code', async () => {
    const { status } = await run(process.execPath, [path.join(ROOT, 'scripts/assess-bin.mjs'), 'test-data/assessments/invalid.json']);
    expect(status).toBe(2);
  });
});
