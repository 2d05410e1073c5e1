#!/usr/bin/env node
// The whole test suite in one command: system packages the browser tests need,
// synthetic test data, unit tests, then browser tests on a production build.
// It ends with the plain line "N passed, M failed" that CI reads, counting both
// runners together, and exits non-zero when anything failed or nothing ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reportDir = path.join(root, 'e2e-artifacts', 'reports');

function run(command, args, options = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options }).status ?? 1;
}

/**
 * Debian's Chromium (browser tests), DICOM validators (generator and SR tests), poppler
 * (report PDF tests) and Orthanc with its DICOMweb plugin (PACS tests, which start their
 * own Orthanc on a free loopback port), installed when missing and allowed.
 */
function ensureSystemPackages() {
  const wanted = [
    ['/usr/bin/chromium', 'chromium'],
    ['/usr/bin/dciodvfy', 'dicom3tools'],
    ['/usr/bin/dcmdump', 'dcmtk'],
    ['/usr/bin/pdftotext', 'poppler-utils'],
    ['/usr/sbin/Orthanc', 'orthanc'],
    ['/usr/share/orthanc/plugins/libOrthancDicomWeb.so', 'orthanc-dicomweb'],
  ].filter(([binary]) => !existsSync(binary));
  if (wanted.length === 0) return;
  const packages = wanted.map(([, pkg]) => pkg);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.warn(`Missing system packages: ${packages.join(' ')}. Install them with: sudo apt-get install -y ${packages.join(' ')}`);
    return;
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', ...packages], { env });
}

/** Runs one Vitest project with a JSON report and returns its counts. */
function runVitestProject(project) {
  const outputFile = path.join(reportDir, `${project}.json`);
  rmSync(outputFile, { force: true });
  const status = run(process.execPath, [
    path.join(root, 'node_modules', 'vitest', 'vitest.mjs'),
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${outputFile}`,
  ]);
  if (!existsSync(outputFile)) return { passed: 0, failed: 1, status };
  const report = JSON.parse(readFileSync(outputFile, 'utf8'));
  // A file that fails to load (no test results), or whose beforeAll throws (its tests all
  // report "skipped"), has no failed test but is a failure all the same.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  ).length;
  return { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles, status };
}

mkdirSync(reportDir, { recursive: true });
ensureSystemPackages();
const generation = run('npm', ['run', '--silent', 'test-data:gen']);
const unit = runVitestProject('unit');
const e2e = runVitestProject('e2e');
const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed + (generation === 0 ? 0 : 1);
console.log(`\nunit: ${unit.passed} passed, ${unit.failed} failed · browser: ${e2e.passed} passed, ${e2e.failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 && unit.status === 0 && e2e.status === 0 ? 0 : 1);
