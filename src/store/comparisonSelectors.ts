import { resolveOffset, withLesionLandmarks, type Alignments, type Measurement, type PatientPointMm, type SeriesRef, type Timepoint } from '../core';
import { selectAlignments } from './alignmentSlice';
import { selectEvaluation, selectMeasurementList, selectSortedTimepoints, timepointOfStudy } from './assessmentSelectors';
import type { AppState } from './createAppStore';
import { findStack, selectIndex } from './studySelectors';

/**
 * Where a pane should go for a lesion, a point in the pane's own space, and what
 * it rests on: a caliper of the pane's timepoint; a caliper of another timepoint
 * moved by the alignment between the two scans (a prediction worth marking); or,
 * with no alignment, a caliper of another timepoint at its own coordinates (the
 * nearest level, as good as the patient's position on the table was the same).
 */
export interface PaneTarget {
  pointMm: PatientPointMm;
  basis: 'caliper' | 'aligned' | 'unaligned';
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
  const alignments = selectComparisonAlignments(state);
  for (const [list, basis] of [
    [own, 'caliper'],
    [others, 'aligned'],
  ] as const) {
    for (const m of list) {
      const centre = caliperCentre(m);
      const offset = centre && resolveOffset(alignments, seriesOf(m), pane);
      if (centre && offset) return { pointMm: [centre[0] + offset[0], centre[1] + offset[1], centre[2] + offset[2]], basis };
    }
  }
  const nearest = others.map(caliperCentre).find((centre) => centre !== undefined);
  return nearest && { pointMm: nearest, basis: 'unaligned' };
}

/**
 * The lesion a pane showing a new series lands on: the active lesion, else the
 * first target lesion with a caliper (so that a study opens at the liver, not
 * at its first slice). Null when no lesion has been measured.
 */
export function landingLesionId(state: AppState): string | null {
  if (state.activeLesionId) return state.activeLesionId;
  const measured = new Set(selectMeasurementList(state).map((m) => m.lesionId));
  return state.assessment?.lesions.find((l) => l.role === 'target' && measured.has(l.id))?.id ?? null;
}

/** A series' space: its Frame of Reference when it has one. */
const spaceOf = (m: Measurement) => m.image.frameOfReferenceUid ?? m.image.seriesInstanceUid;

/**
 * The lesion whose calipers align scans the reader has not aligned: the active
 * lesion when it was measured in two scans, else the first target lesion that was.
 */
function anchorLesion(state: AppState): { lesionId: string; calipers: Measurement[] } | undefined {
  const calipers = selectMeasurementList(state);
  const ofLesion = (id: string) => calipers.filter((m) => m.lesionId === id);
  const inTwoScans = (list: Measurement[]) => new Set(list.map(spaceOf)).size > 1;
  const active = state.activeLesionId ? ofLesion(state.activeLesionId) : [];
  if (state.activeLesionId && inTwoScans(active)) return { lesionId: state.activeLesionId, calipers: active };
  for (const lesion of state.assessment?.lesions ?? []) {
    const list = lesion.role === 'target' ? ofLesion(lesion.id) : [];
    if (inTwoScans(list)) return { lesionId: lesion.id, calipers: list };
  }
  return undefined;
}

/** The lesion whose calipers align the scans the reader has not aligned (see selectComparisonAlignments), or null. */
export function selectAlignmentLesionId(state: AppState): string | null {
  return state.alignAtLesion ? (anchorLesion(state)?.lesionId ?? null) : null;
}

let lastAlignments: { saved: Alignments; measurements: AppState['measurements']; activeLesionId: string | null; result: Alignments } | undefined;

/**
 * The alignments a comparison uses: the reader's (saved with the assessment)
 * and, while `alignAtLesion` is on, the centres of one lesion's calipers at each
 * timepoint as a landmark pair for the scans the reader has not aligned (see
 * core's withLesionLandmarks). Derived, never saved: moving a caliper moves it.
 */
export function selectComparisonAlignments(state: AppState): Alignments {
  const saved = selectAlignments(state);
  if (!state.alignAtLesion) return saved;
  const last = lastAlignments;
  if (last && last.saved === saved && last.measurements === state.measurements && last.activeLesionId === state.activeLesionId) return last.result;
  const calipers = (anchorLesion(state)?.calipers ?? []).flatMap((m) => {
    const centreMm = caliperCentre(m);
    return centreMm ? [{ series: seriesOf(m), centreMm, kind: m.kind }] : [];
  });
  const result = withLesionLandmarks(saved, calipers);
  lastAlignments = { saved, measurements: state.measurements, activeLesionId: state.activeLesionId, result };
  return result;
}

/** The stacks of a study, in browser order. */
function stacksOfStudy(state: AppState, studyInstanceUid: string) {
  for (const patient of selectIndex(state).patients) {
    const study = patient.studies.find((s) => s.StudyInstanceUID === studyInstanceUid);
    if (study) return study.series.flatMap((series) => series.stacks);
  }
  return [];
}

/** The arterial stack of a study (mRECIST reads the arterial phase), else its first stack. */
export function arterialStackOf(state: AppState, studyInstanceUid: string): string | undefined {
  const stacks = stacksOfStudy(state, studyInstanceUid);
  return (stacks.find((stack) => stack.phase.phase === 'arterial') ?? stacks[0])?.stackId;
}

/**
 * The portal-venous stack of a study (washout is read there), else its first
 * stack that is not the arterial one, else the arterial one.
 */
export function portalVenousStackOf(state: AppState, studyInstanceUid: string): string | undefined {
  const stacks = stacksOfStudy(state, studyInstanceUid);
  const arterial = arterialStackOf(state, studyInstanceUid);
  return (stacks.find((stack) => stack.phase.phase === 'portal-venous') ?? stacks.find((stack) => stack.stackId !== arterial))?.stackId ?? arterial;
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
