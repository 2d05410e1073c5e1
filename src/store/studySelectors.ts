import { GrowingIndex, type DicomIndex, type ScannedInstance, type Stack } from '../dicom';
import type { AppState } from './createAppStore';

/** Memoises `fn` on the identity of its single argument (enough for store selectors). */
function memoOne<A, R>(fn: (a: A) => R): (a: A) => R {
  let lastArg: A | undefined;
  let lastResult: R | undefined;
  let hasResult = false;
  return (a) => {
    if (!hasResult || a !== lastArg) {
      lastArg = a;
      lastResult = fn(a);
      hasResult = true;
    }
    return lastResult as R;
  };
}

/** Whether `next` is `previous` with more instances appended (the same objects, compared by identity). */
function isAppendedTo(previous: readonly ScannedInstance[], next: readonly ScannedInstance[]): boolean {
  if (next.length < previous.length) return false;
  for (let i = 0; i < previous.length; i += 1) if (next[i] !== previous[i]) return false;
  return true;
}

/** Whether the reader has images open (a rehearsal's, see actions/rehearseFirstPick, are not the reader's). */
export const selectImagesOpen = (state: AppState): boolean => state.instances.length > 0 && state.rehearsal !== 'running';

let indexed: { instances: ScannedInstance[]; growing: GrowingIndex } | undefined;

/**
 * The index of `instances`. A running scan appends a batch at a time, so the last
 * index grows by that batch only (comparing the arrays costs microseconds, rebuilding
 * 10,000 headers a fifth of a second); any other change (the scan's final, ordered
 * result, a cancelled scan, another store in tests) builds anew, reusing every series
 * whose instances did not change.
 */
function indexOf(instances: ScannedInstance[]): DicomIndex {
  if (indexed?.instances !== instances) {
    const previous = indexed;
    indexed =
      previous && isAppendedTo(previous.instances, instances)
        ? { instances, growing: previous.growing.add(instances.slice(previous.instances.length)) }
        : { instances, growing: new GrowingIndex(previous?.growing).add(instances) };
  }
  return indexed.growing.index;
}

/** `items.map(fn)`, or `items` itself when `fn` returned every item unchanged. */
function mapKeepingIdentity<T>(items: T[], fn: (item: T) => T): T[] {
  const mapped = items.map(fn);
  return mapped.every((item, i) => item === items[i]) ? items : mapped;
}

/** `node` with `key` replaced, or `node` itself when the new value is the same object. */
function withChild<N, K extends keyof N>(node: N, key: K, value: N[K]): N {
  return node[key] === value ? node : { ...node, [key]: value };
}

// Nodes holding no corrected stack keep their identity, so that the study browser redraws only the corrected rows.
const withOverrides = memoOne(({ index, overrides }: { index: DicomIndex; overrides: AppState['phaseOverrides'] }) => {
  if (Object.keys(overrides).length === 0) return index;
  const corrected = (stack: Stack): Stack => {
    const phase = overrides[stack.stackId];
    return phase ? { ...stack, phase: { phase, evidence: 'none' as const, source: { code: 'set-by-reader' as const } } } : stack;
  };
  return withChild(
    index,
    'patients',
    mapKeepingIdentity(index.patients, (patient) =>
      withChild(
        patient,
        'studies',
        mapKeepingIdentity(patient.studies, (study) =>
          withChild(study, 'series', mapKeepingIdentity(study.series, (series) => withChild(series, 'stacks', mapKeepingIdentity(series.stacks, corrected)))),
        ),
      ),
    ),
  );
});

let lastOverridesInput: { index: DicomIndex; overrides: AppState['phaseOverrides'] } | undefined;

/** The patient → study → series → stack tree of everything open, with the reader's phase corrections. */
export function selectIndex(state: AppState): DicomIndex {
  const index = indexOf(state.instances);
  if (!lastOverridesInput || lastOverridesInput.index !== index || lastOverridesInput.overrides !== state.phaseOverrides) {
    lastOverridesInput = { index, overrides: state.phaseOverrides };
  }
  return withOverrides(lastOverridesInput);
}

/** A stack with the study and series it belongs to, found by id. */
export interface StackContext {
  stack: Stack;
  series: DicomIndex['patients'][number]['studies'][number]['series'][number];
  study: DicomIndex['patients'][number]['studies'][number];
  patient: DicomIndex['patients'][number];
}

/** Finds a stack and its parents in the index, or undefined. */
export function findStack(index: DicomIndex, stackId: string): StackContext | undefined {
  for (const patient of index.patients) {
    for (const study of patient.studies) {
      for (const series of study.series) {
        const stack = series.stacks.find((s) => s.stackId === stackId);
        if (stack) return { stack, series, study, patient };
      }
    }
  }
  return undefined;
}
