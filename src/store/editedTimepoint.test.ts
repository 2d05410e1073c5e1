import { beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../core';
import { scanned } from '../dicom/testing/scanned';
import { selectEditedTimepointId, selectShownTimepointId } from './assessmentSelectors';
import { createAppStore, type AppStore } from './createAppStore';

// A baseline and a follow-up of one patient, one series each, and a study outside the assessment.
const STUDIES = [
  { uid: '2.25.100', date: '20260112', series: '2.25.101' },
  { uid: '2.25.200', date: '20260223', series: '2.25.201' },
  { uid: '2.25.300', date: '20260120', series: '2.25.301' },
];
const stackOf = (study: number) => `${STUDIES[study]!.series}:1`;

const assessment = (): Assessment => ({
  format: 'tumor-response-assessment',
  version: 1,
  criteria: 'mRECIST',
  timepoints: [
    { id: 'bl', date: '2026-01-12', studyInstanceUid: STUDIES[0]!.uid },
    { id: 'fu1', date: '2026-02-23', studyInstanceUid: STUDIES[1]!.uid },
  ],
  lesions: [{ id: 'T1', role: 'target', organ: 'liver', findings: {} }],
});

let store: AppStore;
beforeEach(() => {
  store = createAppStore();
  const instances = STUDIES.flatMap((study, s) =>
    [0, 1, 2].map((k) =>
      scanned(`s${s}i${k}`, {
        StudyInstanceUID: study.uid,
        StudyDate: study.date,
        SeriesInstanceUID: study.series,
        SeriesNumber: 1,
        SeriesDescription: 'ART 2.5mm arterial',
        InstanceNumber: k + 1,
        ImagePositionPatient: [0, 0, -5 * k],
      }),
    ),
  );
  store.getState().scanFinished({ instances, skipped: [] });
  store.getState().openAssessment('KEY', assessment(), {});
  store.getState().setActiveLesion('T1');
});

describe('the timepoint whose finding the editor shows', () => {
  it('is the latest when nothing is chosen and no image of the assessment is on screen', () => {
    store.getState().showStack(0, stackOf(2));
    expect(selectShownTimepointId(store.getState())).toBeUndefined();
    expect(selectEditedTimepointId(store.getState())).toBe('fu1');
  });

  it('is the timepoint of the images on screen when none is chosen (a baseline image does not edit the follow-up)', () => {
    store.getState().showStack(0, stackOf(0));
    expect(selectShownTimepointId(store.getState())).toBe('bl');
    expect(selectEditedTimepointId(store.getState())).toBe('bl');
  });

  it('is the one chosen in the lesion table, whatever is on screen', () => {
    store.getState().showStack(0, stackOf(0));
    store.getState().setActiveTimepoint('fu1');
    expect(selectEditedTimepointId(store.getState())).toBe('fu1');
  });
});
