import { findStack, selectIndex, type AppStore } from '../store';
import { openPatientAssessment, type RestoreAssessment } from './openPatientAssessment';

/**
 * With several patients open, the assessment follows the patient whose images are
 * in the active viewport, so that a caliper is never filed in another patient's
 * assessment. Returns the unsubscribe function.
 */
export function followActivePatient(store: AppStore, restore: RestoreAssessment): () => void {
  return store.subscribe((state, previous) => {
    if (state.activeViewportIndex === previous.activeViewportIndex && state.viewportStackIds === previous.viewportStackIds) return;
    const stackId = state.viewportStackIds[state.activeViewportIndex];
    const patientKey = stackId ? findStack(selectIndex(state), stackId)?.patient.patientKey : undefined;
    if (patientKey && patientKey !== state.assessmentKey) void openPatientAssessment(store, restore, patientKey);
  });
}
