// Starts Debian's Orthanc with its DICOMweb plugin as a throw-away PACS for the
// browser tests (and for `npm run dev` against a local PACS, see README "PACS").
// It listens on a loopback port of its own, keeps its database in a temporary
// folder, and requires a password: the same setup a reader's PACS would have.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ORTHANC_BINARY = '/usr/sbin/Orthanc';
/** Where Debian's `orthanc-dicomweb` package puts the plugin. */
export const DICOMWEB_PLUGIN = '/usr/share/orthanc/plugins/libOrthancDicomWeb.so';

export interface RunningOrthanc {
  /** e.g. `http://127.0.0.1:40123` */
  origin: string;
  /** The DICOMweb root (QIDO-RS, WADO-RS and STOW-RS), e.g. `http://127.0.0.1:40123/dicom-web`. */
  dicomWebUrl: string;
  username: string;
  password: string;
  /** Stops Orthanc and deletes its storage. */
  stop(): Promise<void>;
}

/** Why Orthanc cannot be started here, or undefined when it can. */
export function orthancMissing(): string | undefined {
  const missing = [
    [ORTHANC_BINARY, 'orthanc'],
    [DICOMWEB_PLUGIN, 'orthanc-dicomweb'],
  ].filter(([file]) => !existsSync(file!));
  if (missing.length === 0) return undefined;
  const packages = missing.map(([, pkg]) => pkg).join(' ');
  return `Orthanc is needed for the PACS tests but ${missing.map(([file]) => file).join(' and ')} is missing: apt-get install -y ${packages} (npm test installs them when run as root)`;
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function basicAuth(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

async function waitUntilAnswering(origin: string, authorization: string, process: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (process.exitCode !== null) throw new Error(`Orthanc exited with code ${process.exitCode}:\n${readFileSync(logFile, 'utf8').slice(-2000)}`);
    try {
      const response = await fetch(`${origin}/dicom-web/studies?limit=1`, { headers: { Authorization: authorization } });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Orthanc did not answer on ${origin} within 60 s:\n${readFileSync(logFile, 'utf8').slice(-2000)}`);
}

/** Starts Orthanc on a free loopback port with an empty throw-away storage, authentication on and remote access off. */
export async function startOrthanc(options: { port?: number; username?: string; password?: string } = {}): Promise<RunningOrthanc> {
  const problem = orthancMissing();
  if (problem) throw new Error(problem);
  const dir = mkdtempSync(path.join(tmpdir(), 'viable-orthanc-'));
  const port = options.port ?? (await freePort());
  const username = options.username ?? 'viable';
  const password = options.password ?? `pw-${Math.random().toString(36).slice(2)}`;
  const config = {
    Name: 'viable-test',
    StorageDirectory: path.join(dir, 'storage'),
    IndexDirectory: path.join(dir, 'index'),
    HttpPort: port,
    DicomServerEnabled: false,
    RemoteAccessAllowed: false,
    AuthenticationEnabled: true,
    RegisteredUsers: { [username]: password },
    Plugins: [DICOMWEB_PLUGIN],
    // WADO-URI stays off: the viewer uses WADO-RS only.
    DicomWeb: { Enable: true, Root: '/dicom-web/', EnableWado: false },
  };
  const configFile = path.join(dir, 'orthanc.json');
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  const logFile = path.join(dir, 'orthanc.log');
  const child = spawn(ORTHANC_BINARY, [`--logfile=${logFile}`, configFile], { stdio: 'ignore' });
  // A test run that dies without calling stop() must not leave Orthanc behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const origin = `http://127.0.0.1:${port}`;
  const authorization = basicAuth(username, password);
  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilAnswering(origin, authorization, child, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, dicomWebUrl: `${origin}/dicom-web`, username, password, stop };
}

/** Uploads Part 10 files through Orthanc's own REST API (faster than STOW for a test fixture). */
export async function uploadToOrthanc(orthanc: RunningOrthanc, files: string[]): Promise<void> {
  const authorization = basicAuth(orthanc.username, orthanc.password);
  const queue = [...files];
  const uploadNext = async (): Promise<void> => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const response = await fetch(`${orthanc.origin}/instances`, {
        method: 'POST',
        headers: { Authorization: authorization, 'Content-Type': 'application/dicom' },
        body: readFileSync(file),
      });
      if (!response.ok) throw new Error(`Orthanc refused ${file}: HTTP ${response.status} ${await response.text()}`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, uploadNext));
}
