/**
 * The scale bar drawn on an image: a round length in mm and how many screen
 * pixels it spans at the current zoom. Pure, so the choice is unit-tested.
 */

export interface ScaleBar {
  lengthMm: number;
  lengthPx: number;
}

/** Round lengths a reader can read at a glance (mm): 1, 2, 5 × 10ⁿ. */
const STEPS = [1, 2, 5];

/**
 * The longest round length whose bar fits in `maxPx` screen pixels, given the
 * image's `mmPerPixel` (CSS pixel) at the current zoom. Undefined when the scale
 * is unknown or not positive: the bar is never guessed.
 */
export function scaleBarFor(mmPerPixel: number | undefined, maxPx: number): ScaleBar | undefined {
  if (mmPerPixel === undefined || !Number.isFinite(mmPerPixel) || mmPerPixel <= 0 || maxPx <= 0) return undefined;
  const maxMm = mmPerPixel * maxPx;
  let best: number | undefined;
  for (let exponent = Math.floor(Math.log10(maxMm)) - 1; exponent <= Math.ceil(Math.log10(maxMm)); exponent++) {
    for (const step of STEPS) {
      const lengthMm = step * 10 ** exponent;
      if (lengthMm <= maxMm * (1 + 1e-9) && (best === undefined || lengthMm > best)) best = lengthMm;
    }
  }
  return best === undefined ? undefined : { lengthMm: best, lengthPx: best / mmPerPixel };
}
