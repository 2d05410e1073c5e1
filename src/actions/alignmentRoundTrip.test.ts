import { describe, expect, it } from 'vitest';
import { resolveOffset, type SeriesRef } from '../core';
import { exportAssessmentJson, importAssessmentJson } from '../io';
import { sampleAssessment, sampleMeasurements } from '../io/testing/fixtures';
import { createAppStore, selectAlignments } from '../store';

const BL: SeriesRef = { seriesInstanceUid: '2.25.1', frameOfReferenceUid: 'for-bl' };
const FU1: SeriesRef = { seriesInstanceUid: '2.25.2', frameOfReferenceUid: 'for-fu1' };

describe('alignments in the assessment file', () => {
  it('survive export and import', () => {
    const store = createAppStore();
    store.getState().openAssessment('KEY', sampleAssessment(), sampleMeasurements());
    store.getState().setAlignment(BL, FU1, [12, -8, 35], 'link');
    const { assessment, measurements } = store.getState();
    const imported = importAssessmentJson(exportAssessmentJson({ assessment: assessment!, measurements }));
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    const reopened = createAppStore();
    reopened.getState().openAssessment('KEY', imported.assessment, imported.measurements);
    expect(resolveOffset(selectAlignments(reopened.getState()), FU1, BL)).toEqual([-12, 8, -35]);
  });
});
