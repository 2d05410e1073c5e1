import { beforeEach, describe, expect, it } from 'vitest';
import type { Assessment, Measurement } from '../core';
import { createAppStore, type AppStore } from './createAppStore';
import { selectEvaluation, selectTimepointLabels } from './assessmentSelectors';

const TIMEPOINTS = [
  { id: '2026-01-12', date: '2026-01-12', studyInstanceUid: 'bl' },
  { id: '2026-02-23', date: '2026-02-23', studyInstanceUid: 'fu1' },
];

function emptyAssessment(): Assessment {
  return { format: 'tumor-response-assessment', version: 1, criteria: 'mRECIST', timepoints: TIMEPOINTS, lesions: [] };
}

function caliper(id: string, lesionId: string, timepointId: string, lengthMm: number, phase = 'arterial'): Measurement {
  return {
    id,
    lesionId,
    timepointId,
    kind: 'viable',
    pointsMm: [
      [0, 0, 10],
      [lengthMm, 0, 10],
    ],
    image: { studyInstanceUid: 'bl', seriesInstanceUid: 's', sopInstanceUid: 'i', frameIndex: 0, phase, calibrated: true },
  };
}

let store: AppStore;
beforeEach(() => {
  store = createAppStore();
  store.getState().openAssessment('VIABLE-DEMO-001', emptyAssessment());
});

describe('lesions', () => {
  it('numbers new lesions by role and makes the new one active', () => {
    const { addLesion } = store.getState();
    expect(addLesion('target')).toBe('T1');
    expect(addLesion('target', { location: 'VI' })).toBe('T2');
    expect(addLesion('non-target')).toBe('NT1');
    expect(addLesion('new')).toBe('N1');
    const state = store.getState();
    expect(state.activeLesionId).toBe('N1');
    expect(state.assessment!.lesions.map((l) => [l.id, l.role, l.organ, l.location])).toEqual([
      ['T1', 'target', 'liver', undefined],
      ['T2', 'target', 'liver', 'VI'],
      ['NT1', 'non-target', 'liver', undefined],
      ['N1', 'new', 'liver', undefined],
    ]);
  });

  it("activating another lesion unselects the caliper of the one before (only the active lesion's may be highlighted)", () => {
    const state = store.getState();
    state.addLesion('target');
    state.addLesion('target');
    state.upsertMeasurement(caliper('m1', 'T1', '2026-01-12', 40));
    store.getState().selectMeasurement('m1');
    expect(store.getState().activeLesionId).toBe('T1');
    store.getState().setActiveLesion('T1');
    expect(store.getState().selectedMeasurementId).toBe('m1');
    store.getState().setActiveLesion('T2');
    expect(store.getState().selectedMeasurementId).toBeNull();
  });

  it('reuses the lowest free number after a delete', () => {
    const { addLesion, deleteLesion } = store.getState();
    addLesion('target');
    addLesion('target');
    deleteLesion('T1');
    expect(store.getState().addLesion('target')).toBe('T1');
  });

  it('renames a lesion and carries its calipers, refusing a duplicate name', () => {
    const state = store.getState();
    state.addLesion('target');
    state.addLesion('target');
    state.upsertMeasurement(caliper('m1', 'T1', '2026-01-12', 40));
    store.getState().updateLesion('T1', { id: 'Seg8', location: 'VIII' });
    expect(store.getState().measurements.m1!.lesionId).toBe('Seg8');
    expect(store.getState().activeLesionId).toBe('T2');
    expect(() => store.getState().updateLesion('Seg8', { id: 'T2' })).toThrow(/already exists/);
  });

  it('deletes a lesion with its calipers and reorders lesions', () => {
    const state = store.getState();
    state.addLesion('target');
    state.addLesion('target');
    state.addLesion('non-target');
    state.upsertMeasurement(caliper('m1', 'T1', '2026-01-12', 40));
    store.getState().moveLesion('NT1', -1);
    expect(store.getState().assessment!.lesions.map((l) => l.id)).toEqual(['T1', 'NT1', 'T2']);
    store.getState().moveLesion('T1', -1); // already first: no change
    store.getState().deleteLesion('T1');
    expect(store.getState().measurements).toEqual({});
    expect(store.getState().assessment!.lesions.map((l) => l.id)).toEqual(['NT1', 'T2']);
  });

  it('merges finding fields and drops empty findings', () => {
    store.getState().addLesion('non-target');
    store.getState().setFinding('NT1', '2026-01-12', { status: 'present' });
    expect(store.getState().assessment!.lesions[0]!.findings).toEqual({ '2026-01-12': { status: 'present' } });
    store.getState().setFinding('NT1', '2026-01-12', { status: undefined });
    expect(store.getState().assessment!.lesions[0]!.findings).toEqual({});
  });
});

describe('undo and redo', () => {
  it('steps back and forth through measurement edits', () => {
    store.getState().addLesion('target');
    store.getState().upsertMeasurement(caliper('m1', 'T1', '2026-01-12', 40));
    store.getState().upsertMeasurement(caliper('m1', 'T1', '2026-01-12', 42));
    store.getState().undo();
    expect(store.getState().measurements.m1!.pointsMm[1]![0]).toBe(40);
    store.getState().undo();
    expect(store.getState().measurements).toEqual({});
    store.getState().redo();
    store.getState().redo();
    expect(store.getState().measurements.m1!.pointsMm[1]![0]).toBe(42);
  });

  it('forgets the redo branch after a new edit, and opening an assessment clears history', () => {
    store.getState().addLesion('target');
    store.getState().undo();
    store.getState().addLesion('non-target');
    expect(store.getState().redoStack).toEqual([]);
    store.getState().openAssessment('other', emptyAssessment());
    expect(store.getState().undoStack).toEqual([]);
  });
});

describe('timepoints and baseline', () => {
  it('labels timepoints and follows a baseline change', () => {
    expect(selectTimepointLabels(store.getState())).toEqual({ '2026-01-12': 'Baseline', '2026-02-23': 'FU1 +42 d' });
    store.getState().setBaseline('2026-02-23');
    expect(selectTimepointLabels(store.getState())['2026-01-12']).toBe('Prior \u221242 d');
  });

  it('drops a baseline whose timepoint is gone', () => {
    store.getState().setBaseline('2026-02-23');
    store.getState().setTimepoints([TIMEPOINTS[0]!], { forceIncluded: [], forceExcluded: ['fu1'] });
    expect(store.getState().assessment!.baseline).toBeUndefined();
    expect(store.getState().studyChoices.forceExcluded).toEqual(['fu1']);
  });
});

describe('selectEvaluation', () => {
  it('evaluates calipers live under mRECIST and RECIST 1.1 from the same reads', () => {
    const state = store.getState();
    state.addLesion('target');
    state.upsertMeasurement(caliper('a', 'T1', '2026-01-12', 40));
    state.upsertMeasurement(caliper('b', 'T1', '2026-02-23', 28));
    store.getState().setFinding('T1', '2026-01-12', { longestDiameterMm: 40 });
    store.getState().setFinding('T1', '2026-02-23', { longestDiameterMm: 39 });
    const mrecist = selectEvaluation(store.getState());
    expect(mrecist).toMatchObject({ ok: true, result: { timepoints: [{ targetSum: 28, targetResponse: 'PR', overallResponse: 'PR' }] } });
    const recist = selectEvaluation(store.getState(), 'RECIST1.1');
    expect(recist).toMatchObject({ ok: true, result: { timepoints: [{ targetSum: 39, targetResponse: 'SD' }] } });
    expect(selectEvaluation(store.getState())).toBe(mrecist); // memoised while nothing changed
  });

  it('reports why an assessment cannot be evaluated instead of throwing', () => {
    store.getState().addLesion('new');
    store.getState().setFinding('N1', '2026-02-23', { status: 'too-small' });
    const evaluation = selectEvaluation(store.getState());
    expect(evaluation).toMatchObject({ ok: false, problems: [{ path: ['lesions', 0, 'findings', '2026-02-23', 'status'], code: 'statusForRole', params: { role: 'new' } }] });
  });

  it('passes caliper notes through (off-phase viable diameter, not counted)', () => {
    store.getState().addLesion('target');
    store.getState().upsertMeasurement(caliper('a', 'T1', '2026-01-12', 40, 'portal-venous'));
    expect(selectEvaluation(store.getState())!.notes[0]).toMatchObject({ code: 'not-arterial', phase: 'portal-venous', counted: false });
  });
});

describe('left-out timepoints', () => {
  it('keeps their findings and calipers in the store but out of the evaluation', () => {
    store.getState().addLesion('target');
    store.getState().upsertMeasurement(caliper('a', 'T1', '2026-01-12', 40));
    store.getState().upsertMeasurement(caliper('b', 'T1', '2026-02-23', 20));
    store.getState().setFinding('T1', '2026-02-23', { status: 'not-evaluable' });
    store.getState().setTimepoints([TIMEPOINTS[0]!], { forceIncluded: [], forceExcluded: ['fu1'] });
    const evaluation = selectEvaluation(store.getState());
    expect(evaluation).toMatchObject({ ok: true, notes: [], result: { baseline: { targetSum: 40 }, timepoints: [] } });
    expect(Object.keys(store.getState().measurements)).toEqual(['a', 'b']);
  });
});

describe('caliper drags', () => {
  it('make one undo step per drag, and a no-op edit records nothing', () => {
    store.getState().addLesion('target');
    store.getState().upsertMeasurement(caliper('m1', 'T1', '2026-01-12', 40));
    const steps = store.getState().undoStack.length;
    for (const length of [41, 42, 43]) store.getState().upsertMeasurement(caliper('m1', 'T1', '2026-01-12', length), { mergeWithPrevious: true });
    expect(store.getState().undoStack.length).toBe(steps + 1);
    store.getState().removeMeasurement('not-there');
    expect(store.getState().undoStack.length).toBe(steps + 1);
    store.getState().undo();
    expect(store.getState().measurements.m1!.pointsMm[1]![0]).toBe(40);
  });

  it('keep two drags of the same caliper apart: 10 → 20 → 30 mm, one undo gives 20', () => {
    store.getState().addLesion('target');
    store.getState().upsertMeasurement(caliper('m1', 'T1', '2026-01-12', 10));
    const drag = (lengths: number[]) => {
      for (const length of lengths) store.getState().upsertMeasurement(caliper('m1', 'T1', '2026-01-12', length), { mergeWithPrevious: true });
      store.getState().endMergedEdits();
    };
    drag([14, 18, 20]);
    drag([24, 27, 30]);
    const length = () => store.getState().measurements.m1!.pointsMm[1]![0];
    expect(length()).toBe(30);
    store.getState().undo();
    expect(length()).toBe(20);
    store.getState().undo();
    expect(length()).toBe(10);
    store.getState().redo();
    store.getState().redo();
    expect(length()).toBe(30);
  });
});
