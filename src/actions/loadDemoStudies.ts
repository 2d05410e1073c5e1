import type { AppStore } from '../store';
import { endRehearsal } from './rehearsal';
import type { LocalFile } from './collectFiles';
import { openLocalFiles } from './openLocalFiles';

/** Where the dev and preview servers publish the generated synthetic studies (scripts/lib/demoServer.ts). */
const DEMO_MANIFEST_URL = '/demo/manifest.json';
const PARALLEL_DOWNLOADS = 6;

interface DemoManifest {
  files: { path: string; bytes: number }[];
}

/** The command that generates the demo studies, named to the reader when they are missing. */
const DEMO_GENERATE_COMMAND = 'npm run test-data:gen';

/**
 * Why the demo studies did not download, as data the start page words in the reader's
 * language: no manifest (not generated), a file the server does not have, or no
 * answer, or any other failure (`detail` as the browser said it).
 */
export type DemoDownloadProblem =
  | { code: 'manifestMissing'; status: number; command: string }
  | { code: 'fileMissing'; path: string; status: number }
  | { code: 'failed'; detail: string };

export class DemoDownloadError extends Error {
  constructor(readonly problem: DemoDownloadProblem) {
    super(`demo download failed: ${problem.code}`);
    this.name = 'DemoDownloadError';
  }
}

/** `fetch`, with a network failure (the server gone) as a {@link DemoDownloadError}. */
async function fetchDemo(url: string): Promise<Response> {
  try {
    return await fetch(url);
  } catch (error) {
    throw new DemoDownloadError({ code: 'failed', detail: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * Fetches the synthetic demo studies from this app's own server and opens them
 * exactly like a local folder, so the demo exercises the real scanning path.
 * A failed download rejects with a {@link DemoDownloadError}.
 */
export async function loadDemoStudies(store: AppStore, onDownloaded?: (done: number, total: number) => void): Promise<void> {
  endRehearsal(store);
  const response = await fetchDemo(DEMO_MANIFEST_URL);
  if (!response.ok) throw new DemoDownloadError({ code: 'manifestMissing', status: response.status, command: DEMO_GENERATE_COMMAND });
  const manifest = (await response.json()) as DemoManifest;
  const files: LocalFile[] = new Array(manifest.files.length);
  let next = 0;
  let done = 0;
  async function downloadNext(): Promise<void> {
    while (next < manifest.files.length) {
      const i = next++;
      const entry = manifest.files[i]!;
      const fileResponse = await fetchDemo(`/demo/${entry.path}`);
      if (!fileResponse.ok) throw new DemoDownloadError({ code: 'fileMissing', path: entry.path, status: fileResponse.status });
      const name = entry.path.split('/').pop() ?? entry.path;
      files[i] = { file: new File([await fileResponse.blob()], name), path: `demo/${entry.path}` };
      onDownloaded?.(++done, manifest.files.length);
    }
  }
  await Promise.all(Array.from({ length: PARALLEL_DOWNLOADS }, downloadNext));
  await openLocalFiles(store, files);
}
