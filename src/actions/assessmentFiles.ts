/**
 * Use cases behind the assessment file menu: export the open assessment as the
 * spec's JSON (with calipers) or as CSV, import a JSON file in its place, and the
 * list of assessments saved in this browser.
 */
import { parseAssessment, type Assessment, type Measurement } from '../core';
import { exportAssessmentCsv, exportAssessmentJson, importAssessmentJson } from '../io';
import { selectEvaluation, selectTimepointLabels, type AppState, type AppStore, type AssessmentSlice } from '../store';
import { openPatientAssessment } from './openPatientAssessment';
import { deleteAssessmentRecord, listAssessmentRecords, loadAssessmentRecord, type AssessmentRecordSummary } from './persistence';

/** A file to hand to the reader (the UI downloads it). */
export interface TextFile {
  filename: string;
  text: string;
  mimeType: string;
}

/** The work an import replaced, so that the reader can take the import back. */
export interface AssessmentSnapshot {
  key: string;
  assessment: Assessment;
  measurements: Record<string, Measurement>;
  studyChoices: AssessmentSlice['studyChoices'];
}

/**
 * Why an import was refused, at the field at fault (`lesions[0].findings.FU1.viableLongestDiameterMm`,
 * `(root)`): the refusals of this use case as codes, the file's own validation as its validator words it.
 */
export type ImportProblem =
  | { path: string; code: 'no-patient-open' }
  | { path: string; code: 'other-patient'; filePatient: string; openPatient: string }
  | { path: string; code: 'invalid'; detail: string };

export type ImportOutcome = { ok: true; previous: AssessmentSnapshot } | { ok: false; errors: ImportProblem[] };

/** A validator's `path: message` line as a problem at that path. */
function invalid(located: string): ImportProblem {
  const colon = located.indexOf(': ');
  return colon < 0 ? { path: '(root)', code: 'invalid', detail: located } : { path: located.slice(0, colon), code: 'invalid', detail: located.slice(colon + 2) };
}

function openAssessment(state: AppState): Assessment {
  if (!state.assessment) throw new Error('no assessment is open');
  return state.assessment;
}

/** `2026-03-14` in local time: the day the reader exported. */
function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `viable-<patient id>-<date>.<ext>`, with characters that file systems dislike replaced. */
export function exportFilename(state: AppState, extension: 'json' | 'csv' | 'html' | 'sr.zip', now = new Date()): string {
  const patient = state.assessment?.patient?.id || state.assessmentKey || 'assessment';
  const safe = patient.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '') || 'assessment';
  return `viable-${safe}-${localDate(now)}.${extension}`;
}

/**
 * The assessment file of the open patient. `problems` lists what would make the
 * file fail validation on import (e.g. two timepoints on one date); the file is
 * still produced, so that the reader's work can always leave the browser.
 */
export function exportJson(store: AppStore, now = new Date()): TextFile & { problems: string[] } {
  const state = store.getState();
  const text = exportAssessmentJson({
    assessment: openAssessment(state),
    measurements: state.measurements,
    labels: selectTimepointLabels(state),
  });
  const check = parseAssessment(JSON.parse(text));
  return { filename: exportFilename(state, 'json', now), text, mimeType: 'application/json', problems: check.ok ? [] : check.errors };
}

/** The CSV table of the open patient, with mRECIST and RECIST 1.1 results per timepoint. */
export function exportCsv(store: AppStore, now = new Date()): TextFile {
  const state = store.getState();
  const resultOf = (criteria: 'mRECIST' | 'RECIST1.1') => {
    const evaluation = selectEvaluation(state, criteria);
    return evaluation?.ok ? evaluation.result : null;
  };
  const text = exportAssessmentCsv({
    assessment: openAssessment(state),
    measurements: state.measurements,
    labels: selectTimepointLabels(state),
    evaluations: { mRECIST: resultOf('mRECIST'), 'RECIST1.1': resultOf('RECIST1.1') },
  });
  return { filename: exportFilename(state, 'csv', now), text, mimeType: 'text/csv' };
}

/**
 * Replaces the open patient's assessment with the file's. An invalid file, or a
 * file of another patient, is refused with located messages and the current work
 * stays as it is. The study choices stay (the file does not carry them).
 */
export function importJson(store: AppStore, text: string): ImportOutcome {
  const state = store.getState();
  if (!state.assessment || state.assessmentKey === null) {
    return { ok: false, errors: [{ path: '(root)', code: 'no-patient-open' }] };
  }
  const imported = importAssessmentJson(text);
  if (!imported.ok) return { ok: false, errors: imported.errors.map(invalid) };
  const fileId = imported.assessment.patient?.id;
  const openId = state.assessment.patient?.id;
  if (fileId && openId && fileId !== openId) {
    return { ok: false, errors: [{ path: 'patient.id', code: 'other-patient', filePatient: fileId, openPatient: openId }] };
  }
  const previous: AssessmentSnapshot = {
    key: state.assessmentKey,
    assessment: state.assessment,
    measurements: state.measurements,
    studyChoices: state.studyChoices,
  };
  state.openAssessment(state.assessmentKey, imported.assessment, imported.measurements, state.studyChoices);
  // Timepoints of the file become those of the open studies of the same dates (ids kept).
  void openPatientAssessment(store, async () => undefined);
  return { ok: true, previous };
}

/** Puts back the work an import replaced (when the same patient is still open). */
export function undoImport(store: AppStore, previous: AssessmentSnapshot): void {
  const state = store.getState();
  if (state.assessmentKey !== previous.key) return;
  state.openAssessment(previous.key, previous.assessment, previous.measurements, previous.studyChoices);
}

/** The saved assessments, newest first, marking the one of the open patient. */
export async function listSavedAssessments(store: AppStore): Promise<(AssessmentRecordSummary & { isOpen: boolean })[]> {
  const key = store.getState().assessmentKey;
  return (await listAssessmentRecords()).map((summary) => ({ ...summary, isOpen: summary.key === key }));
}

/** Deletes a saved assessment; the open patient's is kept (autosave would write it again at once). */
export async function deleteSavedAssessment(store: AppStore, key: string): Promise<boolean> {
  if (store.getState().assessmentKey === key) return false;
  await deleteAssessmentRecord(key);
  return true;
}

/**
 * Opens a saved assessment for review before its images are open: findings and the
 * response can be read and edited; calipers wait for the images. Refused while
 * another patient's images are open, whose calipers would land in the wrong file.
 */
export async function openSavedAssessment(store: AppStore, key: string): Promise<boolean> {
  if (store.getState().instances.length > 0) return false;
  const record = await loadAssessmentRecord(key);
  if (!record) return false;
  store.getState().openAssessment(record.key, record.assessment, record.measurements, record.studyChoices);
  return true;
}
