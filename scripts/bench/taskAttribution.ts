// Who spent a long task's time: the samples of a CPU profile (V8's sampling profiler,
// through CDP) that fall inside the task, each charged to its owner, summed and ranked.
// The owner of a sample is the deepest frame of Viable's own source (src/…) on its stack,
// so that a library's time counts for the app code that called it; a sample with none
// (React's reconciler between components, the browser's own work) is charged to the
// library of its top frame or to V8's pseudo-frame ("(garbage collector)", "(program)":
// native work outside JavaScript, e.g. style, layout, paint, task scheduling).
import type { LongTask } from './longTasks.ts';

/** One frame of a profile node, as CDP's Profiler reports it (0-based line and column). */
export interface ProfileFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

/** One sample: when (ms on the page's clock), how long until the next, and its stack, innermost frame first. */
export interface ProfileSample {
  at: number;
  durationMs: number;
  stack: readonly ProfileFrame[];
}

/** Where a frame comes from in the sources: `src/dicom/growingIndex.ts:88` or a package name; undefined when unknown. */
export interface SourcePlace {
  /** A path under src/, or `node_modules/<package>`. */
  source: string;
  line: number;
  /** The original function name when the source map has it. */
  name?: string;
}

export type LocateFrame = (frame: ProfileFrame) => SourcePlace | undefined;

export interface Contributor {
  /** e.g. "src/dicom/growingIndex.ts:88 patientNodeOf", "react-dom", "(garbage collector)". */
  owner: string;
  ms: number;
}

export interface AttributedTask {
  start: number;
  durationMs: number;
  /** Sampled time inside the task (≤ its duration: samples are coarse and the profiler misses native-only stretches). */
  sampledMs: number;
  /** Owners by time spent, largest first. */
  contributors: Contributor[];
}

const OWN_SOURCE = /^src\//;

/** The package of a `node_modules/…` path (scoped packages keep their scope). */
export function packageOf(source: string): string | undefined {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  return match?.[1];
}

function ownerOf(stack: readonly ProfileFrame[], locate: LocateFrame): string {
  for (const frame of stack) {
    const place = locate(frame);
    if (place && OWN_SOURCE.test(place.source)) {
      const name = place.name ?? frame.functionName;
      return `${place.source}:${place.line}${name ? ` ${name}` : ''}`;
    }
  }
  const top = stack[0];
  if (!top) return '(no stack)';
  if (!top.url) return top.functionName || '(anonymous native)';
  const place = locate(top);
  const library = place && packageOf(place.source);
  if (library) return library;
  return place ? `${place.source}:${place.line}` : `${top.url.replace(/^.*\//, '')}:${top.lineNumber + 1} ${top.functionName}`;
}

/** Each long task with the owners of its sampled time, largest first; `locate` maps bundle frames back to sources. */
export function attributeLongTasks(tasks: readonly LongTask[], samples: readonly ProfileSample[], locate: LocateFrame): AttributedTask[] {
  const byStart = [...samples].sort((a, b) => a.at - b.at);
  return tasks.map(([start, durationMs]) => {
    const end = start + durationMs;
    const spent = new Map<string, number>();
    let sampledMs = 0;
    for (const sample of byStart) {
      if (sample.at < start) continue;
      if (sample.at >= end) break;
      // "(idle)" samples inside a task are the thread waiting (e.g. on a synchronous IPC), charged as such.
      const owner = ownerOf(sample.stack, locate);
      const ms = Math.min(sample.durationMs, end - sample.at);
      spent.set(owner, (spent.get(owner) ?? 0) + ms);
      sampledMs += ms;
    }
    const contributors = [...spent].map(([owner, ms]) => ({ owner, ms })).sort((a, b) => b.ms - a.ms);
    return { start, durationMs, sampledMs, contributors };
  });
}

/** One line per task: its start (ms after `origin`), duration and the `top` largest owners. */
export function formatAttributedTasks(tasks: readonly AttributedTask[], origin: number, top = 5): string[] {
  return tasks.map((task) => {
    const owners = task.contributors.slice(0, top).map((c) => `${c.ms.toFixed(0)} ms ${c.owner}`);
    return `  task at +${(task.start - origin).toFixed(0)} ms, ${task.durationMs.toFixed(0)} ms (sampled ${task.sampledMs.toFixed(0)}): ${owners.join('; ')}`;
  });
}
