import {
  evaluateWithCalipers,
  timepointLabels,
  timepointPlaces,
  type TimepointPlace,
  type Assessment,
  type CaliperEvaluation,
  type Criteria,
  type Measurement,
} from '../core';
import type { AppState } from './createAppStore';
import { findStack, selectIndex } from './studySelectors';

/** The engine's verdict on what the reader recorded, or why it cannot be evaluated yet. */
export type Evaluation = CaliperEvaluation;

const measurementLists = new WeakMap<Record<string, Measurement>, Measurement[]>();

/** The calipers as a list, stable while the measurements object is. */
export function selectMeasurementList(state: AppState): Measurement[] {
  let list = measurementLists.get(state.measurements);
  if (!list) {
    list = Object.values(state.measurements);
    measurementLists.set(state.measurements, list);
  }
  return list;
}

// Keyed by the assessment and measurement objects (immutable in the store), then by criteria.
const evaluations = new WeakMap<Assessment, WeakMap<Record<string, Measurement>, Map<Criteria, Evaluation>>>();

/**
 * Sums and categories under `criteria` for the open assessment, with calipers
 * applied to the findings; computed by `core`, never stored (memoised).
 */
export function selectEvaluation(state: AppState, criteria?: Criteria): Evaluation | null {
  const { assessment, measurements } = state;
  if (!assessment) return null;
  const chosen = criteria ?? assessment.criteria;
  let byMeasurements = evaluations.get(assessment);
  if (!byMeasurements) evaluations.set(assessment, (byMeasurements = new WeakMap()));
  let byCriteria = byMeasurements.get(measurements);
  if (!byCriteria) byMeasurements.set(measurements, (byCriteria = new Map()));
  const cached = byCriteria.get(chosen);
  if (cached) return cached;

  const evaluation = evaluateWithCalipers(assessment, selectMeasurementList(state), chosen);
  byCriteria.set(chosen, evaluation);
  return evaluation;
}

// Selectors must return the same object for the same state, or React re-renders forever.
const NO_LABELS: Record<string, string> = Object.freeze({}) as Record<string, string>;
const NO_TIMEPOINTS: Assessment['timepoints'] = Object.freeze([]) as unknown as Assessment['timepoints'];

const labelCache = new WeakMap<Assessment, Record<string, string>>();

/** "Baseline", "FU1 +42 d"… by timepoint id. */
export function selectTimepointLabels(state: AppState): Record<string, string> {
  const { assessment } = state;
  if (!assessment) return NO_LABELS;
  let labels = labelCache.get(assessment);
  if (!labels) {
    labels = timepointLabels(assessment.timepoints, assessment.baseline);
    labelCache.set(assessment, labels);
  }
  return labels;
}

const NO_PLACES: Record<string, TimepointPlace> = Object.freeze({}) as Record<string, TimepointPlace>;
const placeCache = new WeakMap<Assessment, Record<string, TimepointPlace>>();

/** Each timepoint's place (baseline, prior, follow-up n) by id, for labels in the reader's language. */
export function selectTimepointPlaces(state: AppState): Record<string, TimepointPlace> {
  const { assessment } = state;
  if (!assessment) return NO_PLACES;
  let places = placeCache.get(assessment);
  if (!places) {
    places = timepointPlaces(assessment.timepoints, assessment.baseline);
    placeCache.set(assessment, places);
  }
  return places;
}

/** Timepoints sorted by date (the order of the lesion table's columns). */
export function selectSortedTimepoints(state: AppState): Assessment['timepoints'] {
  return sortedTimepoints(state.assessment);
}

const sortedCache = new WeakMap<Assessment, Assessment['timepoints']>();
function sortedTimepoints(assessment: Assessment | null): Assessment['timepoints'] {
  if (!assessment) return NO_TIMEPOINTS;
  let sorted = sortedCache.get(assessment);
  if (!sorted) {
    sorted = [...assessment.timepoints].sort((a, b) => a.date.localeCompare(b.date));
    sortedCache.set(assessment, sorted);
  }
  return sorted;
}

/** The timepoint a study is read as, if the study is part of the assessment. */
export function timepointOfStudy(state: AppState, studyInstanceUid: string): string | undefined {
  return state.assessment?.timepoints.find((t) => t.studyInstanceUid === studyInstanceUid)?.id;
}

/** The timepoint of the study the active pane shows, if that study is part of the assessment. */
export function selectShownTimepointId(state: AppState): string | undefined {
  const stackId = state.viewportStackIds[state.activeViewportIndex];
  const study = stackId ? findStack(selectIndex(state), stackId)?.study : undefined;
  return study && timepointOfStudy(state, study.StudyInstanceUID);
}

/**
 * The timepoint whose finding the editor shows: the one chosen in the lesion table,
 * else the one of the images on screen, else the latest. Without the images' timepoint
 * the editor showed the latest follow-up beside a baseline image after an import,
 * inviting a value typed for the wrong date.
 */
export function selectEditedTimepointId(state: AppState): string | null {
  if (state.activeTimepointId) return state.activeTimepointId;
  const latest = state.assessment?.timepoints.at(-1)?.id ?? null;
  // Read on every store change, also while a scan grows the index: the index is looked
  // up only when there is a lesion whose finding to edit.
  if (!state.assessment || !state.activeLesionId) return latest;
  return selectShownTimepointId(state) ?? latest;
}
