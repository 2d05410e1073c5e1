/**
 * What the reader can decide about a caliper after it was filed: merge it into
 * another lesion as a fragment, let it replace that lesion's caliper, or count a
 * viable caliper whose series is not classified arterial. Each is one undo step and
 * ends the notice that offered it.
 */
import type { Assessment, Measurement, NoticeAction } from '../core';
import { nextLesionId, type AppStore, type ReadingEdit } from '../store';

/** The lesion a caliper leaves, dropped when it was created for that caliper alone (nothing else recorded on it). */
function withoutEmptyLesion(assessment: Assessment, measurements: Record<string, Measurement>, lesionId: string): Assessment {
  const lesion = assessment.lesions.find((l) => l.id === lesionId);
  const used = Object.values(measurements).some((m) => m.lesionId === lesionId) || Object.keys(lesion?.findings ?? {}).length > 0;
  return used || !lesion ? assessment : { ...assessment, lesions: assessment.lesions.filter((l) => l.id !== lesionId) };
}

/** Moves caliper `measurementId` under `lesionId`; `replace` drops that lesion's calipers of the same kind and timepoint first. */
function moveCaliper(store: AppStore, measurementId: string, lesionId: string, mode: 'fragment' | 'replace'): void {
  store.getState().editReading(({ assessment, measurements }): ReadingEdit => {
    const moving = measurements[measurementId];
    if (!moving || !assessment || !assessment.lesions.some((l) => l.id === lesionId)) return {};
    const sameFinding = (m: Measurement) => m.lesionId === lesionId && m.timepointId === moving.timepointId && m.kind === moving.kind;
    const kept = Object.fromEntries(Object.entries(measurements).filter(([id, m]) => id !== measurementId && !(mode === 'replace' && sameFinding(m))));
    const moved: Measurement = { ...moving, lesionId };
    if (mode === 'fragment') moved.fragment = true;
    else delete moved.fragment;
    const next = { ...kept, [measurementId]: moved };
    return {
      assessment: withoutEmptyLesion(assessment, next, moving.lesionId),
      measurements: next,
      activeLesionId: lesionId,
      selectedMeasurementId: measurementId,
    };
  });
  store.getState().notify(null);
}

/** Files a caliper under `lesionId` as one more fragment of a split lesion (its calipers of that kind are summed). */
export function mergeAsFragment(store: AppStore, measurementId: string, lesionId: string): void {
  moveCaliper(store, measurementId, lesionId, 'fragment');
}

/** Files a caliper under `lesionId` in place of that lesion's caliper(s) of the same kind at that timepoint. */
export function replaceCaliper(store: AppStore, measurementId: string, lesionId: string): void {
  moveCaliper(store, measurementId, lesionId, 'replace');
}

/** Takes a caliper out of its fragment group again; it then competes with the others until the reader decides. */
export function unmarkFragment(store: AppStore, measurementId: string): void {
  store.getState().editReading(({ measurements }) => {
    const caliper = measurements[measurementId];
    if (!caliper?.fragment) return {};
    const { fragment: _dropped, ...rest } = caliper;
    return { measurements: { ...measurements, [measurementId]: rest } };
  });
}

/** The reader states that the image of a viable caliper is arterial phase, so mRECIST and EASL count it (or takes that back). */
export function confirmCaliperPhase(store: AppStore, measurementId: string, confirmed = true): void {
  store.getState().editReading(({ measurements }) => {
    const caliper = measurements[measurementId];
    if (!caliper || Boolean(caliper.phaseConfirmed) === confirmed) return {};
    const { phaseConfirmed: _previous, ...rest } = caliper;
    return { measurements: { ...measurements, [measurementId]: confirmed ? { ...rest, phaseConfirmed: true } : rest } };
  });
  store.getState().notify(null);
}

/** Undo and redo; a notice about the edit they take back or bring again would be stale. */
export function undoEdit(store: AppStore): void {
  store.getState().undo();
  store.getState().notify(null);
}

export function redoEdit(store: AppStore): void {
  store.getState().redo();
  store.getState().notify(null);
}

/** Runs the action a notice's button stands for. */
export function runNoticeAction(store: AppStore, action: NoticeAction): void {
  switch (action.kind) {
    case 'undo':
      return undoEdit(store);
    case 'merge-fragment':
      return mergeAsFragment(store, action.measurementId, action.lesionId);
    case 'replace-caliper':
      return replaceCaliper(store, action.measurementId, action.lesionId);
    case 'confirm-phase':
      return confirmCaliperPhase(store, action.measurementId);
  }
}

/** Moves a caliper filed under the wrong lesion to a new target of its own. */
export function moveToNewTarget(store: AppStore, measurementId: string): void {
  store.getState().editReading(({ assessment, measurements }) => {
    const caliper = measurements[measurementId];
    if (!caliper || !assessment) return {};
    const lesionId = nextLesionId(assessment, 'target');
    const { fragment: _none, ...moved } = caliper;
    const next = { ...measurements, [measurementId]: { ...moved, lesionId } };
    const withTarget: Assessment = { ...assessment, lesions: [...assessment.lesions, { id: lesionId, role: 'target', organ: 'liver', kind: 'parenchymal', findings: {} }] };
    return { assessment: withoutEmptyLesion(withTarget, next, caliper.lesionId), measurements: next, activeLesionId: lesionId, selectedMeasurementId: measurementId };
  });
  store.getState().notify(null);
}
