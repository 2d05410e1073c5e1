import { buildIndex, type DicomIndex, type ScannedInstance, type Stack } from '../dicom';
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

const indexOf = memoOne((instances: ScannedInstance[]) => buildIndex(instances));

const withOverrides = memoOne(({ index, overrides }: { index: DicomIndex; overrides: AppState['phaseOverrides'] }) => {
  if (Object.keys(overrides).length === 0) return index;
  return {
    ...index,
    patients: index.patients.map((patient) => ({
      ...patient,
      studies: patient.studies.map((study) => ({
        ...study,
        series: study.series.map((series) => ({
          ...series,
          stacks: series.stacks.map((stack) => {
            const phase = overrides[stack.stackId];
            return phase ? { ...stack, phase: { phase, evidence: 'none' as const, source: 'set by the reader' } } : stack;
          }),
        })),
      })),
    })),
  };
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
