import { createGroupedReader, type GroupedReader } from './groupedReads';
import type { FileLike } from './types';

/** The first bytes of a file and whether they are the whole file. */
export interface FileHead {
  bytes: Uint8Array<ArrayBuffer>;
  complete: boolean;
}

/**
 * The first `bytes` bytes of a file (fewer when it is shorter), read from the file's
 * stream, which the browser serves asynchronously; the rest is cancelled once they
 * have arrived. Not `file.slice(…)` or `file.size`: in Chromium each is a synchronous
 * look-up in the browser process, ~0.3 ms when idle but up to 150 ms a call on a busy
 * machine, a long task each time. Used by the scan and by the image loader.
 */
export async function readFileHead(file: Pick<FileLike, 'stream'>, bytes: number): Promise<FileHead> {
  const reader = file.stream().getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  let complete = false;
  try {
    while (received < bytes) {
      const { done, value } = await reader.read();
      if (done) {
        complete = true;
        break;
      }
      chunks.push(value);
      received += value.byteLength;
    }
  } finally {
    if (!complete) void reader.cancel().catch(() => undefined);
  }
  const head = new Uint8Array(Math.min(received, bytes));
  let at = 0;
  for (const chunk of chunks) {
    if (at >= head.length) break;
    head.set(chunk.subarray(0, head.length - at), at);
    at += chunk.byteLength;
  }
  return { bytes: head, complete };
}

/** One grouped reader per thread (a scan worker's): see groupedReads. */
let readGrouped: GroupedReader | undefined;

/**
 * The first `bytes` bytes of a File that was posted to this thread (a scan worker),
 * or the whole file when it is no longer: the post gave the File its size, so `size`
 * and `slice` look nothing up here. Read as a slice, gathered with the other reads
 * asked for meanwhile into one read (see createGroupedReader); the browser process
 * serves a slice for less than half the CPU of a stream (1.1 against 2.4 ms a file,
 * read one by one). The bytes are a view into the grouped read's buffer: what outlives
 * the parse is copied out of it (see parseHeader's `header`, `frame`, `wholeFile`). Not for
 * a File the page picked: there `size` and `slice` are the synchronous look-up that
 * {@link readFileHead} avoids.
 */
export async function readPostedFileHead(file: Blob, bytes: number): Promise<FileHead> {
  readGrouped ??= createGroupedReader();
  const complete = file.size <= bytes;
  const head = await readGrouped(complete ? file : file.slice(0, bytes));
  return { bytes: head, complete };
}
