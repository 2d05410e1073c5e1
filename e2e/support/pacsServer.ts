import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { startCorsProxy, type RunningProxy } from '../../scripts/lib/corsProxy';
import { PACS_ORIGINS_VARIABLE } from '../../scripts/lib/offlineCsp';
import { freePort, startOrthanc, uploadToOrthanc, type RunningOrthanc } from '../../scripts/lib/orthanc';

/**
 * A PACS for the browser tests and a build of the viewer allowed to reach it:
 * Debian's Orthanc with DICOMweb (password on, loopback only, throw-away storage)
 * holding `folders`, behind CORS proxies as a hosted PACS would be (one answering
 * at once, one slow), and the production build made with VIABLE_PACS_ORIGINS
 * naming those proxies and a port where nothing listens (a server that is down).
 */
export interface PacsTestBed {
  orthanc: RunningOrthanc;
  /** DICOMweb base URL through the CORS proxy. */
  dicomWebUrl: string;
  /** The same, through a proxy that holds every instance back for a while. */
  slowDicomWebUrl: string;
  /** A DICOMweb URL the page may reach but where no server runs. */
  downDicomWebUrl: string;
  /** Where the viewer built for this PACS is served. */
  baseUrl: string;
  /** The built index.html's Content-Security-Policy origins given at build time. */
  allowedOrigins: string[];
  close(): Promise<void>;
}

function dicomFilesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? dicomFilesUnder(file) : [file];
  });
}

export async function startPacsTestBed(folders: string[]): Promise<PacsTestBed> {
  const orthanc = await startOrthanc();
  const closers: Array<() => Promise<unknown>> = [() => orthanc.stop()];
  const close = async () => {
    for (const closer of closers.reverse()) await closer();
  };
  try {
    await uploadToOrthanc(orthanc, folders.flatMap(dicomFilesUnder));
    const previewPort = await freePort();
    const pageOrigin = `http://localhost:${previewPort}`;
    const proxy: RunningProxy = await startCorsProxy(orthanc.origin, pageOrigin);
    closers.push(() => proxy.close());
    const slowProxy: RunningProxy = await startCorsProxy(orthanc.origin, pageOrigin, { instanceDelayMs: 400 });
    closers.push(() => slowProxy.close());
    const downOrigin = `http://127.0.0.1:${await freePort()}`;
    const allowedOrigins = [proxy.origin, slowProxy.origin, downOrigin];

    const distDir = mkdtempSync(path.join(tmpdir(), 'viable-pacs-dist-'));
    closers.push(async () => rmSync(distDir, { recursive: true, force: true }));
    // Both the built page's meta tag and vite preview's header carry the policy: both read the variable.
    process.env[PACS_ORIGINS_VARIABLE] = allowedOrigins.join(',');
    let server: PreviewServer;
    try {
      await build({ logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
      server = await preview({ build: { outDir: distDir }, preview: { port: previewPort, strictPort: true, open: false }, logLevel: 'warn' });
    } finally {
      delete process.env[PACS_ORIGINS_VARIABLE];
    }
    closers.push(() => server.close());
    return {
      orthanc,
      dicomWebUrl: `${proxy.origin}/dicom-web`,
      slowDicomWebUrl: `${slowProxy.origin}/dicom-web`,
      downDicomWebUrl: `${downOrigin}/dicom-web`,
      baseUrl: pageOrigin,
      allowedOrigins,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
