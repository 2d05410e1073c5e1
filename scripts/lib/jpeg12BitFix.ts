// Works around a bias in the JPEG decoder that @cornerstonejs/dicom-image-loader
// 5.14 uses for JPEG Extended 12-bit (1.2.840.10008.1.2.4.51): its codecs/jpeg.js
// undoes the encoder's level shift with the 8-bit constant scaled by the sample
// range, `(q + 2056 / bitConversion) >> 4` with bitConversion = 255 / 4095, i.e.
// +33017 where 2^(P−1)·16 + 8 = 32776 is meant. Every 12-bit sample comes out
// 15 (sometimes 16) too high: 1 → 16, 264 → 279 against DCMTK and GDCM.
// The loader ships no other 12-bit DCT decoder, so the line is corrected when
// Vite bundles the module (main bundle and workers). A loader upgrade that
// changes the line fails the build here instead of silently dropping the fix.
import type { Plugin } from 'vite';

const MODULE = /@cornerstonejs[\\/]dicom-image-loader[\\/].*codecs[\\/]jpeg\.js$/;

const BIASED = /q\s*=\s*q\s*<=\s*-2056\s*\/\s*component\.bitConversion\s*\?\s*0\s*:\s*q\s*>=\s*2024\s*\/\s*component\.bitConversion\s*\?\s*255\s*\/\s*component\.bitConversion\s*:\s*\(q\s*\+\s*2056\s*\/\s*component\.bitConversion\)\s*>>\s*4;/;

// q is 16 × (sample − 2^(P−1)) after the inverse DCT; P-bit samples run 0 … 2^P − 1.
// For P = 8 this is exactly the original 2056 / 2024 / 255.
const CORRECTED = [
  'var maxSample = Math.round(255 / component.bitConversion);',
  'var levelShift = ((maxSample + 1) << 3) + 8;',
  'q = q <= -levelShift ? 0 : q >= (maxSample << 4) - levelShift ? maxSample : (q + levelShift) >> 4;',
].join(' ');

/** `source` of the loader's jpeg.js with the level shift corrected; throws when the biased line is not there. */
export function correctJpegLevelShift(source: string): string {
  if (!BIASED.test(source)) throw new Error('jpeg12BitFix: the 12-bit level-shift line of dicom-image-loader codecs/jpeg.js changed; re-check the decoder');
  return source.replace(BIASED, CORRECTED);
}

/** Vite plugin applying {@link correctJpegLevelShift} to the loader's jpeg.js. */
export function jpeg12BitFixPlugin(): Plugin {
  return {
    name: 'viable-jpeg-12bit-fix',
    transform(code, id) {
      if (!MODULE.test(id.split('?')[0] ?? id)) return undefined;
      return { code: correctJpegLevelShift(code), map: null };
    },
  };
}
