import { selectMeasurementList, selectTimepointLabels, type AppStore } from '../store';
import { treatedInText } from '../text';

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
  const labels = selectTimepointLabels(state);
  const timepoints = [...new Set([...Object.keys(lesion.findings), ...calipers.map((m) => m.timepointId)])]
    .sort()
    .map((id) => labels[id] ?? id);
  const treatments = (state.assessment?.treatments ?? []).filter((t) => t.lesionIds?.includes(lesionId)).length;
  state.deleteLesion(lesionId);
  const what = [
    calipers.length > 0 ? `${calipers.length} caliper${calipers.length === 1 ? '' : 's'}` : '',
    timepoints.length > 0 ? `its findings at ${timepoints.join(', ')}` : '',
    treatments > 0 ? treatedInText(treatments) : '',
  ].filter(Boolean);
  store.getState().notify({ text: `Deleted ${lesionId}${what.length > 0 ? ` with ${what.join(' and ')}` : ''}.`, actions: [{ kind: 'undo' }] });
}
