import type { SkipReason } from '../core';
import {
  createScanPool,
  DEFLATED_EXPLICIT_VR_LE,
  filePath,
  inflateDeflatedPart10,
  UnreadableArchiveError,
  unzipToFiles,
  type ScannedBytes,
  type ScanPool,
  type ScannedInstance,
} from '../dicom';
import type { AppStore, SkippedFile } from '../store';
import { firstStackToShow } from './firstStackToShow';
import { createScanFeed } from './scanFeed';
import { openPatientAssessment } from './openPatientAssessment';
import { loadAssessmentRecord } from './persistence';
import { offerMeasurementReports } from './srImport';
import { markFirstImagePhase, prefetchBehindScan, registerFile, startFirstImageRound, wantsWholeFiles } from '../viewer';
import { createFirstImageHold, preloadFirstStackShown } from './firstImageFirst';
import { spawnScanWorker } from '../workers';
import { type LocalFile, filesFromInputInTasks, firstFileByPath, isArchivePath, listFilesWithinTask } from './collectFiles';
import { nextTask } from './nextTask';
import { endRehearsal } from './rehearsal';
import { LARGE_PICK_FILES, whenPickServed } from './pickServed';

let pool: ScanPool | undefined;
let running: AbortController | undefined;
let scanCount = 0;

// Progress reaches the store at most this often, so a 2,000-file scan doesn't render 2,000 times.
const PROGRESS_INTERVAL_MS = 100;

/**
 * Starts the scan workers ahead of the first folder, e.g. once the page is up:
 * loading them would otherwise delay the first images of that folder.
 */
export function prepareScanning(): void {
  pool ??= createScanPool(spawnScanWorker);
  pool.warm();
}

/** Stops the running scan, if any; what was read so far is dropped, nothing already open is lost. */
export function cancelScan(): void {
  running?.abort(new DOMException('Scan cancelled by the reader', 'AbortError'));
}

/**
 * Scans local files in the worker pool and adds every DICOM image found to what is
 * open. The progress bar shows at once; images join the study browser while the
 * scan runs and the first stack is shown as soon as it is found (see `scanFeed`).
 * Zip archives are unpacked first; files that are not usable images are listed
 * as skipped with the reason. Resolves when the scan has finished or was cancelled.
 * A picker's FileList is taken as it is and listed after the bar is drawn: listing
 * 10,000 Files with their paths takes a tenth of a second or more.
 * With `rehearsal`, the files are a rehearsal's (see rehearseFirstPick): no assessment is
 * opened for them, no report offered, and the signal ends their scan.
 */
export async function openLocalFiles(store: AppStore, picked: LocalFile[] | FileList, options: { rehearsal?: AbortSignal } = {}): Promise<void> {
  const { rehearsal } = options;
  // The reader's pick ends a rehearsal at once (its images closed before anything below looks at the panes).
  if (!rehearsal) endRehearsal(store);
  running?.abort();
  const controller = new AbortController();
  running = controller;
  rehearsal?.addEventListener('abort', () => controller.abort(), { once: true });
  const feed = createScanFeed(store);
  // Stopped in the abort's own task: a newer pick must not receive what this scan's last batches found.
  controller.signal.addEventListener('abort', () => feed.stop(), { once: true });
  const firstImageShown = startFirstImageRound();
  const { scanStarted, scanProgressed, scanFinished, scanStopped } = store.getState();
  const scanReplaced = store.getState().scan.status === 'scanning';
  scanStarted(picked.length);
  // The replaced scan's stacks went with its findings: the panes that showed them are emptied.
  if (scanReplaced && store.getState().instances.length === 0) store.getState().clearViewports();
  const panesEmpty = store.getState().viewportStackIds.every((id) => id === null);
  const hold = createFirstImageHold({ panesEmpty, firstImageShown, signal: controller.signal });
  const stopPreloading = panesEmpty ? preloadFirstStackShown(store) : () => undefined;
  pool ??= createScanPool(spawnScanWorker);
  // Before the progress bar is drawn (the end of this task), as much of the pick is listed as
  // the task's budget allows: all of a few thousand files. Then the first file the scan reads,
  // the first image's, goes to a scan worker at once and is read while the page draws; it
  // waited for the bar, the listing and the sorting, so that the first header came later the
  // larger the pick (120 ms after the pick at 2000 slices against 31–59 ms at 100–1000).
  // A larger pick posts nothing until the browser has served it (see whenPickServed): read
  // ahead, its first file's post would hold this task until then. Nothing in this task needs
  // its list, so it is listed in the next tasks, while the browser serves it.
  const pickServed = picked.length > LARGE_PICK_FILES ? whenPickServed(picked) : undefined;
  const listed: LocalFile[] = Array.isArray(picked) ? picked : [];
  const listedAtOnce = Array.isArray(picked) || (!pickServed && listFilesWithinTask(picked, listed));
  const first = listedAtOnce && !pickServed ? firstFileByPath(listed) : undefined;
  if (first) pool.readAhead(first.file, wantsWholeFiles());
  try {
    // The pick's task ends here, so the progress bar is drawn before the rest is listed:
    // the browser's own work of listing 10,000 picked files already made that task long.
    await nextTask();
    controller.signal.throwIfAborted();
    const localFiles = Array.isArray(picked) || listedAtOnce ? listed : await filesFromInputInTasks(picked, listed);
    controller.signal.throwIfAborted();
    const { files, paths, unreadableArchives } = await expandArchives(localFiles);
    controller.signal.throwIfAborted();
    scanProgressed({ filesRead: 0, total: files.length, dicomFound: 0, skipped: 0 });
    await pickServed;
    controller.signal.throwIfAborted();
    const fileIdPrefix = `scan${++scanCount}-`;
    const registrations: Promise<void>[] = [];
    let lastProgressAt = 0;
    const scan = pool.scan(files, {
      paths,
      readOrder: byPath(paths),
      signal: controller.signal,
      fileIdPrefix,
      holdBatch: hold.holdBatch,
      readWhole: wantsWholeFiles,
      onBatch: ({ instances, scannedBytes }) => {
        if (controller.signal.aborted) return;
        hold.batchRead(instances.length > 0);
        if (instances.length > 0) markFirstImagePhase('first-header');
        const registered = Promise.all(
          instances.map((instance) => registerInstanceFile(instance, fileOf(files, fileIdPrefix, instance), scannedBytes.get(instance.fileId))),
        );
        registrations.push(registered.then(() => feed.add(instances)));
      },
      onProgress: (progress) => {
        const now = performance.now();
        if (now - lastProgressAt < PROGRESS_INTERVAL_MS && progress.filesRead < progress.total) return;
        lastProgressAt = now;
        scanProgressed(progress);
      },
    });
    // The panes' background decoding slows down until every file is indexed: the stacks grow with the scan.
    prefetchBehindScan(scan);
    const result = await scan;
    await Promise.all(registrations);
    feed.stop();
    // The scan's own end (sorting and deduplicating every instance) was one task: the index takes the next.
    await nextTask();
    controller.signal.throwIfAborted();
    const skipped: SkippedFile[] = [
      ...unreadableArchives,
      ...result.skipped,
      ...result.duplicates.map((d): SkippedFile => ({ path: d.path, reason: { code: 'duplicate', duplicateOf: d.duplicateOf } })),
    ];
    scanProgressed({ filesRead: files.length, total: files.length, dicomFound: result.instances.length, skipped: skipped.length });
    scanFinished({ instances: result.instances, skipped });
    // Each step below redraws much of the page: one task each, none of them long. The scan is
    // done: a pick meanwhile (which aborts it) leaves it as it is and settles its own first stack.
    await nextTask();
    if (controller.signal.aborted) return;
    settleFirstStack(store, feed.provisionalStackId);
    await nextTask();
    // A rehearsal opens no assessment and offers no report: nothing of it is saved or shown.
    if (controller.signal.aborted || rehearsal) return;
    await openPatientAssessment(store, loadAssessmentRecord);
    await offerMeasurementReports(nonImageFiles(files, paths, result.skipped));
  } catch (error) {
    feed.stop();
    // A rehearsal's end closed what it found; a newer pick dropped what this scan found: the store is theirs now.
    if (rehearsal || (running !== controller && controller.signal.aborted)) return;
    if (controller.signal.aborted) scanStopped('cancelled');
    else scanStopped('failed', { code: 'unexpected', detail: error instanceof Error ? error.message : String(error) });
  } finally {
    stopPreloading();
    if (running === controller) running = undefined;
  }
}

/** The File behind a scanned instance: its fileId is the prefix and its index in `files`. */
function fileOf(files: File[], fileIdPrefix: string, instance: ScannedInstance): File | undefined {
  return files[Number(instance.fileId.slice(fileIdPrefix.length))];
}

/** The skipped files that are DICOM but not images (SR among them), with their paths. */
function nonImageFiles(files: File[], paths: string[], skipped: SkippedFile[]): Array<{ path: string; file: File }> {
  const nonImages = new Set(skipped.filter((s) => s.reason.code === 'not-an-image').map((s) => s.path));
  if (nonImages.size === 0) return [];
  return files.flatMap((file, i) => (nonImages.has(paths[i]!) ? [{ path: paths[i]!, file }] : []));
}

/**
 * Hands a scanned file to Cornerstone, with the bytes the scan read (so that the image
 * loader does not read them again); deflated files are inflated first, which the v5 loader cannot do.
 */
async function registerInstanceFile(instance: ScannedInstance, file: File | undefined, scanned: ScannedBytes | undefined): Promise<void> {
  if (!file) return;
  if (instance.TransferSyntaxUID === DEFLATED_EXPLICIT_VR_LE) {
    const inflated = inflateDeflatedPart10(new Uint8Array(await file.arrayBuffer()));
    registerFile(instance.fileId, new Blob([inflated as Uint8Array<ArrayBuffer>], { type: 'application/dicom' }));
    return;
  }
  registerFile(instance.fileId, file, scanned);
}

/**
 * Replaces each .zip by its entries; an archive that cannot be read becomes a
 * skipped file. Paths stay beside the files: redefining `webkitRelativePath` on
 * thousands of Files would cost the main thread a tenth of a second.
 */
async function expandArchives(localFiles: LocalFile[]): Promise<{ files: File[]; paths: string[]; unreadableArchives: SkippedFile[] }> {
  const files: File[] = [];
  const paths: string[] = [];
  const unreadableArchives: SkippedFile[] = [];
  for (const { file, path } of localFiles) {
    if (!isArchivePath(path)) {
      files.push(file);
      paths.push(path);
      continue;
    }
    try {
      for (const entry of await unzipToFiles(await file.arrayBuffer(), path)) {
        files.push(entry);
        paths.push(filePath(entry));
      }
    } catch (error) {
      unreadableArchives.push({ path, reason: archiveFailure(error) });
    }
  }
  return { files, paths, unreadableArchives };
}

/** Why an archive was skipped: it is no zip, or the browser could not read it. */
function archiveFailure(error: unknown): SkipReason {
  if (error instanceof UnreadableArchiveError) return { code: 'unreadable-archive', archive: error.archive, detail: error.detail };
  return { code: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
}

/** Shows the first stack worth reading in the first pane when no pane shows anything yet. */
export function showSomethingIfEmpty(store: AppStore): void {
  const state = store.getState();
  if (state.viewportStackIds.some((id) => id !== null)) return;
  const stackId = firstStackToShow(state);
  if (stackId) state.showStack(0, stackId);
}

/**
 * Once every file is read, the first pane shows what {@link firstStackToShow} picks
 * from the whole index (the baseline's arterial phase). The stack shown early,
 * picked from the files read first, is replaced only if the pane still shows it,
 * and the notice says so.
 */
function settleFirstStack(store: AppStore, provisionalStackId: string | undefined): void {
  const state = store.getState();
  if (state.viewportStackIds.every((id) => id === null)) return showSomethingIfEmpty(store);
  const shown = state.viewportStackIds[0] ?? null;
  const chosen = firstStackToShow(state);
  if (!chosen || chosen === shown || shown !== provisionalStackId) return;
  state.showStack(0, chosen);
  state.notify({ messages: [{ code: 'first-stack-settled' }] });
}

/** Indices of `paths` in path order: folders are read one after the other, so the first images shown come from the first folder. */
function byPath(paths: string[]): number[] {
  return paths.map((_, i) => i).sort((a, b) => (paths[a]! < paths[b]! ? -1 : paths[a]! > paths[b]! ? 1 : a - b));
}
