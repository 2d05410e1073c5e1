import { findStack, selectIndex, type AppStore } from '../store';
import { afterFirstImageShown } from './firstImageFirst';
import { openPatientAssessment, type RestoreAssessment } from './openPatientAssessment';

/**
 * With several patients open, the assessment follows the patient whose images are
 * in the active viewport, so that a caliper is never filed in another patient's
 * assessment. Returns the unsubscribe function. While a pick's first image loads, the
 * assessment opens after it (see {@link afterFirstImageShown}).
 */
export function followActivePatient(store: AppStore, restore: RestoreAssessment): () => void {
  return store.subscribe((state, previous) => {
    if (state.activeViewportIndex === previous.activeViewportIndex && state.viewportStackIds === previous.viewportStackIds) return;
    // A rehearsal's images belong to no one: no assessment is opened (or saved) for them.
    if (state.rehearsal === 'running') return;
    const stackId = state.viewportStackIds[state.activeViewportIndex];
    const patientKey = stackId ? findStack(selectIndex(state), stackId)?.patient.patientKey : undefined;
    if (!patientKey || patientKey === state.assessmentKey) return;
    // Drawing the assessment panel is a long task: while a pick's first image loads, it waits for that image.
    void afterFirstImageShown().then(() => openPatientAssessment(store, restore, patientKey));
  });
}
