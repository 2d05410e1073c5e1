/**
 * Saving the reader's work in IndexedDB (database `viable`, store `assessments`,
 * one record per patient key) so that a reload, a browser restart or reopening
 * the folder brings back the assessment and its calipers exactly. Autosave writes
 * every change to the assessment, calipers or study choices at once, one write
 * at a time, never dropping the latest state.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Assessment, Measurement } from '../core';
import { selectIndex, type AppState, type AppStore, type AssessmentSlice } from '../store';

/** What is saved for one patient. */
export interface AssessmentRecord {
  /** The patient key (`PatientNode.patientKey`), also the store's `assessmentKey`. */
  key: string;
  /** Empty when the images carry none. */
  patientId: string;
  patientName: string;
  /** Studies of the patient known when saved (timepoints and studies left out). */
  studyInstanceUids: string[];
  assessment: Assessment;
  measurements: Record<string, Measurement>;
  studyChoices: AssessmentSlice['studyChoices'];
  /** ISO 8601 time of the save. */
  savedAt: string;
}

/** A line of the "saved assessments" list. */
export interface AssessmentRecordSummary {
  key: string;
  patientId: string;
  patientName: string;
  savedAt: string;
  lesionCount: number;
  timepointCount: number;
}

export const DATABASE_NAME = 'viable';
const STORE = 'assessments';

interface ViableDb extends DBSchema {
  assessments: { key: string; value: AssessmentRecord };
}

let database: Promise<IDBPDatabase<ViableDb>> | null = null;

// Patient keys whose saved record could not be read, with what the browser said: autosave does not write them.
const unreadable = new Map<string, string>();

function openDatabase(): Promise<IDBPDatabase<ViableDb>> {
  if (!database) {
    const opening = openDB<ViableDb>(DATABASE_NAME, 1, {
      upgrade(db) {
        db.createObjectStore(STORE, { keyPath: 'key' });
      },
      // Another tab wants a newer version: step aside; the next call opens again.
      blocking(_current, _blocked, event) {
        (event.target as IDBDatabase | null)?.close();
        database = null;
      },
      terminated() {
        database = null;
      },
    });
    database = opening;
    // A failed open (storage disabled, private mode) is retried on the next call.
    opening.catch(() => {
      if (database === opening) database = null;
    });
  }
  return database;
}

/** Closes the connection (tests swap the IndexedDB factory between cases, which may read what the old one could not). */
export async function closeAssessmentDatabase(): Promise<void> {
  const open = database;
  database = null;
  unreadable.clear();
  if (open) (await open.catch(() => null))?.close();
}

/** Saves (or replaces) the record of `record.key`. */
export async function saveAssessmentRecord(record: AssessmentRecord): Promise<void> {
  await (await openDatabase()).put(STORE, record);
}

/**
 * The record saved for a patient key; undefined when there is none. When the
 * storage cannot be read, autosave is turned off for that patient (a save would
 * replace the work that could not be loaded) and the reader is told why.
 */
export async function loadAssessmentRecord(key: string): Promise<AssessmentRecord | undefined> {
  try {
    return await (await openDatabase()).get(STORE, key);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    unreadable.set(key, detail);
    setStatus({ state: 'off', savedAt: status.savedAt, error: detail });
    throw error;
  }
}

/** Every saved assessment, most recently saved first. */
export async function listAssessmentRecords(): Promise<AssessmentRecordSummary[]> {
  const records = await (await openDatabase()).getAll(STORE);
  return records
    .map((r) => ({
      key: r.key,
      patientId: r.patientId,
      patientName: r.patientName,
      savedAt: r.savedAt,
      lesionCount: r.assessment?.lesions?.length ?? 0,
      timepointCount: r.assessment?.timepoints?.length ?? 0,
    }))
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export async function deleteAssessmentRecord(key: string): Promise<void> {
  await (await openDatabase()).delete(STORE, key);
}

/** The record for the open assessment, or null when none is open. */
export function recordFromState(state: AppState, savedAt = new Date()): AssessmentRecord | null {
  const { assessment, assessmentKey, measurements, studyChoices } = state;
  if (!assessment || assessmentKey === null) return null;
  const patient = selectIndex(state).patients.find((p) => p.patientKey === assessmentKey);
  const studyInstanceUids = new Set<string>();
  for (const t of assessment.timepoints) if (t.studyInstanceUid) studyInstanceUids.add(t.studyInstanceUid);
  for (const study of patient?.studies ?? []) studyInstanceUids.add(study.StudyInstanceUID);
  return {
    key: assessmentKey,
    patientId: assessment.patient?.id ?? patient?.PatientID ?? '',
    patientName: assessment.patient?.name ?? patient?.PatientName ?? '',
    studyInstanceUids: [...studyInstanceUids].sort(),
    assessment,
    measurements,
    studyChoices,
    savedAt: savedAt.toISOString(),
  };
}

/** Hooks for the UI: a saved indicator, and a visible notice when a save fails (e.g. storage full). */
export interface AutosaveOptions {
  onSaved?: (record: AssessmentRecord) => void;
  onError?: (error: unknown, record: AssessmentRecord) => void;
}

/**
 * What the autosave is doing, for a status line: `failed` stays until a later save
 * succeeds; `off` means the open patient's work is not being saved at all (`error` says why).
 */
export interface AutosaveStatus {
  state: 'idle' | 'saving' | 'saved' | 'failed' | 'off';
  /** ISO time of the last successful save. */
  savedAt?: string;
  /**
   * What the browser said: why a save failed, or (`off`) why the storage cannot be
   * read. The UI words the state around it in the reader's language.
   */
  error?: string;
}

// Transient I/O status, not reading state: kept here rather than in the store so
// that a save landing never counts as a change to save.
let status: AutosaveStatus = { state: 'idle' };
const statusListeners = new Set<() => void>();

function setStatus(next: AutosaveStatus): void {
  status = next;
  for (const listener of statusListeners) listener();
}

/** The current autosave status (a stable object until it changes, as `useSyncExternalStore` wants). */
export function getAutosaveStatus(): AutosaveStatus {
  return status;
}

/** Calls `listener` whenever the autosave status changes; returns the unsubscribe function. */
export function subscribeAutosaveStatus(listener: () => void): () => void {
  statusListeners.add(listener);
  return () => statusListeners.delete(listener);
}

interface Job {
  record: AssessmentRecord;
  options: AutosaveOptions;
}

// The latest unsaved state per patient key: a newer state replaces an older one
// not yet written, and switching patients never drops the previous patient's last state.
const pending = new Map<string, Job>();
let draining: Promise<void> | null = null;

async function drain(): Promise<void> {
  // One microtask lets the changes of one synchronous action become a single write.
  await Promise.resolve();
  for (let next = pending.entries().next(); !next.done; next = pending.entries().next()) {
    const [key, job] = next.value;
    pending.delete(key);
    try {
      await saveAssessmentRecord(job.record);
      if (pending.size === 0) setStatus({ state: 'saved', savedAt: job.record.savedAt });
      job.options.onSaved?.(job.record);
    } catch (error) {
      setStatus({ state: 'failed', savedAt: status.savedAt, error: error instanceof Error ? error.message : String(error) });
      if (job.options.onError) job.options.onError(error, job.record);
      else console.error(`autosave of ${key} failed`, error);
    }
  }
  draining = null;
}

function enqueue(job: Job): void {
  const offBecause = unreadable.get(job.record.key);
  if (offBecause !== undefined) {
    setStatus({ state: 'off', savedAt: status.savedAt, error: offBecause });
    return;
  }
  pending.set(job.record.key, job);
  // A failure stays visible until a save succeeds.
  if (status.state === 'idle' || status.state === 'saved') setStatus({ ...status, state: 'saving' });
  draining ??= drain();
}

type Watched = Pick<AppState, 'assessmentKey' | 'assessment' | 'measurements' | 'studyChoices'>;

const watched = (s: AppState): Watched => ({
  assessmentKey: s.assessmentKey,
  assessment: s.assessment,
  measurements: s.measurements,
  studyChoices: s.studyChoices,
});

/**
 * Saves the open assessment whenever the assessment, its calipers or the study
 * choices change (the store replaces these objects on every edit, so identity is
 * the test); other state changes write nothing. Closing an assessment deletes
 * nothing. Returns the unsubscribe function.
 */
export function startAutosave(store: AppStore, options: AutosaveOptions = {}): () => void {
  let previous = watched(store.getState());
  return store.subscribe((state) => {
    const next = watched(state);
    const changed = (Object.keys(next) as (keyof Watched)[]).some((k) => next[k] !== previous[k]);
    previous = next;
    if (!changed) return;
    const record = recordFromState(state);
    if (record) enqueue({ record, options });
  });
}

/** Resolves when every queued autosave has been written (tests, and before a deliberate page exit). */
export async function flushAutosave(): Promise<void> {
  while (draining) await draining;
}
