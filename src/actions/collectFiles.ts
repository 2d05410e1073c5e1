/**
 * Turning what the reader picked or dropped into a flat list of files with paths:
 * folders are walked recursively, whatever the file names or extensions (CDs name
 * their images without extensions and add a DICOMDIR; the scan finds them anyway).
 */
import { taskBudgetSpent, yieldWhenTaskLong } from '../dicom';

/** A local file and the path the reader will recognise it by. */
export interface LocalFile {
  file: File;
  path: string;
}

/** Files from an `<input type=file>` (with or without `webkitdirectory`). */
export function filesFromInput(list: FileList | File[]): LocalFile[] {
  return Array.from(list, (file) => ({ file, path: file.webkitRelativePath || file.name }));
}

/** Files listed between two looks at the task's clock: ~0.1 ms of work, several times that on a busy machine. */
const FILES_BETWEEN_CLOCK_READS = 50;

/**
 * Lists `list` into `listed`, from where it stopped, while the current task is within its
 * budget (each File and its path cost ~2 µs, several times that on a busy machine);
 * returns whether every file is listed.
 */
export function listFilesWithinTask(list: FileList, listed: LocalFile[]): boolean {
  while (listed.length < list.length) {
    if (taskBudgetSpent()) return false;
    // The clock is read between runs of files: read for each one, it took a third of the listing's time.
    for (const end = Math.min(list.length, listed.length + FILES_BETWEEN_CLOCK_READS); listed.length < end; ) {
      const file = list.item(listed.length)!;
      listed.push({ file, path: file.webkitRelativePath || file.name });
    }
  }
  return true;
}

/**
 * {@link filesFromInput} over several tasks, each within the task budget, so that listing a
 * 10,000-file pick never holds the main thread for long; `listed`: what is listed already.
 */
export async function filesFromInputInTasks(list: FileList, listed: LocalFile[] = []): Promise<LocalFile[]> {
  while (!listFilesWithinTask(list, listed)) {
    const pause = yieldWhenTaskLong();
    if (pause) await pause;
  }
  return listed;
}

/** The file read first: the first by path (see the scan's read order), unless it is an archive, which is unpacked first. */
export function firstFileByPath(files: readonly LocalFile[]): LocalFile | undefined {
  let first: LocalFile | undefined;
  for (const local of files) if (!first || local.path < first.path) first = local;
  return first && !isArchivePath(first.path) ? first : undefined;
}

/** Whether a picked file is a zip archive, whose entries are scanned instead of it. */
export function isArchivePath(path: string): boolean {
  return /\.zip$/i.test(path);
}

/** Files from a drop: folders (through the entries API) and single files alike. */
export async function filesFromDataTransfer(dataTransfer: DataTransfer): Promise<LocalFile[]> {
  // Entries must be taken synchronously, before the first await: the DataTransfer dies with the event.
  const entries = Array.from(dataTransfer.items)
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.every((entry) => entry === null)) return filesFromInput(dataTransfer.files);
  const found: LocalFile[] = [];
  for (const entry of entries) if (entry) await walkEntry(entry, found);
  return found;
}

async function walkEntry(entry: FileSystemEntry, found: LocalFile[]): Promise<void> {
  const path = entry.fullPath.replace(/^\//, '');
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    found.push({ file, path });
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns at most ~100 entries per call; call until it returns none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    for (const child of batch) await walkEntry(child, found);
  }
}

/** The File System Access API's directory picker, where the browser has it. */
export function canPickDirectoryHandle(): boolean {
  return typeof window !== 'undefined' && 'showDirectoryPicker' in window;
}

interface DirectoryHandleLike {
  kind: 'directory';
  name: string;
  values(): AsyncIterable<DirectoryHandleLike | FileHandleLike>;
}
interface FileHandleLike {
  kind: 'file';
  name: string;
  getFile(): Promise<File>;
}

/** Asks for a folder with `showDirectoryPicker` and lists every file below it. */
export async function pickDirectoryFiles(): Promise<LocalFile[]> {
  const picker = (window as unknown as { showDirectoryPicker(options?: { mode: 'read' }): Promise<DirectoryHandleLike> })
    .showDirectoryPicker;
  const root = await picker.call(window, { mode: 'read' });
  const found: LocalFile[] = [];
  await walkHandle(root, root.name, found);
  return found;
}

async function walkHandle(handle: DirectoryHandleLike, path: string, found: LocalFile[]): Promise<void> {
  for await (const child of handle.values()) {
    const childPath = `${path}/${child.name}`;
    if (child.kind === 'file') found.push({ file: await child.getFile(), path: childPath });
    else await walkHandle(child, childPath, found);
  }
}
