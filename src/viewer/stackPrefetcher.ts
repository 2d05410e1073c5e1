import { cache, Enums, eventTarget, imageLoader } from '@cornerstonejs/core';
import { farthestToEvict, nearestWanted, sliceDistance } from './prefetchPlan';

/**
 * Decodes the slices of a pane's stack in the background, nearest to the slice on
 * screen first, so that scrolling finds them ready. A few loads are in flight at a
 * time and each next slice is chosen when one finishes, from where the reader is
 * then: scrolling re-prioritises without cancelling, and switching the stack
 * stops it. Within Cornerstone's cache limit (set from the machine, see
 * imageCacheBudgetBytes) it makes room by dropping images of stacks no pane shows
 * any more, then this stack's slices farthest from the current one; it stops when
 * the cache holds only slices nearer than the next.
 *
 * The pane's element carries `data-cached-slices` (how many of the stack's slices
 * are decoded) and `data-prefetch` ("running" or "done") for the page and its tests.
 *
 * No step walks the whole stack per slice: the search for the next slice starts
 * where every nearer one is known cached, loading or failed, and images leaving
 * the cache are told by Cornerstone's IMAGE_CACHE_IMAGE_REMOVED event. Walking it
 * (the search from the current slice, and a check of every cached slice before
 * each load) cost the page half a million cache look-ups for a 1000-slice stack.
 */

/**
 * Loads in flight once no scan runs: enough to keep the decoding workers and the file reads
 * busy. A native slice's load waits mostly on hand-overs between threads (page → worker →
 * the browser's file read → worker → page; a trace of 1000 uncompressed slices after the
 * scan: page 57 % idle, each worker's thread 30 % on the CPU), so more loads overlap more
 * of them; more than this would only delay re-prioritising after a scroll. Cornerstone's
 * worker pool lets fewer prefetch decodes through unless told (initCornerstone).
 */
export const LOADS_IN_FLIGHT = 8;

/**
 * Loads in flight while a folder is scanned: each load takes the page's thread a little
 * (parse the scan's header, post the File, cache the image), and each of its steps waits
 * behind the scan's tasks there. Four had 49 of 1000 uncompressed slices decoded when the
 * scan ended against 13 with one, but in the same quiet bench runs all slices were decoded
 * no sooner, and the scan ran at 0.55–0.66× the floor's files per second against
 * 0.67–0.70× (goal 0.7×): the scan is what every later slice waits for.
 */
const LOADS_IN_FLIGHT_WHILE_SCANNING = 1;
/**
 * How far from the slice on screen the prefetch goes while a folder is scanned. Since the
 * scan reads small files whole, a load takes no read, so even one in flight kept the page's
 * thread decoding throughout the scan: 1000 uncompressed slices scanned at 262–283 files/s
 * with it against 317 with no prefetch during the scan (bench runs of the same hour). The
 * reader's neighbours are still decoded as they scroll; the rest waits for the scan's end.
 */
const NEIGHBOURS_WHILE_SCANNING = 8;
/** Scans running now (see {@link prefetchBehindScan}). */
let scansRunning = 0;
/** Prefetchers with a stack, to take up their full pace when the last scan ends. */
const active = new Set<StackPrefetcher>();
/** Prefetchers with slices still to decode (see {@link isDecodingInBackground}). */
const decoding = new Set<StackPrefetcher>();
const decodingListeners = new Set<() => void>();

/** Whether a pane is decoding its stack in the background now. */
export function isDecodingInBackground(): boolean {
  return decoding.size > 0;
}

/** Calls `listener` whenever {@link isDecodingInBackground} changes; returns the unsubscribe function. */
export function subscribeBackgroundDecoding(listener: () => void): () => void {
  decodingListeners.add(listener);
  return () => {
    decodingListeners.delete(listener);
  };
}

function setDecoding(prefetcher: StackPrefetcher, running: boolean): void {
  const was = decoding.size > 0;
  if (running) decoding.add(prefetcher);
  else decoding.delete(prefetcher);
  if (was !== decoding.size > 0) for (const listener of decodingListeners) listener();
}

let evictionsHeard = false;
/** Lets every active prefetcher hear of images leaving Cornerstone's cache (its own limit, or another pane's room-making). */
function listenForEvictions(): void {
  if (evictionsHeard) return;
  evictionsHeard = true;
  eventTarget.addEventListener(Enums.Events.IMAGE_CACHE_IMAGE_REMOVED, (event: Event) => {
    const imageId = (event as CustomEvent<{ imageId?: string }>).detail?.imageId;
    if (imageId) for (const prefetcher of active) prefetcher.forget(imageId);
  });
}

/** Keeps every pane's prefetch to {@link LOADS_IN_FLIGHT_WHILE_SCANNING} load in flight, within {@link NEIGHBOURS_WHILE_SCANNING} slices of the one on screen, until `scan` settles. */
export function prefetchBehindScan(scan: Promise<unknown>): void {
  scansRunning += 1;
  const ended = () => {
    scansRunning -= 1;
    if (scansRunning === 0) for (const prefetcher of active) prefetcher.resume();
  };
  scan.then(ended, ended);
}

const MAX_RETIRED_STACKS = 32;
/** Stacks some pane showed before, oldest first: their images go first when room is needed. */
const retiredStacks: string[][] = [];
/** How many panes show each image id now (two panes may show one series); those are never dropped for another pane. */
const shownIds = new Map<string, number>();

function countShown(imageIds: readonly string[], change: 1 | -1): void {
  for (const id of imageIds) {
    const count = (shownIds.get(id) ?? 0) + change;
    if (count > 0) shownIds.set(id, count);
    else shownIds.delete(id);
  }
}

export class StackPrefetcher {
  private imageIds: string[] = [];
  /** Each image id's slice in `imageIds`, for the cache's eviction events. */
  private indexOf = new Map<string, number>();
  private current = 0;
  /** Every slice nearer to `current` than this is cached, loading or failed: where the next search starts. */
  private settled = 0;
  private readonly cached = new Set<number>();
  private readonly inFlight = new Set<number>();
  /** Slices that failed to load: not tried again for this stack (the pane reports the one it shows). */
  private readonly failed = new Set<number>();
  /** Bytes of one decoded slice of this stack, known after the first. */
  private sliceBytes = 0;
  private full = false;

  constructor(private readonly element: HTMLElement) {
    listenForEvictions();
  }

  /** Starts on a new stack from slice `current`; the previous stack's pending loads are dropped. */
  start(imageIds: string[], current: number): void {
    this.retire();
    this.imageIds = imageIds;
    this.indexOf = new Map(imageIds.map((id, index) => [id, index]));
    active.add(this);
    countShown(imageIds, 1);
    this.current = current;
    this.settled = 0;
    this.sliceBytes = 0;
    this.full = false;
    imageIds.forEach((id, index) => {
      if (!cache.isLoaded(id)) return;
      this.cached.add(index);
      this.sliceBytes ||= cache.getImage(id)?.sizeInBytes ?? 0;
    });
    this.pump();
  }

  /** The reader moved to `index`: the next loads start from there. */
  setCurrent(index: number): void {
    if (index === this.current) return;
    this.current = index;
    this.settled = 0;
    this.full = false;
    this.pump();
  }

  stop(): void {
    this.retire();
    this.imageIds = [];
    this.indexOf = new Map();
    active.delete(this);
    setDecoding(this, false);
  }

  /** Fills the loads in flight up to the current pace (a scan ended). */
  resume(): void {
    this.pump();
  }

  /** `imageId` left the cache: its slice, if of this stack, is wanted again (from the next load on). */
  forget(imageId: string): void {
    const index = this.indexOf.get(imageId);
    if (index === undefined || !this.cached.delete(index)) return;
    this.unsettle(index);
  }

  private unsettle(index: number): void {
    this.settled = Math.min(this.settled, sliceDistance(this.imageIds.length, this.current, index));
  }

  private retire(): void {
    if (this.imageIds.length > 0) {
      countShown(this.imageIds, -1);
      retiredStacks.push(this.imageIds);
      // Older ones are left to Cornerstone's own least-recently-used eviction.
      if (retiredStacks.length > MAX_RETIRED_STACKS) retiredStacks.shift();
    }
    this.cached.clear();
    this.inFlight.clear();
    this.failed.clear();
  }

  private pump(): void {
    // One load until a slice's size is known: the cache limit is kept for the loads in flight too.
    const pace = !this.sliceBytes ? 1 : scansRunning > 0 ? LOADS_IN_FLIGHT_WHILE_SCANNING : LOADS_IN_FLIGHT;
    while (!this.full && this.inFlight.size < pace) {
      const next = this.nextSlice();
      if (next === undefined) break;
      if (scansRunning > 0 && sliceDistance(this.imageIds.length, this.current, next) > NEIGHBOURS_WHILE_SCANNING) break;
      if (!this.makeRoomFor(next)) {
        this.full = true;
        break;
      }
      this.load(next);
    }
    this.publish();
  }

  private nextSlice(): number | undefined {
    const count = this.imageIds.length;
    const next = nearestWanted(count, this.current, (index) => {
      if (this.cached.has(index) || this.inFlight.has(index) || this.failed.has(index)) return false;
      // Loaded meanwhile by the pane itself (the slice on screen) or by another pane on the same stack.
      if (cache.isLoaded(this.imageIds[index]!)) {
        this.cached.add(index);
        return false;
      }
      return true;
    }, this.settled);
    this.settled = next === undefined ? count : sliceDistance(count, this.current, next);
    return next;
  }

  private load(index: number): void {
    const imageIds = this.imageIds;
    const imageId = imageIds[index]!;
    this.inFlight.add(index);
    imageLoader
      .loadAndCacheImage(imageId, { priority: 0, requestType: Enums.RequestType.Prefetch })
      .then(
        (image) => {
          if (this.imageIds !== imageIds) return;
          this.sliceBytes ||= image.sizeInBytes;
          if (cache.isLoaded(imageId)) this.cached.add(index);
        },
        () => {
          if (this.imageIds === imageIds) this.failed.add(index);
        },
      )
      .finally(() => {
        if (this.imageIds !== imageIds) return;
        this.inFlight.delete(index);
        // Loaded yet not kept (the cache refused or dropped it at once): wanted again.
        if (!this.cached.has(index) && !this.failed.has(index)) this.unsettle(index);
        this.pump();
      });
  }

  /** Frees cache space for slice `candidate` and the loads in flight; false when only nearer slices could be dropped. */
  private makeRoomFor(candidate: number): boolean {
    const needed = this.sliceBytes * (this.inFlight.size + 1);
    while (cache.getCacheSize() + needed > cache.getMaxCacheSize()) {
      if (dropRetiredImage()) continue;
      const farthest = farthestToEvict(this.cached, this.current, candidate);
      if (farthest === undefined) return false;
      this.cached.delete(farthest);
      removeFromCache(this.imageIds[farthest]!);
    }
    return true;
  }

  private publish(): void {
    this.element.dataset.cachedSlices = String(this.cached.size);
    const done = this.inFlight.size === 0 && (this.full || this.nextSlice() === undefined);
    this.element.dataset.prefetch = done ? 'done' : 'running';
    setDecoding(this, !done);
  }
}

function removeFromCache(imageId: string): void {
  if (cache.getImageLoadObject(imageId)) cache.removeImageLoadObject(imageId, { force: true });
}

/** Drops one decoded image of a stack no pane shows; false when there is none left. */
function dropRetiredImage(): boolean {
  while (retiredStacks.length > 0) {
    const imageId = retiredStacks[0]!.find((id) => !shownIds.has(id) && cache.isLoaded(id));
    if (imageId) {
      removeFromCache(imageId);
      return true;
    }
    retiredStacks.shift();
  }
  return false;
}
