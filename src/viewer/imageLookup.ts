import type { DicomIndex, IndexedFrame, PatientNode, SeriesNode, Stack, StudyNode } from '../dicom';
import { ARTERIAL_SUBTRACTION_PHASE } from '../core';
import { baseImageIdOf, frameImageId } from './imageSource';
import { parseSubtractionImageId } from './subtractionImageId';

/** Where an image sits in the index: its stack (phase, calibration), series, study, patient and position in the stack. */
export interface ImageLocation {
  imageId: string;
  frame: IndexedFrame;
  /** 0-based position of the image in its stack's display order. */
  stackIndex: number;
  stack: Stack;
  series: SeriesNode;
  study: StudyNode;
  patient: PatientNode;
  /** Set for a derived image (arterial − non-contrast): the phase its calipers are filed with; frame and stack are the arterial image's. */
  derivedPhase?: string;
}

/** Finds images both ways: Cornerstone image id → location, and SOP Instance UID + frame → location. */
export interface ImageLookup {
  byImageId(imageId: string): ImageLocation | undefined;
  bySop(sopInstanceUid: string, frameIndex: number): ImageLocation | undefined;
}

/** A subtraction image lies on its arterial image's plane: it is found as that image, with the subtraction phase. */
function subtractionLocation(imageId: string, byImageId: (imageId: string) => ImageLocation | undefined): ImageLocation | undefined {
  const source = parseSubtractionImageId(imageId);
  const arterial = source && byImageId(source.arterialImageId);
  return arterial && { ...arterial, imageId, derivedPhase: ARTERIAL_SUBTRACTION_PHASE };
}

/** A stack's images by image id and by SOP Instance UID + frame, as positions in the stack. */
interface StackImages {
  byImageId: Map<string, number>;
  bySop: Map<string, number>;
}

const sopKey = (sopInstanceUid: string, frameIndex: number) => `${sopInstanceUid}#${frameIndex}`;

/**
 * Kept per stack object: an index grown by a scan keeps the stacks of the series that
 * did not grow, so a new index re-lists only the stacks that changed, not every image open.
 */
const stackImages = new WeakMap<Stack, StackImages>();

function imagesOf(stack: Stack): StackImages {
  const cached = stackImages.get(stack);
  if (cached) return cached;
  const images: StackImages = { byImageId: new Map(), bySop: new Map() };
  let allRegistered = true;
  stack.frames.forEach((frame, stackIndex) => {
    const base = baseImageIdOf(frame.fileId);
    if (!base) {
      allRegistered = false;
      return;
    }
    images.byImageId.set(frameImageId(base, frame.frameIndex, frame.numberOfFrames), stackIndex);
    images.bySop.set(sopKey(frame.SOPInstanceUID, frame.frameIndex), stackIndex);
  });
  // A file registered later would be missing from a kept list.
  if (allRegistered) stackImages.set(stack, images);
  return images;
}

interface StackPlace {
  stack: Stack;
  series: SeriesNode;
  study: StudyNode;
  patient: PatientNode;
  images: StackImages;
}

const lookups = new WeakMap<DicomIndex, ImageLookup>();

/**
 * An image lookup over everything open, built once per index. Images whose file
 * is not registered with the loader (not loadable) are left out. Where two stacks
 * hold the same image, the later one in the index answers.
 */
export function imageLookupFor(index: DicomIndex): ImageLookup {
  const cached = lookups.get(index);
  if (cached) return cached;
  const places: StackPlace[] = [];
  for (const patient of index.patients) {
    for (const study of patient.studies) {
      for (const series of study.series) {
        for (const stack of series.stacks) places.push({ stack, series, study, patient, images: imagesOf(stack) });
      }
    }
  }
  places.reverse();
  const find = (positionIn: (images: StackImages) => number | undefined): ImageLocation | undefined => {
    for (const { images, stack, series, study, patient } of places) {
      const stackIndex = positionIn(images);
      if (stackIndex === undefined) continue;
      const frame = stack.frames[stackIndex]!;
      const imageId = frameImageId(baseImageIdOf(frame.fileId)!, frame.frameIndex, frame.numberOfFrames);
      return { imageId, frame, stackIndex, stack, series, study, patient };
    }
    return undefined;
  };
  const byImageId = (imageId: string) => find((images) => images.byImageId.get(imageId));
  const lookup: ImageLookup = {
    byImageId: (imageId) => byImageId(imageId) ?? subtractionLocation(imageId, byImageId),
    bySop: (sopInstanceUid, frameIndex) => find((images) => images.bySop.get(sopKey(sopInstanceUid, frameIndex))),
  };
  lookups.set(index, lookup);
  return lookup;
}
