import type { ScannedInstance } from '../dicom';
import type { AppStore } from '../store';
import { markFirstImagePhase } from '../viewer';
import { firstStackToShow } from './firstStackToShow';

/**
 * Least time between two additions to the index while a scan runs: each one
 * rebuilds the series it grew, re-renders their rows of the study browser and
 * grows the stack on screen, on the page's thread that the scan waits on: 1000
 * uncompressed slices scanned at 337 files/s with a second between bursts against
 * 262–283 with a quarter (bench runs of the same hour). Half a second keeps the study
 * browser lively.
 */
export const MIN_FLUSH_INTERVAL_MS = 500;
/**
 * Flushes are spaced at least this many times their own cost apart, so that a
 * folder of long series, whose growing series take longer to rebuild, still leaves
 * the main thread free at least nine tenths of the time.
 */
const FLUSH_COST_FACTOR = 10;

/** Feeds a running scan's findings into the store; see {@link createScanFeed}. */
export interface ScanFeed {
  /** Queues images found by one batch (their files already registered with the viewer). */
  add(instances: ScannedInstance[]): void;
  /** Ends the feed: nothing queued reaches the store afterwards. */
  stop(): void;
  /** The stack shown in the first pane because the scan found it first, if any. */
  readonly provisionalStackId: string | undefined;
}

/**
 * Adds a scan's images to the index while the scan runs, in bursts: the first at
 * once (in the task that adds it), so that the first image appears as soon as one batch of headers is in; the
 * next ones spaced by {@link MIN_FLUSH_INTERVAL_MS} or ten times the last burst's
 * cost, whichever is longer. When no pane shows anything yet, the first burst puts
 * the stack {@link firstStackToShow} picks from what is indexed so far in pane 1.
 */
export function createScanFeed(store: AppStore): ScanFeed {
  let pending: ScannedInstance[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastFlushAt = -Infinity;
  let lastFlushCostMs = 0;
  let stopped = false;
  let provisionalStackId: string | undefined;

  function flush(): void {
    timer = undefined;
    if (stopped || pending.length === 0) return;
    const started = performance.now();
    const state = store.getState();
    state.scanFound(pending);
    pending = [];
    if (store.getState().viewportStackIds.every((id) => id === null)) {
      provisionalStackId = firstStackToShow(store.getState());
      if (provisionalStackId) {
        markFirstImagePhase('first-stack');
        state.showStack(0, provisionalStackId);
      }
    }
    lastFlushAt = performance.now();
    lastFlushCostMs = lastFlushAt - started;
  }

  return {
    add(instances) {
      if (stopped || instances.length === 0) return;
      pending.push(...instances);
      // The first burst goes in this task: a timer's hop waited behind the page's rendering (of the
      // progress the same batch reported), 10–80 ms between the first header and the first stack.
      if (lastFlushAt === -Infinity) return flush();
      if (timer !== undefined) return;
      const gapMs = Math.max(MIN_FLUSH_INTERVAL_MS, FLUSH_COST_FACTOR * lastFlushCostMs);
      timer = setTimeout(flush, Math.max(0, lastFlushAt + gapMs - performance.now()));
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      pending = [];
    },
    get provisionalStackId() {
      return provisionalStackId;
    },
  };
}
