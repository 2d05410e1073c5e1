import { sliceNormal, type Measurement } from '../core';
import { selectIndex, type AppStore } from '../store';
import { imageLookupFor, type CaliperPlacement } from '../viewer';

/** Where a stored caliper is drawn: the image it lies on, if that image is open. */
export function caliperPlacement(store: AppStore, measurement: Measurement): CaliperPlacement | undefined {
  const location = imageLookupFor(selectIndex(store.getState())).bySop(measurement.image.sopInstanceUid, measurement.image.frameIndex);
  if (!location) return undefined;
  const orientation = location.stack.ImageOrientationPatient;
  return {
    imageId: location.imageId,
    frameOfReferenceUid: location.stack.FrameOfReferenceUID ?? measurement.image.frameOfReferenceUid ?? '',
    viewPlaneNormal: (orientation && sliceNormal(orientation)) ?? [0, 0, 1],
  };
}
