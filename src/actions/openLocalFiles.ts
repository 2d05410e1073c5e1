import { createScanPool, DEFLATED_EXPLICIT_VR_LE, filePath, inflateDeflatedPart10, unzipToFiles, type ScanPool, type ScannedInstance } from '../dicom';
import type { AppStore, SkippedFile } from '../store';
import { firstStackToShow } from './firstStackToShow';
import { openPatientAssessment } from './openPatientAssessment';
import { loadAssessmentRecord } from './persistence';
import { offerMeasurementReports } from './srImport';
import { registerFile } from '../viewer';
import { spawnScanWorker } from '../workers';
import type { LocalFile } from './collectFiles';

let pool: ScanPool | undefined;
let running: AbortController | undefined;
let scanCount = 0;

// Progress reaches the store at most this often, so a 2,000-file scan doesn't render 2,000 times.
const PROGRESS_INTERVAL_MS = 100;

/** Stops the running scan, if any; what was read so far is dropped, nothing already open is lost. */
export function cancelScan(): void {
  running?.abort(new DOMException('Scan cancelled by the reader', 'AbortError'));
}

/**
 * Scans local files in the worker pool and adds every DICOM image found to what is
 * open. Zip archives are unpacked first; files that are not usable images are listed
 * as skipped with the reason. Resolves when the scan has finished or was cancelled.
 */
export async function openLocalFiles(store: AppStore, localFiles: LocalFile[]): Promise<void> {
  running?.abort();
  const controller = new AbortController();
  running = controller;
  const { files, unreadableArchives } = await expandArchives(localFiles);
  const { scanStarted, scanProgressed, scanFinished, scanStopped } = store.getState();
  scanStarted(files.length);
  pool ??= createScanPool(spawnScanWorker);
  const fileIdPrefix = `scan${++scanCount}-`;
  let lastProgressAt = 0;
  try {
    const result = await pool.scan(files, {
      signal: controller.signal,
      fileIdPrefix,
      onProgress: (progress) => {
        const now = performance.now();
        if (now - lastProgressAt < PROGRESS_INTERVAL_MS && progress.filesRead < progress.total) return;
        lastProgressAt = now;
        scanProgressed(progress);
      },
    });
    const byFileId = new Map(files.map((file, i) => [`${fileIdPrefix}${i}`, file]));
    await Promise.all(result.instances.map((instance) => registerInstanceFile(instance, byFileId.get(instance.fileId))));
    const skipped: SkippedFile[] = [
      ...unreadableArchives,
      ...result.skipped,
      ...result.duplicates.map((d) => ({ path: d.path, reason: `duplicate of ${d.duplicateOf} (same SOP Instance UID), loaded once` })),
    ];
    scanProgressed({ filesRead: files.length, total: files.length, dicomFound: result.instances.length, skipped: skipped.length });
    scanFinished({ instances: result.instances, skipped });
    showSomethingIfEmpty(store);
    await openPatientAssessment(store, loadAssessmentRecord);
    await offerMeasurementReports(nonImageFiles(files, result.skipped));
  } catch (error) {
    if (controller.signal.aborted) scanStopped('cancelled');
    else scanStopped('failed', error instanceof Error ? error.message : String(error));
  } finally {
    if (running === controller) running = undefined;
  }
}

/** The skipped files that are DICOM but not images (SR among them), with their paths. */
function nonImageFiles(files: File[], skipped: SkippedFile[]): Array<{ path: string; file: File }> {
  const nonImages = new Set(skipped.filter((s) => s.reason.startsWith('no pixel data')).map((s) => s.path));
  return files.filter((file) => nonImages.has(filePath(file))).map((file) => ({ path: filePath(file), file }));
}

/** Hands a scanned file to Cornerstone; deflated files are inflated first, which the v5 loader cannot do. */
async function registerInstanceFile(instance: ScannedInstance, file: File | undefined): Promise<void> {
  if (!file) return;
  if (instance.TransferSyntaxUID === DEFLATED_EXPLICIT_VR_LE) {
    const inflated = inflateDeflatedPart10(new Uint8Array(await file.arrayBuffer()));
    registerFile(instance.fileId, new Blob([inflated as Uint8Array<ArrayBuffer>], { type: 'application/dicom' }));
    return;
  }
  registerFile(instance.fileId, file);
}

/** Replaces each .zip by its entries; an archive that cannot be read becomes a skipped file. */
async function expandArchives(localFiles: LocalFile[]): Promise<{ files: File[]; unreadableArchives: SkippedFile[] }> {
  const files: File[] = [];
  const unreadableArchives: SkippedFile[] = [];
  for (const { file, path } of localFiles) {
    if (/\.zip$/i.test(file.name)) {
      try {
        files.push(...(await unzipToFiles(await file.arrayBuffer(), path)));
      } catch (error) {
        unreadableArchives.push({ path, reason: error instanceof Error ? error.message : String(error) });
      }
      continue;
    }
    // The scan shows and reports files by webkitRelativePath; drops and pickers give the path separately.
    if (file.webkitRelativePath !== path) Object.defineProperty(file, 'webkitRelativePath', { value: path });
    files.push(file);
  }
  return { files, unreadableArchives };
}

/** Shows the first stack worth reading in the first pane when no pane shows anything yet. */
export function showSomethingIfEmpty(store: AppStore): void {
  const state = store.getState();
  if (state.viewportStackIds.some((id) => id !== null)) return;
  const stackId = firstStackToShow(state);
  if (stackId) state.showStack(0, stackId);
}
