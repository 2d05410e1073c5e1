import type { StateCreator } from 'zustand/vanilla';
import {
  readAlignments,
  withAlignment,
  withLandmarkPair,
  type Alignments,
  type Assessment,
  type LandmarkPair,
  type PatientPointMm,
  type SeriesRef,
} from '../core';
import type { AssessmentSlice } from './assessmentSlice';

/** Top-level assessment field holding the alignments (unknown to the spec; its loose schema keeps it). */
export const ALIGNMENTS_FIELD = 'alignments';

/**
 * Longitudinal comparison: how panes follow each other (view settings, not saved)
 * and the alignments between series of different Frames of Reference, which live
 * in the assessment so that autosave, export and undo treat them like any edit.
 */
export interface AlignmentSlice {
  /** Scrolling one pane brings the others to the same anatomical level. */
  syncEnabled: boolean;
  syncWindowLevel: boolean;
  syncZoomPan: boolean;
  /**
   * Series the reader has not aligned follow each other by the active lesion's
   * calipers (see selectComparisonAlignments); Unlink turns it off, opening a
   * comparison on again.
   */
  alignAtLesion: boolean;
  setSync(patch: Partial<Pick<AlignmentSlice, 'syncEnabled' | 'syncWindowLevel' | 'syncZoomPan' | 'alignAtLesion'>>): void;
  /** The timepoint a comparison shows beside the latest; null = the baseline. */
  comparisonPriorId: string | null;
  setComparisonPrior(timepointId: string | null): void;
  /** Clicks in panes pick landmarks instead of using the active tool. */
  landmarkMode: boolean;
  setLandmarkMode(on: boolean): void;
  /** Sets the offset from → to (a point of `from` + offset = the same anatomy in `to`). */
  setAlignment(from: SeriesRef, to: SeriesRef, offsetMm: PatientPointMm, method: 'landmarks' | 'link'): void;
  /** Adds a landmark pair (`aMm` in `from`, `bMm` in `to`); the offset becomes the mean over the pairs. */
  addLandmarkPair(from: SeriesRef, to: SeriesRef, pair: LandmarkPair): void;
  clearAlignments(): void;
}

type State = AlignmentSlice & AssessmentSlice;

const cache = new WeakMap<Assessment, Alignments>();
const NONE: Alignments = Object.freeze({}) as Alignments;

/** The open assessment's alignments (entries that do not parse left out), stable while the assessment is. */
export function selectAlignments(state: Pick<AssessmentSlice, 'assessment'>): Alignments {
  const { assessment } = state;
  if (!assessment || assessment[ALIGNMENTS_FIELD] === undefined) return NONE;
  let alignments = cache.get(assessment);
  if (!alignments) {
    alignments = readAlignments(assessment[ALIGNMENTS_FIELD]);
    cache.set(assessment, alignments);
  }
  return alignments;
}

export const createAlignmentSlice: StateCreator<State, [], [], AlignmentSlice> = (set, get) => {
  /** An undoable change of the alignments (one undo step, like the assessment slice's edits). */
  const editAlignments = (change: (alignments: Alignments) => Alignments) =>
    get().editAssessment((current) => {
      const next = change(selectAlignments({ assessment: current }));
      const assessment: Assessment = { ...current };
      if (Object.keys(next).length > 0) assessment[ALIGNMENTS_FIELD] = next;
      else delete assessment[ALIGNMENTS_FIELD];
      return assessment;
    });
  return {
    syncEnabled: true,
    // A reading room's hanging: panes of a comparison share window and scale unless the reader unticks them.
    syncWindowLevel: true,
    syncZoomPan: true,
    alignAtLesion: true,
    setSync: (patch) => set(patch),
    comparisonPriorId: null,
    setComparisonPrior: (timepointId) => set({ comparisonPriorId: timepointId }),
    landmarkMode: false,
    setLandmarkMode: (on) => set({ landmarkMode: on }),
    setAlignment: (from, to, offsetMm, method) => editAlignments((alignments) => withAlignment(alignments, from, to, offsetMm, method)),
    addLandmarkPair: (from, to, pair) => editAlignments((alignments) => withLandmarkPair(alignments, from, to, pair)),
    clearAlignments: () => {
      set({ alignAtLesion: false });
      if (Object.keys(selectAlignments(get())).length > 0) editAlignments(() => ({}));
    },
  };
};
