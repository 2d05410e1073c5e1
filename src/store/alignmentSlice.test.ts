import { beforeEach, describe, expect, it } from 'vitest';
import type { Assessment, SeriesRef } from '../core';
import { resolveOffset } from '../core';
import { ALIGNMENTS_FIELD, selectAlignments } from './alignmentSlice';
import { createAppStore, type AppStore } from './createAppStore';

const BL: SeriesRef = { seriesInstanceUid: '2.25.1', frameOfReferenceUid: 'for-bl' };
const FU1: SeriesRef = { seriesInstanceUid: '2.25.2', frameOfReferenceUid: 'for-fu1' };

function emptyAssessment(): Assessment {
  return {
    format: 'tumor-response-assessment',
    version: 1,
    criteria: 'mRECIST',
    timepoints: [{ id: '2026-01-12', date: '2026-01-12', studyInstanceUid: 'bl' }],
    lesions: [],
  };
}

let store: AppStore;
beforeEach(() => {
  store = createAppStore();
  store.getState().openAssessment('KEY', emptyAssessment());
});

describe('sync flags', () => {
  it('default: scrolling, window and zoom synced, unsynced panes aligned at the lesion', () => {
    expect(store.getState()).toMatchObject({ syncEnabled: true, syncWindowLevel: true, syncZoomPan: true, alignAtLesion: true, landmarkMode: false });
    store.getState().setSync({ syncZoomPan: false });
    expect(store.getState()).toMatchObject({ syncEnabled: true, syncWindowLevel: true, syncZoomPan: false });
  });
});

describe('alignments', () => {
  it('are kept in the assessment, so autosave and export carry them', () => {
    store.getState().setAlignment(FU1, BL, [-12, 8, -35], 'link');
    const saved = store.getState().assessment?.[ALIGNMENTS_FIELD];
    expect(saved).toBeDefined();
    expect(resolveOffset(selectAlignments(store.getState()), BL, FU1)).toEqual([12, -8, 35]);
  });

  it('come back from a saved assessment (JSON round trip)', () => {
    store.getState().addLandmarkPair(BL, FU1, { aMm: [-75, 15, 35], bMm: [-63, 7, 70] });
    const reopened = createAppStore();
    reopened.getState().openAssessment('KEY', JSON.parse(JSON.stringify(store.getState().assessment)) as Assessment);
    expect(resolveOffset(selectAlignments(reopened.getState()), BL, FU1)).toEqual([12, -8, 35]);
  });

  it('are undoable, and clearing removes the field', () => {
    store.getState().setAlignment(BL, FU1, [0, 0, 30], 'link');
    store.getState().addLandmarkPair(BL, FU1, { aMm: [0, 0, 0], bMm: [12, -8, 35] });
    store.getState().undo();
    expect(resolveOffset(selectAlignments(store.getState()), BL, FU1)).toEqual([0, 0, 30]);
    store.getState().clearAlignments();
    expect(store.getState().assessment).not.toHaveProperty(ALIGNMENTS_FIELD);
    expect(selectAlignments(store.getState())).toEqual({});
  });

  it('need an open assessment', () => {
    store.getState().closeAssessment();
    store.getState().setAlignment(BL, FU1, [1, 2, 3], 'link');
    expect(store.getState().assessment).toBeNull();
  });

  it('selectAlignments is stable for the same assessment', () => {
    store.getState().setAlignment(BL, FU1, [1, 2, 3], 'link');
    expect(selectAlignments(store.getState())).toBe(selectAlignments(store.getState()));
  });
});
