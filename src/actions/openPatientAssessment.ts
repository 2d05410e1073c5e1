import { linkTimepoints, planTimepoints, type Assessment, type Measurement, type Message, type StudySummary, type Timepoint } from '../core';
import { formatDicomDate, type PatientNode } from '../dicom';
import { selectIndex, type AppStore, type AssessmentSlice } from '../store';

/** What a saved assessment brings back (see persistence.ts). */
export interface RestoredAssessment {
  assessment: Assessment;
  measurements: Record<string, Measurement>;
  studyChoices: AssessmentSlice['studyChoices'];
}

/**
 * Reads a saved assessment by patient key; injected so that the use case runs without
 * IndexedDB in tests. When it fails (storage unavailable) it tells the reader itself
 * (persistence.ts turns autosave off); the patient then gets a new assessment.
 */
export type RestoreAssessment = (key: string) => Promise<RestoredAssessment | undefined>;

function studySummaries(patient: PatientNode): StudySummary[] {
  return patient.studies.map((study) => {
    const date = formatDicomDate(study.StudyDate);
    return {
      studyInstanceUid: study.StudyInstanceUID,
      date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined,
      description: study.StudyDescription ?? '',
      modalities: [...new Set(study.series.map((s) => s.Modality))],
      sopClassUids: [...new Set(study.series.flatMap((s) => (s.SOPClassUID ? [s.SOPClassUID] : [])))],
    };
  });
}

function sameTimepoints(a: Timepoint[], b: Timepoint[]): boolean {
  return a.length === b.length && a.every((t, i) => t.id === b[i]?.id && t.studyInstanceUid === b[i]?.studyInstanceUid);
}

// The opening in progress per store. A scan's end and the viewport showing the
// scan's first series (followActivePatient) both ask for the patient's assessment;
// run one after the other, the second finds it open instead of restoring it again.
const openings = new WeakMap<AppStore, Promise<boolean>>();

/**
 * Makes a patient's studies the timepoints of an assessment: the one saved for this
 * patient when there is one (so that reopening a folder restores the work), else a
 * new mRECIST assessment. The patient is `patientKey`, else the one whose
 * assessment is open, else the first. Called after every scan (studies the scan
 * added become timepoints) and when the reader turns to another patient's images.
 * Calls for one store run one at a time, in order. Returns false when no study of
 * the patient can be a timepoint.
 */
export function openPatientAssessment(store: AppStore, restore: RestoreAssessment, patientKey?: string): Promise<boolean> {
  const previous = openings.get(store);
  // With none in progress it starts at once, so that linking timepoints stays synchronous.
  const opening = previous
    ? previous.then(
        () => openNow(store, restore, patientKey),
        () => openNow(store, restore, patientKey),
      )
    : openNow(store, restore, patientKey);
  openings.set(store, opening);
  const forget = () => {
    if (openings.get(store) === opening) openings.delete(store);
  };
  opening.then(forget, forget);
  return opening;
}

async function openNow(store: AppStore, restore: RestoreAssessment, patientKey: string | undefined): Promise<boolean> {
  const patients = selectIndex(store.getState()).patients;
  const patient = patients.find((p) => p.patientKey === (patientKey ?? store.getState().assessmentKey)) ?? patients[0];
  if (!patient) return false;
  const key = patient.patientKey;
  const studies = studySummaries(patient);
  const current = store.getState();

  if (current.assessmentKey === key && current.assessment) {
    const merged = linkTimepoints(current.assessment.timepoints, planTimepoints(studies, current.studyChoices).timepoints);
    if (!sameTimepoints(merged, current.assessment.timepoints)) current.setTimepoints(merged, current.studyChoices);
    return true;
  }

  // Work that cannot be read must not stop the images from opening: the reader starts anew, told why by `restore`.
  const saved = await restore(key).catch(() => undefined);
  if (saved) {
    const planned = planTimepoints(studies, saved.studyChoices).timepoints;
    const timepoints = linkTimepoints(saved.assessment.timepoints, planned);
    store.getState().openAssessment(key, { ...saved.assessment, timepoints }, saved.measurements, saved.studyChoices);
    return true;
  }

  const { timepoints } = planTimepoints(studies);
  if (timepoints.length === 0) return false;
  const assessment: Assessment = {
    format: 'tumor-response-assessment',
    version: 1,
    criteria: 'mRECIST',
    patient: {
      ...(patient.PatientID ? { id: patient.PatientID } : {}),
      ...(patient.PatientName ? { name: patient.PatientName } : {}),
      ...(patient.PatientBirthDate ? { birthDate: formatDicomDate(patient.PatientBirthDate) } : {}),
      ...(patient.PatientSex ? { sex: patient.PatientSex } : {}),
    },
    timepoints,
    lesions: [],
  };
  store.getState().openAssessment(key, assessment);
  return true;
}

/**
 * `timepoints` (e.g. of an imported file) linked to the open patient's studies:
 * those of the same dates take the studies' UIDs (ids kept), as opening the
 * patient would link them.
 */
export function linkedToOpenStudies(store: AppStore, timepoints: Timepoint[]): Timepoint[] {
  const state = store.getState();
  const patient = selectIndex(state).patients.find((p) => p.patientKey === state.assessmentKey);
  return patient ? linkTimepoints(timepoints, planTimepoints(studySummaries(patient), state.studyChoices).timepoints) : timepoints;
}

/**
 * Puts a study into the assessment or takes it out, as the reader chooses; the
 * timepoints are planned again. Findings of a study taken out are kept, so
 * putting it back restores them.
 */
export function setStudyIncluded(store: AppStore, studyInstanceUid: string, included: boolean): void {
  const state = store.getState();
  const patient = selectIndex(state).patients.find((p) => p.patientKey === state.assessmentKey);
  if (!patient || !state.assessment) return;
  const without = (list: string[]) => list.filter((uid) => uid !== studyInstanceUid);
  const studyChoices = included
    ? { forceIncluded: [...without(state.studyChoices.forceIncluded), studyInstanceUid], forceExcluded: without(state.studyChoices.forceExcluded) }
    : { forceIncluded: without(state.studyChoices.forceIncluded), forceExcluded: [...without(state.studyChoices.forceExcluded), studyInstanceUid] };
  const { timepoints } = planTimepoints(studySummaries(patient), studyChoices);
  if (timepoints.length === 0) return; // an assessment keeps at least one timepoint
  state.setTimepoints(timepoints, studyChoices);
}

/** Which of the open patient's studies are left out, and why (for the study browser, which puts it in words). */
export function excludedStudies(store: AppStore): Map<string, Message> {
  const state = store.getState();
  const patient = selectIndex(state).patients.find((p) => p.patientKey === state.assessmentKey);
  if (!patient) return new Map();
  return new Map(planTimepoints(studySummaries(patient), state.studyChoices).excluded.map((e) => [e.studyInstanceUid, e.reason]));
}
