import type { StateCreator } from 'zustand/vanilla';
import { renameTreatedLesion, type Assessment, type Criteria, type Finding, type Lesion, type LesionKind, type LesionRole, type Measurement, type Timepoint } from '../core';

/** The part of the state that undo and redo restore. */
interface Snapshot {
  assessment: Assessment | null;
  measurements: Record<string, Measurement>;
}

/** What one undoable reading edit may change. */
export type ReadingEdit = Partial<Snapshot> & Partial<Pick<AssessmentSlice, 'activeLesionId' | 'selectedMeasurementId'>>;

/** Undo history is capped: a long reading session must not grow memory without bound. */
export const MAX_UNDO = 200;

/** The lesion fields the panel edits (the spec's lesion without its findings). */
export interface LesionPatch {
  id?: string;
  role?: LesionRole;
  organ?: string;
  kind?: LesionKind;
  /** e.g. Couinaud segment "VII". */
  location?: string;
  enhancingAtBaseline?: boolean;
}

const ID_PREFIX: Record<LesionRole, string> = { target: 'T', 'non-target': 'NT', new: 'N' };

export interface AssessmentSlice {
  /** The open patient's assessment (the spec's format), or null before a patient is open. */
  assessment: Assessment | null;
  /** Key under which the assessment is saved: the patient it belongs to. */
  assessmentKey: string | null;
  /** Calipers by id (the id is also the viewer annotation's UID). */
  measurements: Record<string, Measurement>;
  /** Studies the reader took out of (or put into) the assessment; defaults come from `planTimepoints`. */
  studyChoices: { forceIncluded: string[]; forceExcluded: string[] };
  activeLesionId: string | null;
  /** The caliper the reader selected in a viewport (Delete removes it), or null. */
  selectedMeasurementId: string | null;
  /** The timepoint whose finding the panel edits (the lesion table's selected column). */
  activeTimepointId: string | null;
  undoStack: Snapshot[];
  redoStack: Snapshot[];
  /** Key of the last undoable edit when it may absorb the next one (see `upsertMeasurement`). */
  lastMergeKey: string | null;

  /** Opens an assessment (new, restored or imported) and forgets the undo history. */
  openAssessment(
    key: string,
    assessment: Assessment,
    measurements?: Record<string, Measurement>,
    studyChoices?: AssessmentSlice['studyChoices'],
  ): void;
  closeAssessment(): void;
  /** Replaces the timepoints (after studies were added, included or left out) and keeps the chosen baseline if it still exists. */
  setTimepoints(timepoints: Timepoint[], studyChoices: AssessmentSlice['studyChoices']): void;
  setBaseline(timepointId: string): void;
  setCriteria(criteria: Criteria): void;
  /** Any other undoable change of the assessment (e.g. the alignments of the comparison). */
  editAssessment(change: (assessment: Assessment) => Assessment): void;
  /**
   * Several changes of lesions and calipers as one undo step (a workflow in
   * `actions/`, e.g. filing a caliper under a lesion it creates). `change` returns
   * only what it changes; returning nothing records nothing.
   */
  editReading(change: (reading: Snapshot & Pick<AssessmentSlice, 'activeLesionId' | 'selectedMeasurementId'>) => ReadingEdit): void;
  /** Adds a lesion with the next free id of its role (T3, NT2, N1…) and makes it active; returns the id. */
  addLesion(role: LesionRole, fields?: Omit<LesionPatch, 'id' | 'role'>): string;
  /** Changes a lesion's fields; a new id must be unique and is carried to its calipers. */
  updateLesion(lesionId: string, patch: LesionPatch): void;
  deleteLesion(lesionId: string): void;
  /** Moves a lesion up (−1) or down (+1) in the list. */
  moveLesion(lesionId: string, delta: -1 | 1): void;
  /** Merges `patch` into the finding; keys set to undefined are removed. An empty finding is removed. */
  setFinding(lesionId: string, timepointId: string, patch: Partial<Finding>): void;
  setActiveLesion(lesionId: string | null): void;
  setActiveTimepoint(timepointId: string | null): void;
  /** Selects a caliper, and with it its lesion and timepoint. */
  selectMeasurement(measurementId: string | null): void;
  /**
   * Adds or replaces a caliper; with `mergeWithPrevious`, repeated moves of the same
   * caliper are one undo step until `endMergedEdits` (the reader let go of it).
   */
  upsertMeasurement(measurement: Measurement, options?: { mergeWithPrevious?: boolean }): void;
  /** Ends a run of merged edits (one caliper drag): the next edit is a new undo step, even of the same caliper. */
  endMergedEdits(): void;
  removeMeasurement(measurementId: string): void;
  undo(): void;
  redo(): void;
}

type SliceSet = Parameters<StateCreator<AssessmentSlice>>[0];
type SliceGet = Parameters<StateCreator<AssessmentSlice>>[1];

/**
 * Applies an edit to the assessment and measurements, recording the previous state
 * for undo. Consecutive edits with the same `mergeKey` (the moves of one caliper
 * drag) make one undo step, until `endMergedEdits`. An edit that changes nothing
 * records nothing.
 */
function edit(
  set: SliceSet,
  get: SliceGet,
  change: (state: AssessmentSlice) => Partial<Snapshot> & Partial<AssessmentSlice>,
  mergeKey: string | null = null,
): void {
  const state = get();
  if (!state.assessment) return;
  const patch = change(state);
  if (Object.keys(patch).length === 0) return;
  if (mergeKey !== null && mergeKey === state.lastMergeKey) {
    set(patch);
    return;
  }
  const before: Snapshot = { assessment: state.assessment, measurements: state.measurements };
  set({ ...patch, undoStack: [...state.undoStack, before].slice(-MAX_UNDO), redoStack: [], lastMergeKey: mergeKey });
}

function withLesions(assessment: Assessment, lesions: Lesion[]): Assessment {
  return { ...assessment, lesions };
}

/** The next free id of a role (T3, NT2, N1…). */
export function nextLesionId(assessment: Assessment, role: LesionRole): string {
  const prefix = ID_PREFIX[role];
  const taken = new Set(assessment.lesions.map((l) => l.id));
  let n = 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

export const createAssessmentSlice: StateCreator<AssessmentSlice, [], [], AssessmentSlice> = (set, get) => ({
  assessment: null,
  assessmentKey: null,
  measurements: {},
  studyChoices: { forceIncluded: [], forceExcluded: [] },
  activeLesionId: null,
  activeTimepointId: null,
  selectedMeasurementId: null,
  undoStack: [],
  redoStack: [],
  lastMergeKey: null,

  openAssessment: (key, assessment, measurements = {}, studyChoices = { forceIncluded: [], forceExcluded: [] }) =>
    set({
      assessmentKey: key,
      assessment,
      measurements,
      studyChoices,
      activeLesionId: assessment.lesions[0]?.id ?? null,
      activeTimepointId: null,
      undoStack: [],
      redoStack: [],
      lastMergeKey: null,
    }),
  closeAssessment: () =>
    set({ assessment: null, assessmentKey: null, measurements: {}, activeLesionId: null, activeTimepointId: null, undoStack: [], redoStack: [] }),

  setTimepoints: (timepoints, studyChoices) =>
    edit(set, get, ({ assessment }) => {
      const current = assessment!;
      const baselineKept = timepoints.some((t) => t.id === current.baseline);
      const next: Assessment = { ...current, timepoints };
      if (!baselineKept) delete next.baseline;
      return { assessment: next, studyChoices };
    }),
  setBaseline: (timepointId) => edit(set, get, ({ assessment }) => ({ assessment: { ...assessment!, baseline: timepointId } })),
  setCriteria: (criteria) => edit(set, get, ({ assessment }) => ({ assessment: { ...assessment!, criteria } })),
  editAssessment: (change) => edit(set, get, ({ assessment }) => ({ assessment: change(assessment!) })),
  editReading: (change) => edit(set, get, (state) => change(state)),

  addLesion: (role, fields = {}) => {
    const assessment = get().assessment;
    if (!assessment) throw new Error('no assessment is open');
    const id = nextLesionId(assessment, role);
    const lesion: Lesion = { organ: 'liver', kind: 'parenchymal', ...fields, id, role, findings: {} };
    edit(set, get, () => ({ assessment: withLesions(assessment, [...assessment.lesions, lesion]), activeLesionId: id }));
    return id;
  },
  updateLesion: (lesionId, patch) =>
    edit(set, get, ({ assessment, measurements, activeLesionId }) => {
      const newId = patch.id ?? lesionId;
      if (newId !== lesionId && assessment!.lesions.some((l) => l.id === newId)) {
        throw new Error(`a lesion named ${newId} already exists`);
      }
      const lesions = assessment!.lesions.map((l) => (l.id === lesionId ? { ...l, ...patch, id: newId } : l));
      const renamed =
        newId === lesionId
          ? measurements
          : Object.fromEntries(Object.entries(measurements).map(([id, m]) => [id, m.lesionId === lesionId ? { ...m, lesionId: newId } : m]));
      return {
        // Treatments name their lesions; a renamed lesion stays treated.
        assessment: newId === lesionId ? withLesions(assessment!, lesions) : renameTreatedLesion(withLesions(assessment!, lesions), lesionId, newId),
        measurements: renamed,
        activeLesionId: activeLesionId === lesionId ? newId : activeLesionId,
      };
    }),
  deleteLesion: (lesionId) =>
    edit(set, get, ({ assessment, measurements, activeLesionId }) => ({
      // A lesion's calipers and its place in the treatments go with it; undo brings them back.
      assessment: renameTreatedLesion(withLesions(assessment!, assessment!.lesions.filter((l) => l.id !== lesionId)), lesionId, null),
      measurements: Object.fromEntries(Object.entries(measurements).filter(([, m]) => m.lesionId !== lesionId)),
      activeLesionId: activeLesionId === lesionId ? null : activeLesionId,
    })),
  moveLesion: (lesionId, delta) =>
    edit(set, get, ({ assessment }) => {
      const lesions = [...assessment!.lesions];
      const from = lesions.findIndex((l) => l.id === lesionId);
      const to = from + delta;
      if (from < 0 || to < 0 || to >= lesions.length) return {};
      const [moved] = lesions.splice(from, 1);
      lesions.splice(to, 0, moved!);
      return { assessment: withLesions(assessment!, lesions) };
    }),
  setFinding: (lesionId, timepointId, patch) =>
    edit(set, get, ({ assessment }) => ({
      assessment: withLesions(
        assessment!,
        assessment!.lesions.map((lesion) => {
          if (lesion.id !== lesionId) return lesion;
          const merged: Finding = { ...lesion.findings[timepointId], ...patch };
          for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
          const findings = { ...lesion.findings, [timepointId]: merged };
          if (Object.keys(merged).length === 0) delete findings[timepointId];
          return { ...lesion, findings };
        }),
      ),
    })),
  // A caliper of another lesion stays selected (highlighted) no longer: only the active lesion's may be.
  setActiveLesion: (lesionId) =>
    set((state) => {
      const selected = state.selectedMeasurementId ? state.measurements[state.selectedMeasurementId] : undefined;
      return selected && selected.lesionId !== lesionId ? { activeLesionId: lesionId, selectedMeasurementId: null } : { activeLesionId: lesionId };
    }),
  setActiveTimepoint: (timepointId) => set({ activeTimepointId: timepointId }),
  selectMeasurement: (measurementId) => {
    const measurement = measurementId ? get().measurements[measurementId] : undefined;
    set(
      measurement
        ? { selectedMeasurementId: measurement.id, activeLesionId: measurement.lesionId, activeTimepointId: measurement.timepointId }
        : { selectedMeasurementId: null },
    );
  },

  upsertMeasurement: (measurement, options = {}) =>
    edit(
      set,
      get,
      ({ measurements }) => ({ measurements: { ...measurements, [measurement.id]: measurement } }),
      options.mergeWithPrevious ? `move:${measurement.id}` : null,
    ),
  endMergedEdits: () => set({ lastMergeKey: null }),
  removeMeasurement: (measurementId) =>
    edit(set, get, ({ measurements }) => {
      if (!(measurementId in measurements)) return {};
      const { [measurementId]: _removed, ...rest } = measurements;
      return { measurements: rest };
    }),

  undo: () => {
    const { undoStack, redoStack, assessment, measurements } = get();
    const previous = undoStack.at(-1);
    if (!previous) return;
    set({ ...previous, undoStack: undoStack.slice(0, -1), redoStack: [...redoStack, { assessment, measurements }], lastMergeKey: null });
  },
  redo: () => {
    const { undoStack, redoStack, assessment, measurements } = get();
    const next = redoStack.at(-1);
    if (!next) return;
    set({ ...next, redoStack: redoStack.slice(0, -1), undoStack: [...undoStack, { assessment, measurements }], lastMergeKey: null });
  },
});
