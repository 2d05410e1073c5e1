import { selectIndex, type AppStore } from '../store';
import { highlightCaliper, imageLookupFor, scrollViewportToImage } from '../viewer';

/**
 * "Show me this caliper" (a click on a finding, next/previous lesion): the pane
 * already showing its stack, else the active pane, shows its image with the
 * caliper selected.
 */
export function jumpToCaliper(store: AppStore, measurementId: string): void {
  const state = store.getState();
  const measurement = state.measurements[measurementId];
  if (!measurement) return;
  const location = imageLookupFor(selectIndex(state)).bySop(measurement.image.sopInstanceUid, measurement.image.frameIndex);
  if (!location) {
    state.notify({ messages: [{ code: 'caliper-image-not-open', lesionId: measurement.lesionId }] });
    return;
  }
  let paneIndex = state.viewportStackIds.indexOf(location.stack.stackId);
  if (paneIndex < 0) {
    paneIndex = state.activeViewportIndex;
    state.showStack(paneIndex, location.stack.stackId);
  }
  scrollViewportToImage(`vp-${paneIndex}`, location.imageId);
  state.selectMeasurement(measurement.id);
  highlightCaliper(measurement.id);
}
