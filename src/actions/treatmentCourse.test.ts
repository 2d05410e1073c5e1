// Editing the treatment course: each edit one undo step, refused input named and not stored,
// lesions kept in step with the treatments that name them.
import { beforeEach, describe, expect, it } from 'vitest';
import { problemAt, type Assessment } from '../core';
import { createAppStore, selectEvaluation, selectTimepointLabels, type AppStore } from '../store';
import { noticeText } from '../text';
import { deleteLesion } from './deleteLesion';
import { addMarkerValue, addTreatment, deleteMarkerValue, deleteTreatment, updateTreatment } from './treatmentCourse';

function assessment(): Assessment {
  return {
    format: 'tumor-response-assessment',
    version: 1,
    criteria: 'mRECIST',
    timepoints: [
      { id: 'BL', date: '2026-01-05' },
      { id: 'FU1', date: '2026-02-02' },
    ],
    lesions: [
      { id: 'T1', role: 'target', organ: 'liver', findings: { BL: { viableLongestDiameterMm: 40 }, FU1: { viableLongestDiameterMm: 20 } } },
      { id: 'T2', role: 'target', organ: 'liver', findings: { BL: { viableLongestDiameterMm: 20 }, FU1: { viableLongestDiameterMm: 10 } } },
    ],
  };
}

let store: AppStore;
beforeEach(() => {
  store = createAppStore();
  store.getState().openAssessment('patient', assessment());
});

/** The notice as the reader sees it. */
const shownNotice = () => {
  const notice = store.getState().notice;
  return notice ? noticeText(notice.messages, selectTimepointLabels(store.getState())) : undefined;
};

const course = () => store.getState().assessment!;
const warningCodes = () => {
  const evaluation = selectEvaluation(store.getState());
  return evaluation?.ok ? evaluation.result.warnings.map((w) => w.code) : evaluation?.problems;
};

describe('treatments', () => {
  it('adds, edits and deletes an event, each one undo step, kept in date order', () => {
    expect(addTreatment(store, { date: '2026-01-12', type: 'cTACE', lesionIds: ['T1'] })).toEqual({ ok: true });
    expect(warningCodes()).toEqual(['follow-up-early-after-tace']);
    expect(addTreatment(store, { date: '2025-12-01', type: 'resection', note: 'segment VI' })).toEqual({ ok: true });
    expect(course().treatments?.map((t) => t.type)).toEqual(['resection', 'cTACE']);
    expect(updateTreatment(store, 1, { date: '2025-12-20', type: 'DEB-TACE', lesionIds: ['T1', 'T2'] })).toEqual({ ok: true });
    expect(course().treatments?.map((t) => `${t.date} ${t.type}`)).toEqual(['2025-12-01 resection', '2025-12-20 DEB-TACE']);
    expect(warningCodes()).toEqual(['baseline-after-treatment']);

    deleteTreatment(store, 0);
    expect(store.getState().notice).toEqual({ messages: [{ code: 'treatment-removed', type: 'resection', date: '2025-12-01' }], actions: [{ kind: 'undo' }] });
    expect(shownNotice()).toBe('Removed resection of 2025-12-01.');
    expect(course().treatments).toHaveLength(1);
    store.getState().undo();
    expect(course().treatments).toHaveLength(2);
    store.getState().undo();
    store.getState().undo();
    expect(course().treatments).toHaveLength(1);
    store.getState().undo();
    expect(course().treatments).toBeUndefined();
  });

  it('refuses an event the format refuses, naming the field, and stores nothing', () => {
    expect(addTreatment(store, { date: '2026-02-30', type: 'cTACE', lesionIds: ['T9'] })).toEqual({
      ok: false,
      problems: [problemAt(['date'], 'realDate', {}), problemAt(['lesionIds', 0], 'unknownLesion', { lesionId: 'T9' })],
    });
    expect(addTreatment(store, { date: '2026-01-12', type: 'systemic' })).toEqual({ ok: false, problems: [problemAt(['drug'], 'drugRequired', {})] });
    expect(course().treatments).toBeUndefined();
    expect(store.getState().undoStack).toHaveLength(0);
  });

  it('a deleted lesion leaves the treatments, a renamed one is renamed there, so the reading stays valid', () => {
    addTreatment(store, { date: '2025-12-20', type: 'cTACE', lesionIds: ['T1', 'T2'] });
    store.getState().updateLesion('T2', { id: 'S8' });
    expect(course().treatments?.[0]?.lesionIds).toEqual(['T1', 'S8']);
    deleteLesion(store, 'T1');
    expect(course().treatments?.[0]?.lesionIds).toEqual(['S8']);
    expect(shownNotice()).toBe('Deleted T1 with its findings at Baseline, FU1 +28 d and its place in 1 treatment.');
    expect(selectEvaluation(store.getState())?.ok).toBe(true);
    store.getState().undo();
    expect(course().treatments?.[0]?.lesionIds).toEqual(['T1', 'S8']);
  });
});

describe('tumour markers', () => {
  it('adds and deletes values with undo', () => {
    expect(addMarkerValue(store, { marker: 'AFP', date: '2026-01-05', value: 400, unit: 'ng/mL' })).toEqual({ ok: true });
    expect(addMarkerValue(store, { marker: 'AFP', date: '2026-01-04', value: 420, unit: 'ng/mL' })).toEqual({ ok: true });
    expect(course().markers?.map((m) => m.date)).toEqual(['2026-01-04', '2026-01-05']);
    deleteMarkerValue(store, 1);
    expect(shownNotice()).toBe('Removed AFP 400 ng/mL of 2026-01-05.');
    store.getState().undo();
    expect(course().markers).toHaveLength(2);
  });

  it.each([0, -5, Number.NaN])('refuses the value %s', (value) => {
    expect(addMarkerValue(store, { marker: 'PIVKA-II', date: '2026-01-05', value, unit: 'mAU/mL' })).toEqual({ ok: false, problems: [problemAt(['value'], 'numberAbove', { min: 0 })] });
    expect(course().markers).toBeUndefined();
  });

  it('refuses a second value of a marker on one day', () => {
    addMarkerValue(store, { marker: 'AFP', date: '2026-01-05', value: 400, unit: 'ng/mL' });
    const second = addMarkerValue(store, { marker: 'AFP', date: '2026-01-05', value: 30, unit: 'ng/mL' });
    expect(second.ok ? [] : second.problems).toEqual([problemAt(['date'], 'markerTwiceADay', { marker: 'AFP', date: '2026-01-05', firstIndex: 0 })]);
  });
});
