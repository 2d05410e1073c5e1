import { imageLoader, metaData, utilities } from '@cornerstonejs/core';

/**
 * Image pixel coordinates (column, row; 0,0 the top-left corner of the first
 * pixel, as DICOM SR's SCOORD counts them) of patient points on `imageId`, and
 * the image's SOP Class UID: what an SR needs to reference a caliper's image.
 * Loads the image first, since its geometry is known once it is loaded.
 */
export async function srImagePoints(imageId: string, pointsMm: ReadonlyArray<readonly [number, number, number]>): Promise<{ sopClassUid: string; pointsPx: Array<[number, number]> }> {
  await imageLoader.loadAndCacheImage(imageId);
  const sop = metaData.get('sopCommonModule', imageId) as { sopClassUID?: string } | undefined;
  if (!sop?.sopClassUID) throw new Error('the image has no SOP Class UID');
  const pointsPx = pointsMm.map((point) => utilities.worldToImageCoords(imageId, [...point]) as [number, number]);
  return { sopClassUid: sop.sopClassUID, pointsPx };
}

/** Patient coordinates (LPS, mm) of SCOORD image points on `imageId`; the inverse of {@link srImagePoints}. */
export async function patientPointsOf(imageId: string, pointsPx: ReadonlyArray<readonly [number, number]>): Promise<Array<[number, number, number]>> {
  await imageLoader.loadAndCacheImage(imageId);
  return pointsPx.map((point) => utilities.imageToWorldCoords(imageId, [point[0], point[1]]) as [number, number, number]);
}
