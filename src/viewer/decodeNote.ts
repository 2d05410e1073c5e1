/** What the decoder reported about a frame, as the DICOM image loader leaves it on `image.imageFrame`. */
export interface DecodedFrameInfo {
  pixelRepresentation?: number;
  /** The codestream's own description of its samples (JPEG 2000 and HTJ2K decoders). */
  imageInfo?: { signed?: boolean };
}

/**
 * A warning for the overlay when the decoded pixels needed a judgement the
 * reader should know about, or undefined. Today: a JPEG 2000 codestream that
 * calls its samples unsigned while PixelRepresentation says signed; the values
 * follow PixelRepresentation, as DCMTK and GDCM read them.
 */
export function decodeNote(frame: DecodedFrameInfo | undefined): string | undefined {
  if (frame?.pixelRepresentation === 1 && frame.imageInfo?.signed === false) {
    return 'Codestream says unsigned, header signed: read as signed (PixelRepresentation)';
  }
  return undefined;
}
