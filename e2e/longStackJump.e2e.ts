import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { makeDicom } from '../src/dicom/testing/makeDicom';
import type { BrowserSession } from './support/browser';
import { openFolderSession } from './support/demoSession';
import { viewport } from './support/pageObjects';

// A jump to a far slice of a 1000-slice stack (as to a lesion: the slice nearest to a
// patient point, then scrolling there) once every slice is decoded. Headers are kept
// as bytes after their image loads (src/viewer/lazyHeader.ts); finding the nearest
// slice reads the plane of every slice, which must not parse a thousand headers again.

const SLICES = 1000;
/** Headers a jump may parse again: the slice it lands on and a few Cornerstone reads around it, never one per slice. */
const REPARSES_ALLOWED = 20;

let session: BrowserSession;
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'viable-long-stack-'));
  for (let i = 0; i < SLICES; i++) {
    const bytes = makeDicom({
      SeriesDescription: 'LONG STACK',
      InstanceNumber: i + 1,
      ImagePositionPatient: [0, 0, -i],
      SliceThickness: 1,
      Rows: 64,
      Columns: 64,
    });
    writeFileSync(path.join(folder, `IM${String(i).padStart(4, '0')}`), bytes);
  }
  session = await openFolderSession(inject('baseUrl'), folder);
  await viewport.pane(session.page).locator(`[data-prefetch="done"][data-cached-slices="${SLICES}"]`).waitFor({ state: 'attached', timeout: 180_000 });
}, 300_000);

afterAll(async () => {
  await session?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** The parts of a V8 heap snapshot that say which strings it holds. */
interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

/** How many string objects on the heap hold exactly `value`. */
function stringCopies(heap: HeapSnapshot, value: string): number {
  const { node_fields: fields, node_types: [types] } = heap.snapshot.meta;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  let copies = 0;
  for (let node = 0; node < heap.nodes.length; node += fields.length) {
    if (types[heap.nodes[node + typeAt]!] === 'string' && heap.strings[heap.nodes[node + nameAt]!] === value) copies += 1;
  }
  return copies;
}

/** Jumps pane 1 to the slice nearest to `pointMm` as the e2e helpers do; returns where it landed and the headers parsed again. */
function jump(pointMm: [number, number, number]) {
  return session.page.evaluate(async (point) => {
    const hooks = window.__viable!;
    const pane = hooks.viewports['vp-0']!;
    const before = hooks.headerReparses();
    const index = await pane.sliceIndexNearest(point);
    if (index === undefined) throw new Error('no slice found');
    pane.scrollToIndex(index);
    const wanted = pane.getImageIds()[index];
    while (pane.getCurrentImageId() !== wanted) await new Promise((resolve) => requestAnimationFrame(resolve));
    return { focalPointMm: pane.focalPointMm(), reparses: hooks.headerReparses() - before };
  }, pointMm);
}

describe('a jump across a 1000-slice stack', () => {
  it('lands on the nearest slice without parsing every header again', async () => {
    for (const depthMm of [SLICES - 1, 3, 640]) {
      const { focalPointMm, reparses } = await jump([0, 0, -depthMm]);
      expect(focalPointMm[2]).toBeCloseTo(-depthMm, 3);
      expect(reparses, `headers parsed again jumping to ${depthMm} mm`).toBeLessThanOrEqual(REPARSES_ALLOWED);
    }
    expect(session.log.pageErrors).toEqual([]);
  });

  it("keeps one copy of the strings its files share (the scan workers' results are clones)", async () => {
    const cdp = await session.page.context().newCDPSession(session.page);
    const chunks: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
    try {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    } finally {
      await cdp.detach();
    }
    // Each file's SeriesDescription, as a string on the page's heap: one per file before, now a handful (index, study browser).
    expect(stringCopies(JSON.parse(chunks.join('')) as HeapSnapshot, 'LONG STACK')).toBeLessThan(SLICES / 10);
  });

  it('keeps no canvas per decoded slice (createImage made one per image; its getPixelData kept it alive)', async () => {
    const cdp = await session.page.context().newCDPSession(session.page);
    try {
      await cdp.send('HeapProfiler.collectGarbage');
      const { result: prototype } = await cdp.send('Runtime.evaluate', { expression: 'HTMLCanvasElement.prototype' });
      const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId! });
      const { result: count } = await cdp.send('Runtime.callFunctionOn', { objectId: objects.objectId!, functionDeclaration: 'function () { return this.length; }', returnByValue: true });
      // The panes', thumbnails' and tools' canvases: a few dozen at most, never one per slice.
      expect(count.value as number).toBeLessThan(SLICES / 10);
    } finally {
      await cdp.detach();
    }
  });
});
