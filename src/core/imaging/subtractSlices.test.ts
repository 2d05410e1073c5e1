import { describe, expect, it } from 'vitest';
import type { ImagePlane } from './imagePlane.ts';
import { gridMapping, subtractSlices } from './subtractSlices.ts';

const STORED = { rescaleSlope: 1, rescaleIntercept: -1024, alreadyScaled: false };
const HU = { rescaleSlope: 1, rescaleIntercept: 0, alreadyScaled: true };

function plane(columns: number, rows: number, spacingMm: number, origin: [number, number, number] = [0, 0, 0]): ImagePlane {
  return { origin, rowCosines: [1, 0, 0], columnCosines: [0, 1, 0], columnSpacingMm: spacingMm, rowSpacingMm: spacingMm, columns, rows };
}

describe('subtractSlices', () => {
  it('leaves enhancement (viable 130 − 40 HU) and cancels lipiodol (450 − 450 HU) on the same grid', () => {
    // viable, lipiodol, liver, necrosis — as stored (HU + 1024) on the arterial and non-contrast scans.
    const arterial = { pixels: Uint16Array.from([130, 450, 75, 25], (h) => h + 1024), plane: plane(2, 2, 1.5), lut: STORED };
    const nonContrast = { pixels: Int16Array.from([40, 450, 55, 20]), plane: plane(2, 2, 1.5), lut: HU };
    const { differenceHu, outsideCount } = subtractSlices(arterial, nonContrast);
    expect([...differenceHu]).toEqual([90, 0, 20, 5]);
    expect(outsideCount).toBe(0);
  });

  it('matches pixels by patient position when the grids are shifted by whole pixels', () => {
    // The non-contrast image starts one pixel further left: arterial column c is its column c + 1.
    const arterial = { pixels: Int16Array.from([100, 100, 100]), plane: plane(3, 1, 1, [0, 0, 0]), lut: HU };
    const nonContrast = { pixels: Int16Array.from([7, 10, 20, 30]), plane: plane(4, 1, 1, [-1, 0, 0]), lut: HU };
    expect([...subtractSlices(arterial, nonContrast).differenceHu]).toEqual([90, 80, 70]);
  });

  it('resamples a coarser non-contrast grid bilinearly and counts arterial pixels it does not cover', () => {
    // Non-contrast: 2 mm pixels with a ramp of 10 HU per mm along x; arterial: 1 mm pixels, flat 100 HU, reaching past its edge.
    const ncPixels = Int16Array.from({ length: 3 * 2 }, (_, i) => (i % 3) * 20);
    const nonContrast = { pixels: ncPixels, plane: plane(3, 2, 2), lut: HU };
    const arterial = { pixels: new Int16Array(7).fill(100), plane: plane(7, 1, 1), lut: HU };
    const { differenceHu, outsideCount } = subtractSlices(arterial, nonContrast);
    // x = 0..4 mm read 0..40 HU; x = 5 mm is within half a pixel of the last centre (clamped); x = 6 mm is outside.
    expect([...differenceHu]).toEqual([100, 90, 80, 70, 60, 60, 0]);
    expect(outsideCount).toBe(1);
  });

  it('maps arterial pixel indices into a rotated non-contrast plane', () => {
    // The non-contrast rows run along −x from x = 3 mm: arterial column c is its column 3 − c.
    const nc: ImagePlane = { ...plane(4, 1, 1, [3, 0, 0]), rowCosines: [-1, 0, 0], columnCosines: [0, 1, 0] };
    const map = gridMapping(plane(4, 1, 1), nc);
    expect(map.column).toEqual([3, -1, 0]);
  });
});
