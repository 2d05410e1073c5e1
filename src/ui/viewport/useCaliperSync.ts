import { useEffect } from 'react';
import { caliperPlacement, fileCaliper } from '../../actions';
import { selectMeasurementList, type AppStore } from '../../store';
import { highlightCaliper, pointsDiffer, selectedCaliperIds, showCaliperLabelsIn, showCalipers, subscribeToCalipers, type CaliperDraft } from '../../viewer';

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
 * viewport edit the store; restore, undo, redo and import redraw the viewports,
 * and the words beside the calipers follow the reader's language.
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
    const redraw = () => {
      const state = store.getState();
      showCalipers(selectMeasurementList(state), (m) => caliperPlacement(store, m), state.activeLesionId);
    };
    const unsubscribeStore = store.subscribe((state, previous) => {
      const redrawn = [state.measurements, state.instances, state.assessment, state.activeLesionId];
      const before = [previous.measurements, previous.instances, previous.assessment, previous.activeLesionId];
      if (redrawn.some((value, i) => value !== before[i])) redraw();
      if (state.locale !== previous.locale) showCaliperLabelsIn(state.locale);
      const selectionMoved = state.selectedMeasurementId !== previous.selectedMeasurementId && state.selectedMeasurementId !== selectedCaliperIds().at(-1);
      if (selectionMoved) highlightCaliper(state.selectedMeasurementId ?? undefined);
      else if (state.activeLesionId !== previous.activeLesionId) {
        // Cornerstone keeps a clicked caliper selected (green) until told otherwise: none of another lesion stays so.
        const ofActive = (id: string | null) => (id && state.measurements[id]?.lesionId === state.activeLesionId ? id : undefined);
        if (selectedCaliperIds().some((id) => !ofActive(id))) highlightCaliper(ofActive(state.selectedMeasurementId));
      }
    });
    showCaliperLabelsIn(store.getState().locale);
    redraw();
    return () => {
      unsubscribeViewer();
      unsubscribeStore();
    };
  }, [store]);
}
