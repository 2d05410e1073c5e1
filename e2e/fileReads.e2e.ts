import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateBenchSeries } from '../scripts/synthetic/generate';
import { openApp } from './support/browser';
import { opener, viewport } from './support/pageObjects';

// What the page's own thread asks of the files while a series loads, from the pick
// until every slice is decoded. Each read or size look-up there is a round trip to the
// browser process (0.3–2 ms a file): the scan's workers read these small files whole, and
// the image loader takes the frame (uncompressed) or the file (JPEG-LS) the scan read.
// Each File's size is asked once, just before its post to a scan worker, which would
// otherwise make the same look-up itself (see lookUpAhead in scanPool).

const SLICES = 24;

interface BlobCalls {
  stream: number;
  arrayBuffer: number;
  slice: number;
  text: number;
  size: number;
}

/** Counts, on the page's thread only (workers have their own prototypes), every read and size look-up of a Blob or File. */
function countBlobCalls(): void {
  const calls: BlobCalls = { stream: 0, arrayBuffer: 0, slice: 0, text: 0, size: 0 };
  (window as unknown as { __blobCalls: BlobCalls }).__blobCalls = calls;
  for (const name of ['stream', 'arrayBuffer', 'slice', 'text'] as const) {
    const original = Blob.prototype[name] as (...args: unknown[]) => unknown;
    Blob.prototype[name] = function (this: Blob, ...args: unknown[]) {
      calls[name] += 1;
      return original.apply(this, args);
    } as never;
  }
  const size = Object.getOwnPropertyDescriptor(Blob.prototype, 'size')!;
  Object.defineProperty(Blob.prototype, 'size', {
    ...size,
    get(this: Blob) {
      calls.size += 1;
      return size.get!.call(this);
    },
  });
}

let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'viable-file-reads-'));
  generateBenchSeries(path.join(root, 'uncompressed'), SLICES);
  mkdirSync(path.join(root, 'jpeg-ls'));
  for (const name of readdirSync(path.join(root, 'uncompressed'))) {
    execFileSync('dcmcjpls', ['--encode-lossless', path.join(root, 'uncompressed', name), path.join(root, 'jpeg-ls', name)]);
  }
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function callsWhileLoading(folder: string): Promise<BlobCalls> {
  const session = await openApp(inject('baseUrl'));
  try {
    const { page } = session;
    await page.addInitScript(countBlobCalls);
    await page.reload();
    await opener.openFolder(page, path.join(root, folder));
    await opener.waitScan(page, 'done');
    await viewport.pane(page).locator(`[data-prefetch="done"][data-cached-slices="${SLICES}"]`).waitFor({ state: 'attached', timeout: 60_000 });
    expect(session.log.pageErrors).toEqual([]);
    return await page.evaluate(() => (window as unknown as { __blobCalls: BlobCalls }).__blobCalls);
  } finally {
    await session.close();
  }
}

describe('file reads on the page while a series loads', () => {
  it('uncompressed: no reads (files read whole by the scan workers, frames handed on from there), each size asked once', async () => {
    expect(await callsWhileLoading('uncompressed')).toEqual({ stream: 0, arrayBuffer: 0, slice: 0, text: 0, size: SLICES });
  });

  it('JPEG-LS: no reads (each file read whole once, by the scan workers), each size asked once', async () => {
    expect(await callsWhileLoading('jpeg-ls')).toEqual({ stream: 0, arrayBuffer: 0, slice: 0, text: 0, size: SLICES });
  });
});
