import { dot, sliceCentreMm, sliceNormal, type PatientPointMm, type SeriesRef } from '../core';
import type { DicomIndex, Stack } from '../dicom';
import { imageLookupFor } from './imageLookup';

/** What pane synchronisation needs to know about the stack a viewport shows. */
export interface SyncPane {
  viewportId: string;
  series: SeriesRef;
  /** The viewport's image ids, in its order: the check that the viewport still shows this stack. */
  imageIds: readonly string[];
  /** Centre of each image in patient mm (the stack's own Frame of Reference), by image index. */
  centresMm: PatientPointMm[];
  /** Unit slice normal. */
  normal: PatientPointMm;
  /** Position of each image along `normal`, mm, by image index. */
  positionsMm: number[];
  /** Panes of the same window group share window/level (see windowSyncGroup); null shares with none. */
  windowGroup: string | null;
}

/**
 * The synchronisation view of a stack shown in `viewportId`, or undefined when
 * the stack has no plane geometry (then it cannot be matched by position and
 * its pane is simply left alone).
 */
export function syncPaneFor(
  viewportId: string,
  stack: Stack,
  index: DicomIndex,
  imageIds: readonly string[],
  windowGroup: string | null,
): SyncPane | undefined {
  const orientation = stack.ImageOrientationPatient;
  const normal = orientation && sliceNormal(orientation);
  if (!orientation || !normal || imageIds.length === 0) return undefined;
  const lookup = imageLookupFor(index);
  const centresMm: PatientPointMm[] = [];
  for (const imageId of imageIds) {
    const position = lookup.byImageId(imageId)?.frame.imagePositionPatient;
    if (!position) return undefined;
    // Without PixelSpacing the first pixel stands in for the centre: the same in-plane shift for every slice.
    centresMm.push(
      stack.pixelSpacingMm ? sliceCentreMm(position, orientation, stack.Rows, stack.Columns, stack.pixelSpacingMm) : [position[0], position[1], position[2]],
    );
  }
  return {
    viewportId,
    series: { seriesInstanceUid: stack.SeriesInstanceUID, ...(stack.FrameOfReferenceUID ? { frameOfReferenceUid: stack.FrameOfReferenceUID } : {}) },
    imageIds,
    centresMm,
    normal,
    positionsMm: centresMm.map((centre) => dot(centre, normal)),
    windowGroup,
  };
}
