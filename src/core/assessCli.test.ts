// The `assess` command line (scripts/assess.ts) and the `viable-assess` bin, run as
// child processes on the committed example files with relative paths.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishWordsLeft, numbersIn, visibleText } from '../text/testing/englishLeft.ts';
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

describe('--lang', { timeout: 90_000 }, () => {
  const COURSE = 'test-data/assessments/treatment-course.json';

  it('assess --lang zh-CN prints the table, reasons and warnings in 简体中文 with the numbers of the English one', async () => {
    const [chinese, english] = await Promise.all([assess([COURSE, '--lang', 'zh-CN']), assess([COURSE, '--lang=en'])]);
    expect(chinese.status).toBe(0);
    expect(english.stdout).toBe((await assess([COURSE])).stdout);
    expect(chinese.stdout).toMatch(/^FU1\s+2026年2月2日\s+14\.00 mm\s+-79\.10%\s+67\.00 mm\s+-79\.10%\s+部分缓解（PR）\s+不适用（NA）\s+无\s+部分缓解（PR）$/m);
    expect(chinese.stdout).toContain('最佳总体疗效（未确认）：部分缓解（PR）');
    expect(chinese.stdout).toContain('  ! T2 在 FU2 为 LR-TR 无存活，但记录有存活肿瘤（存活肿瘤直径 8.0 mm）');
    const words = chinese.stdout.replace('COURSE-001', '');
    expect(englishWordsLeft(words)).toEqual([]);
    expect(numbersIn(words)).toEqual(numbersIn(english.stdout.replace('COURSE-001', '')));
  });

  it('assess --json --lang zh-CN keeps the spec object, its codes and numbers, with the reasons in Chinese', async () => {
    const [chinese, english] = await Promise.all([assess([DEMO, '--json', '--lang', 'zh-CN']), assess([DEMO, '--json'])]);
    expect(chinese.status).toBe(0);
    const zh = evaluationResultSchema.parse(JSON.parse(chinese.stdout));
    const en = evaluationResultSchema.parse(JSON.parse(english.stdout));
    const codes = (r: typeof en) => ({ ...r, timepoints: r.timepoints.map((t) => ({ ...t, reasons: t.reasons.length })), warnings: r.warnings.length });
    expect(codes(zh)).toEqual(codes(en));
    expect(zh.timepoints[0]!.reasons.join(' ')).toContain('部分缓解（PR）');
  });

  it('the viable-assess bin passes --lang on', async () => {
    const { status, stdout } = await run(process.execPath, [path.join(ROOT, 'scripts/assess-bin.mjs'), COURSE, '--lang', 'zh-CN']);
    expect(status).toBe(0);
    expect(stdout).toContain('最佳总体疗效（未确认）：部分缓解（PR）');
  });

  it('report --lang zh-CN writes the report in 简体中文', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'i18n-out-report-'));
    try {
      const out = path.join(dir, 'report.html');
      const { status, stdout } = await run('npx', ['tsx', 'scripts/report.ts', COURSE, '--out', out, '--lang', 'zh-CN']);
      expect(status).toBe(0);
      expect(stdout).toBe(`报告已写入 ${out}（无关键图像：生成时没有图像）\n`);
      const html = readFileSync(out, 'utf8');
      expect(html).toContain('<html lang="zh-CN">');
      const seen = visibleText(html);
      for (const term of ['肿瘤疗效评估报告', '靶病灶', '部分缓解（PR）', '未包含关键图像']) expect(seen).toContain(term);
      expect(seen).not.toContain('⟦');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(['scripts/assess.ts', 'scripts/report.ts'])('%s --help names --lang and its languages', async (script) => {
    const { status, stdout } = await run('npx', ['tsx', script, '--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^ {2}--lang L {7}.*en \(English, the default\) or zh-CN \(简体中文\)/m);
  });

  it.each([
    [['scripts/assess.ts', DEMO, '--lang', 'fr'], '--lang must be one of en, zh-CN (got "fr")'],
    [['scripts/report.ts', DEMO, '--out', 'x.html', '--lang'], '--lang must be one of en, zh-CN (got nothing)'],
  ])('exit 2 for a language it does not have: %j', async (args, message) => {
    const { status, stderr } = await run('npx', ['tsx', ...args]);
    expect(status).toBe(2);
    expect(stderr).toContain(message);
  });
});
