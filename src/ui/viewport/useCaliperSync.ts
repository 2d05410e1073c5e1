import { useEffect } from 'react';
import type { Measurement, MeasurementKind } from '../../core';
import { selectIndex, selectMeasurementList, timepointOfStudy, type AppStore } from '../../store';
import {
  imageLookupFor,
  pointsDiffer,
  highlightCaliper,
  selectedCaliperIds,
  showCalipers,
  subscribeToCalipers,
  type CaliperDraft,
  type CaliperPlacement,
  type ImageLocation,
} from '../../viewer';

/** The normal of an image plane from its orientation (row × column cosines). */
function planeNormal(iop: readonly number[] | undefined): [number, number, number] {
  if (!iop || iop.length < 6) return [0, 0, 1];
  const [r0, r1, r2, c0, c1, c2] = iop as [number, number, number, number, number, number];
  return [r1 * c2 - r2 * c1, r2 * c0 - r0 * c2, r0 * c1 - r1 * c0];
}

function placementOf(store: AppStore, measurement: Measurement): CaliperPlacement | undefined {
  const location = imageLookupFor(selectIndex(store.getState())).bySop(measurement.image.sopInstanceUid, measurement.image.frameIndex);
  if (!location) return undefined;
  return {
    imageId: location.imageId,
    frameOfReferenceUid: location.stack.FrameOfReferenceUID ?? measurement.image.frameOfReferenceUid ?? '',
    viewPlaneNormal: planeNormal(location.stack.ImageOrientationPatient),
  };
}

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

/** The lesion a new caliper belongs to: the active one, or a new target for diameter calipers ("quick new target"). */
function lesionForCaliper(store: AppStore, kind: MeasurementKind): string {
  const state = store.getState();
  if (state.activeLesionId && state.assessment?.lesions.some((l) => l.id === state.activeLesionId)) return state.activeLesionId;
  return state.addLesion(kind === 'short-axis' ? 'non-target' : 'target', kind === 'short-axis' ? { kind: 'lymph-node', organ: 'lymph node' } : {});
}

/** A caliper the reader just drew becomes a measurement of the active lesion at the timepoint of the study it lies on. */
function fileCaliper(store: AppStore, draft: CaliperDraft): void {
  const state = store.getState();
  const location = imageLookupFor(selectIndex(state)).byImageId(draft.imageId);
  const timepointId = location && timepointOfStudy(state, location.study.StudyInstanceUID);
  if (!location || !timepointId || !state.assessment) {
    state.notify('This study is not a timepoint of the assessment: include it in the study list to measure on it.');
    // Showing again what the store holds takes the unfiled caliper off the image.
    showCalipers(selectMeasurementList(state), (m) => placementOf(store, m));
    return;
  }
  const phase = state.phaseOverrides[location.stack.stackId] ?? location.stack.phase.phase;
  const lesionId = lesionForCaliper(store, draft.kind);
  store.getState().upsertMeasurement({ id: draft.id, lesionId, timepointId, kind: draft.kind, pointsMm: draft.pointsMm, image: imageReference(location, phase) });
  // Selected, so that "→ new target" in the toolbar can move it in one click.
  store.getState().selectMeasurement(draft.id);
  const notices: string[] = [];
  if (location.stack.calibration === 'none') notices.push('No pixel spacing on this image: the caliper is in pixels and is kept out of the sums.');
  if ((draft.kind === 'viable' || draft.kind === 'viable-bidirectional') && phase !== 'arterial') {
    notices.push(`Viable diameter drawn on a ${phase} series: mRECIST measures viable tumour on the arterial phase.`);
  }
  store.getState().notify(notices.length > 0 ? notices.join(' ') : null);
}

/** A stored caliper follows the viewer's while it is dragged; all moves of one drag are one undo step. */
function moveCaliper(store: AppStore, draft: CaliperDraft): void {
  const stored = store.getState().measurements[draft.id];
  if (stored && pointsDiffer(stored.pointsMm, draft.pointsMm)) {
    store.getState().upsertMeasurement({ ...stored, pointsMm: draft.pointsMm }, { mergeWithPrevious: true });
  }
}

/**
 * Keeps the store's calipers and Cornerstone's annotations in step, both ways,
 * through one adapter (ARCHITECTURE.md, State): drawing, moving and deleting in a
 * viewport edit the store; restore, undo, redo and import redraw the viewports.
 */
export function useCaliperSync(store: AppStore): void {
  useEffect(() => {
    const unsubscribeViewer = subscribeToCalipers({
      drawn: (draft) => {
        if (!(draft.id in store.getState().measurements)) fileCaliper(store, draft);
      },
      moved: (draft) => moveCaliper(store, draft),
      moveEnded: (draft) => {
        moveCaliper(store, draft);
        // The drag is over: the next move of this caliper is a new undo step.
        store.getState().endMergedEdits();
      },
      removed: (id) => store.getState().removeMeasurement(id),
      selected: (ids) => {
        const id = ids.at(-1) ?? null;
        if (id !== store.getState().selectedMeasurementId) store.getState().selectMeasurement(id);
      },
    });
    const redraw = () => showCalipers(selectMeasurementList(store.getState()), (m) => placementOf(store, m));
    const unsubscribeStore = store.subscribe((state, previous) => {
      if (state.measurements !== previous.measurements || state.instances !== previous.instances || state.assessment !== previous.assessment) redraw();
      if (state.selectedMeasurementId !== previous.selectedMeasurementId && state.selectedMeasurementId !== selectedCaliperIds().at(-1)) {
        highlightCaliper(state.selectedMeasurementId ?? undefined);
      }
    });
    redraw();
    return () => {
      unsubscribeViewer();
      unsubscribeStore();
    };
  }, [store]);
}
