/**
 * Filing a caliper the reader just drew: which lesion and timepoint it belongs to,
 * and what the reader must be told. A caliper never silently joins another one:
 * when the active lesion already has a caliper of that kind at that timepoint, the
 * new one becomes a lesion of its own, and the notice offers to merge it as a
 * fragment or to let it replace the old one.
 */
import { isKnownNonArterial, type Lesion, type Measurement, type MeasurementKind, type NoticeAction, type NoticeMessage } from '../core';
import { nextLesionId, selectIndex, selectMeasurementList, timepointOfStudy, type AppState, type AppStore } from '../store';
import { imageLookupFor, showCalipers, type CaliperDraft, type ImageLocation } from '../viewer';
import { caliperPlacement } from './caliperPlacement';

function imageReference(location: ImageLocation, phase: string): Measurement['image'] {
  return {
    studyInstanceUid: location.study.StudyInstanceUID,
    seriesInstanceUid: location.stack.SeriesInstanceUID,
    sopInstanceUid: location.frame.SOPInstanceUID,
    frameIndex: location.frame.frameIndex,
    ...(location.stack.FrameOfReferenceUID ? { frameOfReferenceUid: location.stack.FrameOfReferenceUID } : {}),
    phase,
    calibrated: location.stack.calibration !== 'none',
  };
}

/** The calipers of `kind` that `lesionId` has at `timepointId`. */
export function calipersOf(state: AppState, lesionId: string, timepointId: string, kind: MeasurementKind): Measurement[] {
  return selectMeasurementList(state).filter((m) => m.lesionId === lesionId && m.timepointId === timepointId && m.kind === kind);
}

/** A lesion for a caliper drawn with no lesion active: a node for a short axis, a target otherwise. */
function lesionForNothingActive(kind: MeasurementKind): Pick<Lesion, 'role' | 'organ' | 'kind'> {
  return kind === 'short-axis'
    ? { role: 'non-target', organ: 'lymph node', kind: 'lymph-node' }
    : { role: 'target', organ: 'liver', kind: 'parenchymal' };
}

/** A caliper the reader just drew becomes a measurement at the timepoint of the study it lies on. */
export function fileCaliper(store: AppStore, draft: CaliperDraft): void {
  const state = store.getState();
  const location = imageLookupFor(selectIndex(state)).byImageId(draft.imageId);
  const timepointId = location && timepointOfStudy(state, location.study.StudyInstanceUID);
  if (!location || !timepointId || !state.assessment) {
    state.notify({ messages: [{ code: 'study-not-a-timepoint' }] });
    // Showing again what the store holds takes the unfiled caliper off the image.
    showCalipers(selectMeasurementList(state), (m) => caliperPlacement(store, m));
    return;
  }
  const phase = location.derivedPhase ?? state.phaseOverrides[location.stack.stackId] ?? location.stack.phase.phase;
  const lesions = state.assessment.lesions;
  const active = lesions.find((l) => l.id === state.activeLesionId);
  const occupied = active !== undefined && calipersOf(state, active.id, timepointId, draft.kind).length > 0;
  const template = active ?? lesionForNothingActive(draft.kind);
  const lesionId = active && !occupied ? active.id : nextLesionId(state.assessment, template.role);
  const measurement: Measurement = { id: draft.id, lesionId, timepointId, kind: draft.kind, pointsMm: draft.pointsMm, image: imageReference(location, phase) };

  state.editReading(({ assessment, measurements }) => ({
    ...(lesionId === active?.id
      ? {}
      : { assessment: { ...assessment!, lesions: [...assessment!.lesions, { id: lesionId, role: template.role, organ: template.organ, kind: template.kind, findings: {} }] } }),
    measurements: { ...measurements, [measurement.id]: measurement },
    activeLesionId: lesionId,
    selectedMeasurementId: measurement.id,
  }));

  const messages: NoticeMessage[] = [];
  const actions: NoticeAction[] = [];
  if (active && occupied) {
    messages.push({ code: 'caliper-became-new-lesion', lesionId: active.id, kind: draft.kind, timepointId, newLesionId: lesionId, role: template.role });
    if (draft.kind !== 'viable-bidirectional' && draft.kind !== 'short-axis') {
      actions.push({ kind: 'merge-fragment', measurementId: measurement.id, lesionId: active.id });
    }
    actions.push({ kind: 'replace-caliper', measurementId: measurement.id, lesionId: active.id }, { kind: 'undo' });
  }
  if (location.stack.calibration === 'none') messages.push({ code: 'caliper-uncalibrated' });
  if ((draft.kind === 'viable' || draft.kind === 'viable-bidirectional') && isKnownNonArterial(phase)) {
    messages.push({ code: 'viable-on-non-arterial', phase });
    actions.push({ kind: 'confirm-phase', measurementId: measurement.id });
  }
  store.getState().notify(messages.length > 0 ? { messages, actions } : null);
}
