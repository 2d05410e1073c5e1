import { dot, projectedSliceIndex, sliceNormal, type Measurement, type SliceStack } from '../core';
import type { DicomIndex, Stack } from '../dicom';
import { imageLookupFor } from './imageLookup';

/**
 * Calipers of one series shown faintly on the other series of the same study
 * (e.g. the arterial viable diameter on the portal-venous phase, to check
 * washout), placed by patient position. A display aid only: these are not
 * annotations, so they can never be selected, moved, saved or counted.
 */

const sliceStacks = new WeakMap<Stack, SliceStack | null>();

/** Positions of a stack's slices along its normal; null without plane geometry (nothing can be placed on it). */
function sliceStackOf(stack: Stack): SliceStack | null {
  const cached = sliceStacks.get(stack);
  if (cached !== undefined) return cached;
  const normal = stack.ImageOrientationPatient && sliceNormal(stack.ImageOrientationPatient);
  const positionsMm = normal ? stack.frames.map((frame) => (frame.imagePositionPatient ? dot(frame.imagePositionPatient, normal) : Number.NaN)) : [];
  const result = normal && positionsMm.every(Number.isFinite) ? { normal, positionsMm } : null;
  sliceStacks.set(stack, result);
  return result;
}

/** How thick a slice of `stack` is for matching, mm: its SliceThickness, else the spacing between slices. */
function sliceThicknessOf(stack: Stack): number | undefined {
  return stack.sliceThicknessMm ?? stack.sliceSpacingMm;
}

/**
 * The calipers that belong on the image `imageId` although drawn on another
 * series of its study (and Frame of Reference): those whose nearest slice of this
 * stack is this image, within half a slice thickness.
 */
export function projectedCalipersOn(imageId: string, measurements: readonly Measurement[], index: DicomIndex): Measurement[] {
  const lookup = imageLookupFor(index);
  const here = lookup.byImageId(imageId);
  const slices = here && sliceStackOf(here.stack);
  const thicknessMm = here && sliceThicknessOf(here.stack);
  if (!here || !slices || !thicknessMm) return [];
  return measurements.filter((measurement) => {
    const source = lookup.bySop(measurement.image.sopInstanceUid, measurement.image.frameIndex);
    if (!source || source.study !== here.study || source.series === here.series) return false;
    // Patient coordinates of two Frames of Reference cannot be compared.
    const sourceFrame = source.stack.FrameOfReferenceUID;
    const hereFrame = here.stack.FrameOfReferenceUID;
    if (!sourceFrame || sourceFrame !== hereFrame) return false;
    return projectedSliceIndex(measurement.pointsMm, slices, thicknessMm) === here.stackIndex;
  });
}
