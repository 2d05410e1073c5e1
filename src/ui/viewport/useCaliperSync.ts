import { useEffect } from 'react';
import { caliperPlacement, fileCaliper } from '../../actions';
import { selectMeasurementList, type AppStore } from '../../store';
import { highlightCaliper, pointsDiffer, selectedCaliperIds, showCalipers, subscribeToCalipers } from '../../viewer';

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
      moved: (draft) => {
        const stored = store.getState().measurements[draft.id];
        if (stored && pointsDiffer(stored.pointsMm, draft.pointsMm)) {
          store.getState().upsertMeasurement({ ...stored, pointsMm: draft.pointsMm }, { mergeWithPrevious: true });
        }
      },
      removed: (id) => store.getState().removeMeasurement(id),
      selected: (ids) => {
        const id = ids.at(-1) ?? null;
        if (id !== store.getState().selectedMeasurementId) store.getState().selectMeasurement(id);
      },
    });
    const redraw = () => showCalipers(selectMeasurementList(store.getState()), (m) => caliperPlacement(store, m));
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
