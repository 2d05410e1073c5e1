import { beforeEach, describe, expect, it } from 'vitest';
import type { Assessment, Measurement } from '../core';
import { createAppStore, selectEvaluation, selectTimepointLabels, type AppStore } from '../store';
import { noticeText } from '../text';
import { confirmCaliperPhase, mergeAsFragment, moveToNewTarget, replaceCaliper, runNoticeAction, undoEdit, unmarkFragment } from './caliperChoices';
import { deleteLesion } from './deleteLesion';

const BL = '2026-01-12';
const FU = '2026-02-23';

function assessment(): Assessment {
  return {
    format: 'tumor-response-assessment',
    version: 1,
    criteria: 'mRECIST',
    timepoints: [
      { id: BL, date: BL, studyInstanceUid: 'bl' },
      { id: FU, date: FU, studyInstanceUid: 'fu' },
    ],
    lesions: [
      { id: 'T1', role: 'target', organ: 'liver', findings: {} },
      // What fileCaliper makes of a second caliper drawn on T1: a target of its own.
      { id: 'T2', role: 'target', organ: 'liver', findings: {} },
    ],
  };
}

function caliper(id: string, lesionId: string, timepointId: string, lengthMm: number, phase = 'arterial'): Measurement {
  return {
    id,
    lesionId,
    timepointId,
    kind: 'viable',
    pointsMm: [[0, 0, 0], [lengthMm, 0, 0]],
    image: { studyInstanceUid: 'bl', seriesInstanceUid: 's', sopInstanceUid: 'i', frameIndex: 0, phase, calibrated: true },
  };
}

let store: AppStore;
beforeEach(() => {
  store = createAppStore();
  store.getState().openAssessment('P', assessment(), {
    a: caliper('a', 'T1', BL, 21),
    b: caliper('b', 'T2', BL, 7),
  });
  store.getState().notify({ messages: [{ code: 'caliper-became-new-lesion', lesionId: 'T1', kind: 'viable', timepointId: BL, newLesionId: 'T2', role: 'target' }], actions: [{ kind: 'merge-fragment', measurementId: 'b', lesionId: 'T1' }] });
});

const baselineSum = () => {
  const evaluation = selectEvaluation(store.getState());
  return evaluation?.ok ? evaluation.result.baseline.targetSum : undefined;
};

describe('the reader decides about a second caliper', () => {
  it('merges it as a fragment: summed into T1, the lesion made for it is gone, one undo step', () => {
    expect(baselineSum()).toBe(28); // two targets, 21 + 7
    runNoticeAction(store, { kind: 'merge-fragment', measurementId: 'b', lesionId: 'T1' });
    const state = store.getState();
    expect(state.measurements.b).toMatchObject({ lesionId: 'T1', fragment: true });
    expect(state.assessment!.lesions.map((l) => l.id)).toEqual(['T1']);
    expect(state.notice).toBeNull();
    expect(baselineSum()).toBe(28); // one target of two fragments
    undoEdit(store);
    expect(store.getState().assessment!.lesions.map((l) => l.id)).toEqual(['T1', 'T2']);
    expect(store.getState().measurements.b!.lesionId).toBe('T2');
  });

  it('replaces T1\'s caliper with it', () => {
    replaceCaliper(store, 'b', 'T1');
    expect(Object.keys(store.getState().measurements)).toEqual(['b']);
    expect(store.getState().measurements.b).toMatchObject({ lesionId: 'T1' });
    expect(store.getState().measurements.b!.fragment).toBeUndefined();
    expect(baselineSum()).toBe(7);
  });

  it('keeps a lesion that has other work on it when its caliper leaves', () => {
    store.getState().setFinding('T2', FU, { status: 'absent' });
    mergeAsFragment(store, 'b', 'T1');
    expect(store.getState().assessment!.lesions.map((l) => l.id)).toEqual(['T1', 'T2']);
  });

  it('takes a caliper out of the fragments again: the two then compete and neither counts', () => {
    mergeAsFragment(store, 'b', 'T1');
    unmarkFragment(store, 'b');
    const evaluation = selectEvaluation(store.getState());
    expect(evaluation?.ok && evaluation.result.baseline.targetSum).toBeNull();
    expect(evaluation?.notes.map((n) => n.code)).toEqual(['several-calipers', 'several-calipers']);
  });

  it('moves a caliper to a new target in one undo step', () => {
    moveToNewTarget(store, 'a');
    expect(store.getState().measurements.a!.lesionId).toBe('T3');
    expect(store.getState().assessment!.lesions.map((l) => l.id)).toEqual(['T2', 'T3']);
    undoEdit(store);
    expect(store.getState().measurements.a!.lesionId).toBe('T1');
  });
});

describe('phase confirmation', () => {
  it('counts a viable caliper on a portal-venous image once the reader confirms it is arterial, and takes it back', () => {
    store.getState().upsertMeasurement(caliper('pv', 'T1', FU, 14, 'portal-venous'));
    const fu = () => {
      const evaluation = selectEvaluation(store.getState());
      return evaluation?.ok ? evaluation.result.timepoints[0]!.targetSum : undefined;
    };
    expect(fu()).toBeNull();
    confirmCaliperPhase(store, 'pv');
    expect(store.getState().measurements.pv!.phaseConfirmed).toBe(true);
    store.getState().upsertMeasurement(caliper('t2fu', 'T2', FU, 5));
    expect(fu()).toBe(19);
    confirmCaliperPhase(store, 'pv', false);
    expect(store.getState().measurements.pv!.phaseConfirmed).toBeUndefined();
    expect(fu()).toBeNull();
  });
});

describe('deleting a lesion', () => {
  it('says what went with it and offers Undo, which brings everything back', () => {
    store.getState().upsertMeasurement(caliper('c', 'T1', FU, 12));
    store.getState().setFinding('T1', FU, { status: 'measured' });
    deleteLesion(store, 'T1');
    const notice = store.getState().notice!;
    expect(notice.messages).toEqual([{ code: 'lesion-deleted', lesionId: 'T1', calipers: 2, timepointIds: [BL, FU], treatments: 0 }]);
    expect(noticeText(notice.messages, selectTimepointLabels(store.getState()))).toMatch(/^Deleted T1 with 2 calipers and its findings at Baseline, FU1 \+42 d\.$/);
    expect(notice.actions).toEqual([{ kind: 'undo' }]);
    runNoticeAction(store, { kind: 'undo' });
    expect(store.getState().measurements.c).toBeDefined();
    expect(store.getState().assessment!.lesions.map((l) => l.id)).toEqual(['T1', 'T2']);
    expect(store.getState().notice).toBeNull();
  });
});
