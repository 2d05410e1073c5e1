import { describe, expect, it } from 'vitest';
import { fitColourSamples } from './colourPixels';

describe('fitColourSamples', () => {
  it('leaves arrays with 3 or 4 samples per pixel alone', () => {
    const frame = { rows: 2, columns: 2, photometricInterpretation: 'RGB' };
    expect(fitColourSamples(new Uint8Array(12), frame)).toBeUndefined();
    expect(fitColourSamples(new Uint8Array(16), frame)).toBeUndefined();
  });

  it('drops the padding byte of an odd-sized RGB frame (3 × 3 → 27 samples of 28)', () => {
    const padded = Uint8Array.from({ length: 28 }, (_, i) => i);
    const rgb = fitColourSamples(padded, { rows: 3, columns: 3, photometricInterpretation: 'RGB' });
    expect(rgb).toEqual(Uint8Array.from({ length: 27 }, (_, i) => i));
  });

  it('converts uncompressed YBR_FULL_422 (Y1 Y2 Cb Cr per pixel pair) to RGB', () => {
    // Neutral chroma (128) gives grey at each luma; Cr = 255 pushes red up and green down.
    const ybr = Uint8Array.from([100, 200, 128, 128, 50, 50, 128, 255]);
    const rgb = fitColourSamples(ybr, { rows: 1, columns: 4, photometricInterpretation: 'YBR_FULL_422' });
    expect(Array.from(rgb!.subarray(0, 6))).toEqual([100, 100, 100, 200, 200, 200]);
    expect(rgb![6]).toBe(228); // 50 + 1.402 × 127
    expect(rgb![7]).toBe(0); // 50 − 0.71414 × 127, clamped
    expect(rgb![8]).toBe(50);
  });

  it('refuses any other length with the sizes, for the pane to show', () => {
    expect(() => fitColourSamples(new Uint8Array(20), { rows: 2, columns: 5, photometricInterpretation: 'RGB' })).toThrow(
      'colour pixel data has 20 samples where 5 × 2 RGB pixels need 30',
    );
  });
});
