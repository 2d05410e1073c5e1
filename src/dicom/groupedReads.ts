/**
 * Reads of many small Blobs (file heads, or whole slices) gathered into one read of a
 * Blob made of them. Chromium serves each read through a round trip to the browser
 * process and a data pipe of its own, which costs more than the bytes for small
 * files: reading 1000 slices of 130 kB in a worker took 1.75–2.2 s one by one
 * (8 in flight), 1.07 s sixteen at a time and 0.78–0.87 s sixty-four at a time;
 * their 32 kB heads 1.0–1.1 s one by one and 0.53–0.60 s thirty-two at a time
 * (headless Chromium, 2 cores). Only for Blobs whose sizes this thread knows (Files
 * posted to a worker, slices of them): on the page a File's first `size` is a
 * synchronous look-up in the browser process (see readFileHead).
 */

/**
 * Reads parts: each part's bytes, a view into the buffer its group was read into (copying
 * each part out of it cost a scan worker a second copy of every byte read).
 */
export type GroupedReader = (part: Blob) => Promise<Uint8Array<ArrayBuffer>>;

export interface GroupedReaderOptions {
  /** Parts read together at most. */
  maxParts?: number;
  /** Bytes read together at most (a larger part is read alone). */
  maxBytes?: number;
  /** Grouped reads in flight at once: the next group gathers while they run. */
  inFlight?: number;
  /** Reads the parts as one buffer, in order (default: a Blob of them); injectable for tests. */
  readTogether?: (parts: Blob[]) => Promise<ArrayBuffer>;
}

interface QueuedPart {
  part: Blob;
  resolve(bytes: Uint8Array<ArrayBuffer>): void;
  reject(error: unknown): void;
}

const readBlobOf = (parts: Blob[]) => new Blob(parts).arrayBuffer();

/**
 * A reader that gathers the parts asked for while earlier reads run (and those asked
 * for in the same task) into reads of up to `maxParts` parts and `maxBytes` bytes.
 * A grouped read that fails (a file gone or changed since it was picked) is retried
 * part by part, so that only the unreadable part's read rejects.
 */
export function createGroupedReader({ maxParts = 32, maxBytes = 8 * 2 ** 20, inFlight = 2, readTogether = readBlobOf }: GroupedReaderOptions = {}): GroupedReader {
  const queue: QueuedPart[] = [];
  let running = 0;
  let pumpScheduled = false;

  function takeGroup(): QueuedPart[] {
    const group = [queue.shift()!];
    let bytes = group[0]!.part.size;
    while (queue.length > 0 && group.length < maxParts && bytes + queue[0]!.part.size <= maxBytes) {
      const next = queue.shift()!;
      bytes += next.part.size;
      group.push(next);
    }
    return group;
  }

  /** Reads each part of `group` alone: only an unreadable part's read fails. */
  async function readEachAlone(group: QueuedPart[]): Promise<void> {
    await Promise.all(group.map(({ part, resolve, reject }) => part.arrayBuffer().then((bytes) => resolve(new Uint8Array(bytes)), reject)));
  }

  async function readGroup(group: QueuedPart[]): Promise<void> {
    if (group.length === 1) return readEachAlone(group);
    const together = await readTogether(group.map((queued) => queued.part)).catch(() => undefined);
    const expected = group.reduce((sum, queued) => sum + queued.part.size, 0);
    // A failed read, or a part whose file changed size since it was sized (its bytes cannot be
    // told from the next part's): each part is read alone.
    if (together?.byteLength !== expected) return readEachAlone(group);
    let at = 0;
    for (const { part, resolve } of group) {
      resolve(new Uint8Array(together, at, part.size));
      at += part.size;
    }
  }

  function pump(): void {
    pumpScheduled = false;
    while (running < inFlight && queue.length > 0) {
      running += 1;
      void readGroup(takeGroup()).finally(() => {
        running -= 1;
        pump();
      });
    }
  }

  return (part) =>
    new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
      queue.push({ part, resolve, reject });
      // Parts asked for in one task join one group: the reads start once the task is done.
      if (!pumpScheduled) {
        pumpScheduled = true;
        queueMicrotask(pump);
      }
    });
}
