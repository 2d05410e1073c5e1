import type { Types } from '@cornerstonejs/core';
import { SharedStrings } from '../dicom';

/**
 * A decoded frame as kept with its image. It comes back from its decoding worker
 * structured-cloned, with its own copy of its image id and of strings every slice
 * shares (photometric interpretation, modality): ~70 bytes a slice, beside a heap that
 * issue 11 allows 15 % above the pixels. The JPEG-LS decoder also leaves what it read
 * of the codestream (`frameInfo`, and `encodeOptions` holding another copy of it),
 * three objects a slice that nothing on the page reads (`imageInfo` is: decodeNote.ts).
 */
const strings = new SharedStrings();

interface KeptFrameFields {
  imageId?: unknown;
  photometricInterpretation?: unknown;
  frameInfo?: unknown;
  encodeOptions?: unknown;
}

/**
 * Gives `image`'s decoded frame the image's own id string and the shared copies of its
 * repeated strings, and lets go of the decoder's unread codestream description (set to
 * undefined, not deleted: a deleted field makes the frame a dictionary, larger); returns `image`.
 */
export function compactDecodedFrame(image: Types.IImage): Types.IImage {
  const frame = image.imageFrame as KeptFrameFields | undefined;
  if (frame) {
    if (frame.imageId === image.imageId) frame.imageId = image.imageId;
    if (typeof frame.photometricInterpretation === 'string') frame.photometricInterpretation = strings.string(frame.photometricInterpretation);
    if (frame.frameInfo !== undefined) frame.frameInfo = undefined;
    if (frame.encodeOptions !== undefined) frame.encodeOptions = undefined;
  }
  const scaling = image.preScale?.scalingParameters as { modality?: unknown } | undefined;
  if (typeof scaling?.modality === 'string') scaling.modality = strings.string(scaling.modality);
  return image;
}
