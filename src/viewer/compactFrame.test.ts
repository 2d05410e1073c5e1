import type { Types } from '@cornerstonejs/core';
import { describe, expect, it } from 'vitest';
import { compactDecodedFrame } from './compactFrame';

/** A decoded image as the loader gives it: the frame's strings are copies of their own (built here at run time). */
const decoded = (index: number) =>
  ({
    imageId: `dicomfile:${index}`,
    imageFrame: {
      imageId: ['dicomfile', index].join(':'),
      photometricInterpretation: ['MONO', 'CHROME2'].join(''),
      rows: 2,
      imageInfo: { signed: false },
      frameInfo: { width: 2, height: 2 },
      encodeOptions: { nearLossless: 0, frameInfo: { width: 2, height: 2 } },
    },
    preScale: { scalingParameters: { modality: ['C', 'T'].join(''), rescaleSlope: 1 } },
  }) as unknown as Types.IImage;

describe('compactDecodedFrame', () => {
  it("gives the frame the image's id and one copy of the strings slices repeat, and lets go of the decoder's unread codestream description", () => {
    const [first, second] = [compactDecodedFrame(decoded(1)), compactDecodedFrame(decoded(2))];
    const frameOf = (image: Types.IImage) => image.imageFrame as unknown as Record<string, unknown>;
    expect(frameOf(second!).imageId).toBe('dicomfile:2');
    expect(frameOf(second!).photometricInterpretation).toBe('MONOCHROME2');
    expect(frameOf(second!).rows).toBe(2);
    expect(second!.preScale!.scalingParameters!.modality).toBe('CT');
    // Same string objects cannot be told apart in JS; the same values, and no field lost, is what can fail here.
    expect(Object.keys(frameOf(first!))).toEqual(['imageId', 'photometricInterpretation', 'rows', 'imageInfo', 'frameInfo', 'encodeOptions']);
    // The JPEG-LS decoder's codestream description goes; imageInfo stays (decodeNote reads it).
    expect(frameOf(first!)).toMatchObject({ frameInfo: undefined, encodeOptions: undefined, imageInfo: { signed: false } });
  });

  it('leaves an image without a frame or scaling as it is', () => {
    const bare = { imageId: 'dicomfile:3' } as unknown as Types.IImage;
    expect(compactDecodedFrame(bare)).toEqual({ imageId: 'dicomfile:3' });
  });
});
