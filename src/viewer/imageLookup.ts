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
function subtractionLocation(imageId: string, byImageId: Map<string, ImageLocation>): ImageLocation | undefined {
  const source = parseSubtractionImageId(imageId);
  const arterial = source && byImageId.get(source.arterialImageId);
  return arterial && { ...arterial, imageId, derivedPhase: ARTERIAL_SUBTRACTION_PHASE };
}

const lookups = new WeakMap<DicomIndex, ImageLookup>();

/**
 * An image lookup over everything open, built once per index. Images whose file
 * is not registered with the loader (not loadable) are left out.
 */
export function imageLookupFor(index: DicomIndex): ImageLookup {
  const cached = lookups.get(index);
  if (cached) return cached;
  const byImageId = new Map<string, ImageLocation>();
  const bySop = new Map<string, ImageLocation>();
  for (const patient of index.patients) {
    for (const study of patient.studies) {
      for (const series of study.series) {
        for (const stack of series.stacks) {
          stack.frames.forEach((frame, stackIndex) => {
            const base = baseImageIdOf(frame.fileId);
            if (!base) return;
            const imageId = frameImageId(base, frame.frameIndex, frame.numberOfFrames);
            const location = { imageId, frame, stackIndex, stack, series, study, patient };
            byImageId.set(imageId, location);
            bySop.set(`${frame.SOPInstanceUID}#${frame.frameIndex}`, location);
          });
        }
      }
    }
  }
  const lookup: ImageLookup = {
    byImageId: (imageId) => byImageId.get(imageId) ?? subtractionLocation(imageId, byImageId),
    bySop: (sopInstanceUid, frameIndex) => bySop.get(`${sopInstanceUid}#${frameIndex}`),
  };
  lookups.set(index, lookup);
  return lookup;
}
