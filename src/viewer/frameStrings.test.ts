import type { Types } from '@cornerstonejs/core';
import { describe, expect, it } from 'vitest';
import { shareFrameStrings } from './frameStrings';

/** A decoded image as the loader gives it: the frame's strings are copies of their own (built here at run time). */
const decoded = (index: number) =>
  ({
    imageId: `dicomfile:${index}`,
    imageFrame: { imageId: ['dicomfile', index].join(':'), photometricInterpretation: ['MONO', 'CHROME2'].join(''), rows: 2 },
    preScale: { scalingParameters: { modality: ['C', 'T'].join(''), rescaleSlope: 1 } },
  }) as unknown as Types.IImage;

describe('shareFrameStrings', () => {
  it("gives the frame the image's id and the images one copy of the strings they repeat, with the same values", () => {
    const [first, second] = [shareFrameStrings(decoded(1)), shareFrameStrings(decoded(2))];
    const frameOf = (image: Types.IImage) => image.imageFrame as unknown as { imageId: string; photometricInterpretation: string; rows: number };
    expect(frameOf(second!).imageId).toBe('dicomfile:2');
    expect(frameOf(second!).photometricInterpretation).toBe('MONOCHROME2');
    expect(frameOf(second!).rows).toBe(2);
    expect(second!.preScale!.scalingParameters!.modality).toBe('CT');
    // Same string objects cannot be told apart in JS; the same values, and no field lost, is what can fail here.
    expect(Object.keys(frameOf(first!))).toEqual(['imageId', 'photometricInterpretation', 'rows']);
  });

  it('leaves an image without a frame or scaling as it is', () => {
    const bare = { imageId: 'dicomfile:3' } as unknown as Types.IImage;
    expect(shareFrameStrings(bare)).toEqual({ imageId: 'dicomfile:3' });
  });
});
