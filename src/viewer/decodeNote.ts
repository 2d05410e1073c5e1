/** What the decoder reported about a frame, as the DICOM image loader leaves it on `image.imageFrame`. */
export interface DecodedFrameInfo {
  pixelRepresentation?: number;
  /** The codestream's own description of its samples (JPEG 2000 and HTJ2K decoders). */
  imageInfo?: { signed?: boolean };
}

/** A judgement the decoded pixels needed that the reader should know about (the overlay puts it in words). */
export type DecodeNote = 'signed-as-unsigned';

/**
 * A warning for the overlay, or undefined. Today: a JPEG 2000 codestream that
 * calls its samples unsigned while PixelRepresentation says signed
 * ('signed-as-unsigned'); the values follow PixelRepresentation, as DCMTK and GDCM read them.
 */
export function decodeNote(frame: DecodedFrameInfo | undefined): DecodeNote | undefined {
  return frame?.pixelRepresentation === 1 && frame.imageInfo?.signed === false ? 'signed-as-unsigned' : undefined;
}
