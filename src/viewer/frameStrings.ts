import type { Types } from '@cornerstonejs/core';

/**
 * One copy of each string the decoded frames of a stack repeat. A frame comes back from
 * its decoding worker structured-cloned, with its own copy of its image id and of
 * strings every slice shares (photometric interpretation, modality): ~70 bytes a slice
 * kept with the image, beside a heap that issue 11 allows 15 % above the pixels.
 */
const strings = new Map<string, string>();

function shared(value: string): string {
  const first = strings.get(value);
  if (first !== undefined) return first;
  strings.set(value, value);
  return value;
}

interface FrameStrings {
  imageId?: unknown;
  photometricInterpretation?: unknown;
}

/** Gives `image`'s decoded frame the image's own id string and the shared copies of its repeated strings; returns `image`. */
export function shareFrameStrings(image: Types.IImage): Types.IImage {
  const frame = image.imageFrame as FrameStrings | undefined;
  if (frame) {
    if (frame.imageId === image.imageId) frame.imageId = image.imageId;
    if (typeof frame.photometricInterpretation === 'string') frame.photometricInterpretation = shared(frame.photometricInterpretation);
  }
  const scaling = image.preScale?.scalingParameters as { modality?: unknown } | undefined;
  if (typeof scaling?.modality === 'string') scaling.modality = shared(scaling.modality);
  return image;
}
