import type { ContrastPhase } from '../dicom';
import { findStack, selectIndex, type AppStore } from '../store';

/**
 * The reader corrects the contrast phase of a series. Calipers record the phase of
 * their image (it decides whether a viable diameter counts under mRECIST/EASL), so
 * those already drawn on the series take the corrected phase too, in one undo step.
 */
export function overrideSeriesPhase(store: AppStore, stackId: string, phase: ContrastPhase): void {
  const state = store.getState();
  state.overridePhase(stackId, phase);
  const context = findStack(selectIndex(state), stackId);
  if (!context) return;
  const images = new Set(context.stack.frames.map((frame) => `${frame.SOPInstanceUID}/${frame.frameIndex}`));
  state.editReading(({ measurements }) => {
    const changed = Object.values(measurements).filter(
      (m) => images.has(`${m.image.sopInstanceUid}/${m.image.frameIndex}`) && m.image.phase !== phase,
    );
    if (changed.length === 0) return {};
    return { measurements: { ...measurements, ...Object.fromEntries(changed.map((m) => [m.id, { ...m, image: { ...m.image, phase } }])) } };
  });
}
