import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scanFiles } from '../dicom';
import { fileOf, makeDicom } from '../dicom/testing/makeDicom';
import { createAppStore, selectIndex } from '../store';
import { registerFile } from '../viewer';
import { createFirstImageHold, FIRST_IMAGE_HOLD_MAX_MS, preloadFirstStackShown } from './firstImageFirst';

const preloaded = vi.hoisted(() => [] as string[]);
vi.mock('../viewer', async (original) => ({
  ...(await original<typeof import('../viewer')>()),
  preloadImage: (imageId: string) => preloaded.push(imageId),
}));

/** Whether `promise` (or undefined: not held) has settled after the pending timers and microtasks. */
async function settled(promise: Promise<void> | undefined): Promise<boolean> {
  if (!promise) return true;
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('first image hold', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const hold = (options: { panesEmpty?: boolean; signal?: AbortSignal } = {}) => {
    let show = () => {};
    const firstImageShown = new Promise<void>((resolve) => (show = resolve));
    const created = createFirstImageHold({ panesEmpty: options.panesEmpty ?? true, firstImageShown, signal: options.signal ?? new AbortController().signal });
    return { ...created, show };
  };

  it('reads the first batch alone, then holds the others until the first image is shown', async () => {
    const { holdBatch, batchRead, show } = hold();
    expect(holdBatch(0)).toBeUndefined();
    const second = holdBatch(1);
    expect(await settled(second)).toBe(false);
    batchRead(true);
    await vi.advanceTimersByTimeAsync(FIRST_IMAGE_HOLD_MAX_MS / 2);
    expect(await settled(second)).toBe(false);
    show();
    // Not in the microtasks of the frame that drew the image (its paint would wait for the scan's posts): a task later.
    let released = false;
    void second!.then(() => (released = true));
    for (let i = 0; i < 10; i += 1) await Promise.resolve();
    expect(released).toBe(false);
    expect(await settled(second)).toBe(true);
    expect(holdBatch(5)).toBeUndefined();
  });

  it('lets the scan go on at once when the first batch found no image', async () => {
    const { holdBatch, batchRead } = hold();
    const second = holdBatch(1);
    batchRead(false);
    expect(await settled(second)).toBe(true);
    batchRead(true); // a later batch with images decides nothing
    expect(holdBatch(2)).toBeUndefined();
  });

  it('holds nothing when a pane already shows images (nothing new is shown first)', () => {
    const { holdBatch } = hold({ panesEmpty: false });
    expect(holdBatch(1)).toBeUndefined();
  });

  it('never holds the scan longer than the limit, e.g. when the image never arrives', async () => {
    const { holdBatch, batchRead } = hold();
    const second = holdBatch(1);
    batchRead(true);
    await vi.advanceTimersByTimeAsync(FIRST_IMAGE_HOLD_MAX_MS - 1);
    expect(await settled(second)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(second)).toBe(true);
  });

  it('releases what it holds when the scan is cancelled', async () => {
    const controller = new AbortController();
    const { holdBatch, batchRead } = hold({ signal: controller.signal });
    const second = holdBatch(1);
    batchRead(true);
    controller.abort();
    expect(await settled(second)).toBe(true);
  });
});

describe('preloading the first stack shown', () => {
  it("starts loading the first image of the stack put in pane 1 while the pane mounts, once", async () => {
    preloaded.length = 0;
    const files = [3, 1, 2].map((n) =>
      fileOf(`CT/IM${n}`, makeDicom({ SOPInstanceUID: `2.25.90.${n}`, InstanceNumber: n, ImagePositionPatient: [0, 0, -5 * n] })),
    );
    const { instances } = await scanFiles(files, { fileIdPrefix: 'preload-' });
    const imageIdOf = new Map(instances.map((instance) => [instance.fileId, registerFile(instance.fileId, new Blob(['x']))]));
    const store = createAppStore();
    const stop = preloadFirstStackShown(store);
    store.getState().scanStarted(files.length);
    store.getState().scanFound(instances);
    expect(preloaded).toEqual([]); // indexed, not shown yet
    const stack = selectIndex(store.getState()).patients[0]!.studies[0]!.series[0]!.stacks[0]!;
    store.getState().showStack(0, stack.stackId);
    expect(preloaded).toEqual([imageIdOf.get(stack.frames[0]!.fileId)]);
    store.getState().showStack(1, stack.stackId);
    store.getState().closeAllStudies();
    store.getState().showStack(0, stack.stackId);
    expect(preloaded).toHaveLength(1); // only the first stack shown
    stop();
  });
});
