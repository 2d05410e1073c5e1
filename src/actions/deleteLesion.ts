import { selectMeasurementList, type AppStore } from '../store';

/**
 * Deletes a lesion with its findings and calipers, and says what went with it,
 * offering Undo: a lesion measured on several dates is a lot of work to lose by a
 * slip of the mouse.
 */
export function deleteLesion(store: AppStore, lesionId: string): void {
  const state = store.getState();
  const lesion = state.assessment?.lesions.find((l) => l.id === lesionId);
  if (!lesion) return;
  const calipers = selectMeasurementList(state).filter((m) => m.lesionId === lesionId);
  const timepointIds = [...new Set([...Object.keys(lesion.findings), ...calipers.map((m) => m.timepointId)])].sort();
  const treatments = (state.assessment?.treatments ?? []).filter((t) => t.lesionIds?.includes(lesionId)).length;
  state.deleteLesion(lesionId);
  store.getState().notify({ messages: [{ code: 'lesion-deleted', lesionId, calipers: calipers.length, timepointIds, treatments }], actions: [{ kind: 'undo' }] });
}
