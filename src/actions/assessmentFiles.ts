/**
 * Use cases behind the assessment file menu: export the open assessment as the
 * spec's JSON (with calipers) or as CSV, import a JSON file in its place, and the
 * list of assessments saved in this browser.
 */
import { parseAssessment, type Assessment, type AssessmentProblem, type ImportProblem } from '../core';
import { exportAssessmentCsv, exportAssessmentJson, importAssessmentJson } from '../io';
import { endRehearsal } from './rehearsal';
import { selectEvaluation, selectTimepointLabels, type AppState, type AppStore } from '../store';
import { timepointLabelsIn } from '../text';
import { linkedToOpenStudies } from './openPatientAssessment';
import { deleteAssessmentRecord, listAssessmentRecords, loadAssessmentRecord, type AssessmentRecordSummary } from './persistence';

/** A file to hand to the reader (the UI downloads it). */
export interface TextFile {
  filename: string;
  text: string;
  mimeType: string;
}

/** What an import replaced (one Undo brings it back). */
export interface ImportReplaced {
  lesions: number;
  calipers: number;
}

export type { ImportProblem };

export type ImportOutcome = { ok: true; replaced: ImportReplaced } | { ok: false; errors: ImportProblem[] };

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
export function exportJson(store: AppStore, now = new Date()): TextFile & { problems: AssessmentProblem[] } {
  const state = store.getState();
  const text = exportAssessmentJson({
    assessment: openAssessment(state),
    measurements: state.measurements,
    labels: selectTimepointLabels(state),
  });
  const check = parseAssessment(JSON.parse(text));
  return { filename: exportFilename(state, 'json', now), text, mimeType: 'application/json', problems: check.ok ? [] : check.problems };
}

/**
 * The CSV table of the open patient, with mRECIST and RECIST 1.1 results per
 * timepoint, in the reader's language (the store's locale; English keeps the codes).
 */
export function exportCsv(store: AppStore, now = new Date()): TextFile {
  const state = store.getState();
  const resultOf = (criteria: 'mRECIST' | 'RECIST1.1') => {
    const evaluation = selectEvaluation(state, criteria);
    return evaluation?.ok ? evaluation.result : null;
  };
  const assessment = openAssessment(state);
  const text = exportAssessmentCsv({
    assessment,
    measurements: state.measurements,
    labels: timepointLabelsIn(state.locale, assessment.timepoints, assessment.baseline),
    evaluations: { mRECIST: resultOf('mRECIST'), 'RECIST1.1': resultOf('RECIST1.1') },
    locale: state.locale,
  });
  return { filename: exportFilename(state, 'csv', now), text, mimeType: 'text/csv' };
}

/**
 * Replaces the open patient's assessment with the file's, as one undo step. An
 * invalid file, or a file of another patient, is refused with located messages
 * and the current work stays as it is. The study choices stay (the file does
 * not carry them); the file's timepoints become those of the open studies of
 * the same dates (ids kept).
 */
export function importJson(store: AppStore, text: string): ImportOutcome {
  const state = store.getState();
  if (!state.assessment || state.assessmentKey === null) {
    return { ok: false, errors: [{ path: [], code: 'no-patient-open' }] };
  }
  const imported = importAssessmentJson(text);
  if (!imported.ok) return { ok: false, errors: imported.problems };
  const fileId = imported.assessment.patient?.id;
  const openId = state.assessment.patient?.id;
  if (fileId && openId && fileId !== openId) {
    return { ok: false, errors: [{ path: ['patient', 'id'], code: 'other-patient', filePatient: fileId, openPatient: openId }] };
  }
  const replaced = { lesions: state.assessment.lesions.length, calipers: Object.keys(state.measurements).length };
  const assessment = { ...imported.assessment, timepoints: linkedToOpenStudies(store, imported.assessment.timepoints) };
  state.editReading(() => ({ assessment, measurements: imported.measurements, activeLesionId: assessment.lesions[0]?.id ?? null, selectedMeasurementId: null }));
  store.getState().setActiveTimepoint(null);
  return { ok: true, replaced };
}

/** Imports an assessment file and tells the reader what happened, offering Undo, in the viewer's notice. */
export function importJsonFile(store: AppStore, filename: string, text: string): ImportOutcome {
  const outcome = importJson(store, text);
  store.getState().notify(
    outcome.ok
      ? { messages: [{ code: 'assessment-imported', filename, replacedLesions: outcome.replaced.lesions, replacedCalipers: outcome.replaced.calipers }], actions: [{ kind: 'undo' }] }
      : { messages: [{ code: 'assessment-not-imported', filename, errors: outcome.errors }] },
  );
  return outcome;
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
  endRehearsal(store);
  if (store.getState().instances.length > 0) return false;
  const record = await loadAssessmentRecord(key);
  if (!record) return false;
  store.getState().openAssessment(record.key, record.assessment, record.measurements, record.studyChoices);
  return true;
}
