import { ARTERIAL_SUBTRACTION_PHASE, sliceNormal, type Measurement } from '../core';
import { selectIndex, selectSubtractionStacks, type AppStore } from '../store';
import { imageLookupFor, subtractionImageIdAt, type CaliperPlacement, type ImageLocation } from '../viewer';

/**
 * A caliper drawn on a subtraction image refers to the arterial image under it (the
 * DICOM instance an export can name) with the subtraction phase; it is drawn back
 * on the subtraction image while the pair still exists, else on the arterial image.
 */
function imageIdFor(store: AppStore, measurement: Measurement, location: ImageLocation): string {
  if (measurement.image.phase !== ARTERIAL_SUBTRACTION_PHASE) return location.imageId;
  const plan = selectSubtractionStacks(store.getState()).find((s) => s.arterial.stack.stackId === location.stack.stackId);
  return (plan && subtractionImageIdAt({ ...plan, arterial: plan.arterial.stack }, location.stackIndex)) ?? location.imageId;
}

/** Where a stored caliper is drawn: the image it lies on, if that image is open. */
export function caliperPlacement(store: AppStore, measurement: Measurement): CaliperPlacement | undefined {
  const location = imageLookupFor(selectIndex(store.getState())).bySop(measurement.image.sopInstanceUid, measurement.image.frameIndex);
  if (!location) return undefined;
  const orientation = location.stack.ImageOrientationPatient;
  return {
    imageId: imageIdFor(store, measurement, location),
    frameOfReferenceUid: location.stack.FrameOfReferenceUID ?? measurement.image.frameOfReferenceUid ?? '',
    viewPlaneNormal: (orientation && sliceNormal(orientation)) ?? [0, 0, 1],
  };
}
