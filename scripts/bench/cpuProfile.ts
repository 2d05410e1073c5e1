// The page's main-thread CPU profile (CDP Profiler, V8's sampling profiler) on the page's
// own clock, and a frame locator that maps the production bundle's frames back to the
// sources through the build's hidden source maps (serveApp builds with them).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { SourceMapConsumer } from 'source-map-js';
import type { LocateFrame, ProfileFrame, ProfileSample, SourcePlace } from './taskAttribution.ts';

/** Sampling interval, µs: fine enough to split a 100 ms task, coarse enough to cost the page little. */
const SAMPLING_INTERVAL_US = 500;
/** How long the clock marker runs, ms: several samples land in it whatever the sampling jitter. */
const CLOCK_MARK_MS = 5;
const CLOCK_MARK_FUNCTION = 'benchProfileClockMark';

interface CdpProfile {
  nodes: Array<{ id: number; callFrame: ProfileFrame; children?: number[] }>;
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * Runs a function of known name on the page for {@link CLOCK_MARK_MS} and returns the page
 * time at its middle: its samples in the profile give the profile's time at the same moment.
 */
function markClock(page: Page): Promise<number> {
  // A script, not a function handed to evaluate: V8's profiler names a function only by its declaration.
  return page.evaluate(`(function ${CLOCK_MARK_FUNCTION}() {
    const started = performance.now();
    while (performance.now() - started < ${CLOCK_MARK_MS}) {}
    return (started + performance.now()) / 2;
  })()`) as Promise<number>;
}

export interface RunningProfile {
  /** Stops profiling; the samples carry page-clock times. */
  stop(): Promise<ProfileSample[]>;
}

export async function startCpuProfile(page: Page, cdp: CDPSession): Promise<RunningProfile> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await cdp.send('Profiler.start');
  const markedAt = await markClock(page);
  return {
    async stop() {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CdpProfile };
      await cdp.send('Profiler.disable');
      return samplesOnPageClock(profile, markedAt);
    },
  };
}

/** The profile's samples with their stacks, shifted so that the clock marker's middle sample falls at `markedAt`. */
function samplesOnPageClock(profile: CdpProfile, markedAt: number): ProfileSample[] {
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const frameOf = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const stackOf = (id: number): ProfileFrame[] => {
    const stack: ProfileFrame[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const frame = frameOf.get(at)!;
      if (frame.functionName !== '(root)') stack.push(frame);
    }
    return stack;
  };
  const ids = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const timesUs: number[] = [];
  let time = profile.startTime;
  for (const delta of deltas) timesUs.push((time += delta));
  const markerTimes = ids.flatMap((id, i) => (stackOf(id).some((f) => f.functionName === CLOCK_MARK_FUNCTION) ? [timesUs[i]!] : []));
  if (markerTimes.length === 0) throw new Error('CPU profile: the clock marker was not sampled; cannot align the profile with the page clock');
  const markerUs = (markerTimes[0]! + markerTimes.at(-1)!) / 2;
  const offsetMs = markedAt - markerUs / 1000;
  return ids.map((id, i) => ({
    at: timesUs[i]! / 1000 + offsetMs,
    durationMs: ((timesUs[i + 1] ?? timesUs[i]!) - timesUs[i]!) / 1000,
    stack: stackOf(id),
  }));
}

/** `../../src/x.ts` or `../node_modules/.pnpm/…/node_modules/react-dom/…` as `src/x.ts` or `node_modules/react-dom/…`. */
function normaliseSource(source: string): string {
  const ownAt = source.lastIndexOf('/src/');
  const libraryAt = source.lastIndexOf('node_modules/');
  if (libraryAt >= 0) return source.slice(libraryAt);
  if (ownAt >= 0) return source.slice(ownAt + 1);
  return source.replace(/^(\.\.\/)+/, '');
}

/**
 * Maps a frame of a script served from `outDir` to its source through `<script>.map`
 * beside it (Vite's `sourcemap: 'hidden'`); undefined for frames of other scripts or
 * when the build has no maps.
 */
export function sourceMapLocator(outDir: string): LocateFrame {
  const consumers = new Map<string, SourceMapConsumer | undefined>();
  const consumerOf = (url: string) => {
    const file = path.join(outDir, new URL(url).pathname);
    if (!consumers.has(file)) {
      const mapFile = `${file}.map`;
      consumers.set(file, existsSync(mapFile) ? new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8'))) : undefined);
    }
    return consumers.get(file);
  };
  const cache = new Map<string, SourcePlace | undefined>();
  return (frame) => {
    if (!/^https?:/.test(frame.url)) return undefined;
    const key = `${frame.url}:${frame.lineNumber}:${frame.columnNumber}`;
    if (!cache.has(key)) {
      const original = consumerOf(frame.url)?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
      cache.set(key, original?.source ? { source: normaliseSource(original.source), line: original.line, ...(original.name && { name: original.name }) } : undefined);
    }
    return cache.get(key);
  };
}
