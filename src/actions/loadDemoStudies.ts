import type { AppStore } from '../store';
import type { LocalFile } from './collectFiles';
import { openLocalFiles } from './openLocalFiles';

/** Where the dev and preview servers publish the generated synthetic studies (scripts/lib/demoServer.ts). */
const DEMO_MANIFEST_URL = '/demo/manifest.json';
const PARALLEL_DOWNLOADS = 6;

interface DemoManifest {
  files: { path: string; bytes: number }[];
}

/**
 * Fetches the synthetic demo studies from this app's own server and opens them
 * exactly like a local folder, so the demo exercises the real scanning path.
 */
export async function loadDemoStudies(store: AppStore, onDownloaded?: (done: number, total: number) => void): Promise<void> {
  const response = await fetch(DEMO_MANIFEST_URL);
  if (!response.ok) throw new Error(`Demo studies are not available (HTTP ${response.status}); run "npm run test-data:gen" first.`);
  const manifest = (await response.json()) as DemoManifest;
  const files: LocalFile[] = new Array(manifest.files.length);
  let next = 0;
  let done = 0;
  async function downloadNext(): Promise<void> {
    while (next < manifest.files.length) {
      const i = next++;
      const entry = manifest.files[i]!;
      const fileResponse = await fetch(`/demo/${entry.path}`);
      if (!fileResponse.ok) throw new Error(`Demo file ${entry.path}: HTTP ${fileResponse.status}`);
      const name = entry.path.split('/').pop() ?? entry.path;
      files[i] = { file: new File([await fileResponse.blob()], name), path: `demo/${entry.path}` };
      onDownloaded?.(++done, manifest.files.length);
    }
  }
  await Promise.all(Array.from({ length: PARALLEL_DOWNLOADS }, downloadNext));
  await openLocalFiles(store, files);
}
