import { resolveOffset, type Measurement, type PatientPointMm, type SeriesRef, type Timepoint } from '../core';
import { selectAlignments } from './alignmentSlice';
import { selectEvaluation, selectMeasurementList, selectSortedTimepoints, timepointOfStudy } from './assessmentSelectors';
import type { AppState } from './createAppStore';
import { findStack, selectIndex } from './studySelectors';

/** Where a pane should go for a lesion: a point in the pane's own space; `predicted` when no caliper of its timepoint was there. */
export interface PaneTarget {
  pointMm: PatientPointMm;
  predicted: boolean;
}

/** A caliper's centre: the midpoint of its (first) diameter, where the lesion is. */
function caliperCentre(m: Measurement): PatientPointMm | undefined {
  const [p, q] = m.pointsMm;
  return p && q ? [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2, (p[2] + q[2]) / 2] : undefined;
}

function seriesOf(m: Measurement): SeriesRef {
  const { seriesInstanceUid, frameOfReferenceUid } = m.image;
  return { seriesInstanceUid, ...(frameOfReferenceUid ? { frameOfReferenceUid } : {}) };
}

const dayOf = (timepoint: Timepoint | undefined) => (timepoint ? Date.parse(timepoint.date) : NaN);

/**
 * Where the pane showing `stackId` should go to show `lesionId`: the centre of
 * the lesion's caliper at the pane's own timepoint (one on the pane's series
 * first); failing that, the caliper of the nearest other timepoint moved by the
 * alignment between the two series — the lesion's expected position. Undefined
 * when no caliper can be placed in the pane's space (not aligned yet).
 */
export function lesionTargetForStack(state: AppState, lesionId: string, stackId: string): PaneTarget | undefined {
  const context = findStack(selectIndex(state), stackId);
  if (!context) return undefined;
  const pane: SeriesRef = {
    seriesInstanceUid: context.stack.SeriesInstanceUID,
    ...(context.stack.FrameOfReferenceUID ? { frameOfReferenceUid: context.stack.FrameOfReferenceUID } : {}),
  };
  const timepointId = timepointOfStudy(state, context.study.StudyInstanceUID);
  const timepoints = new Map(state.assessment?.timepoints.map((t) => [t.id, t]));
  const paneDay = dayOf(timepointId ? timepoints.get(timepointId) : undefined);
  const calipers = selectMeasurementList(state).filter((m) => m.lesionId === lesionId);
  const own = calipers
    .filter((m) => m.timepointId === timepointId)
    .sort((a, b) => Number(b.image.seriesInstanceUid === pane.seriesInstanceUid) - Number(a.image.seriesInstanceUid === pane.seriesInstanceUid));
  const others = calipers
    .filter((m) => m.timepointId !== timepointId)
    .sort((a, b) => Math.abs(dayOf(timepoints.get(a.timepointId)) - paneDay) - Math.abs(dayOf(timepoints.get(b.timepointId)) - paneDay) || 0);
  const alignments = selectAlignments(state);
  for (const [list, predicted] of [
    [own, false],
    [others, true],
  ] as const) {
    for (const m of list) {
      const centre = caliperCentre(m);
      const offset = centre && resolveOffset(alignments, seriesOf(m), pane);
      if (centre && offset) return { pointMm: [centre[0] + offset[0], centre[1] + offset[1], centre[2] + offset[2]], predicted };
    }
  }
  return undefined;
}

/** The arterial stack of a study (mRECIST reads the arterial phase), else its first stack. */
export function arterialStackOf(state: AppState, studyInstanceUid: string): string | undefined {
  for (const patient of selectIndex(state).patients) {
    const study = patient.studies.find((s) => s.StudyInstanceUID === studyInstanceUid);
    if (!study) continue;
    const stacks = study.series.flatMap((series) => series.stacks);
    return (stacks.find((stack) => stack.phase.phase === 'arterial') ?? stacks[0])?.stackId;
  }
  return undefined;
}

export type ComparisonLayout = '1x2' | '2x2';

/**
 * The studies a comparison opens, oldest to newest: 1×2 = the prior (the baseline
 * unless `priorTimepointId` names another) beside the latest; 2×2 = baseline, nadir
 * (smallest mRECIST target sum before the latest), previous and latest. Study
 * Instance UIDs; empty with fewer than two timepoints.
 */
export function comparisonStudies(state: AppState, layout: ComparisonLayout, priorTimepointId?: string): string[] {
  const loaded = new Set(selectIndex(state).patients.flatMap((p) => p.studies.map((s) => s.StudyInstanceUID)));
  const timepoints = selectSortedTimepoints(state).filter((t) => t.studyInstanceUid && loaded.has(t.studyInstanceUid));
  if (timepoints.length < 2) {
    // No assessment (or one timepoint): the patient's studies by date.
    const studies = selectIndex(state).patients[0]?.studies.map((s) => s.StudyInstanceUID) ?? [];
    if (studies.length < 2) return [];
    return layout === '1x2' ? [studies[0]!, studies.at(-1)!] : [studies[0]!, studies.at(-2)!, studies.at(-2)!, studies.at(-1)!];
  }
  const current = timepoints.at(-1)!;
  const baseline = timepoints.find((t) => t.id === state.assessment?.baseline) ?? timepoints[0]!;
  if (layout === '1x2') {
    const prior = timepoints.find((t) => t.id === priorTimepointId && t !== current) ?? baseline;
    return [prior.studyInstanceUid!, current.studyInstanceUid!];
  }
  const previous = timepoints.at(-2)!;
  const evaluation = selectEvaluation(state, 'mRECIST');
  const sums = new Map<string, number | null>();
  if (evaluation?.ok) {
    sums.set(evaluation.result.baseline.timepoint, evaluation.result.baseline.targetSum);
    for (const t of evaluation.result.timepoints) sums.set(t.timepoint, t.targetSum);
  }
  let nadir = baseline;
  for (const t of timepoints.slice(0, -1)) {
    const sum = sums.get(t.id);
    const best = sums.get(nadir.id);
    if (sum !== null && sum !== undefined && (best === null || best === undefined || sum < best)) nadir = t;
  }
  return [baseline, nadir, previous, current].map((t) => t.studyInstanceUid!);
}
