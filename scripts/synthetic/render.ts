// Label slices → stored pixel values with noise. Labels are computed once per
// anatomy height and reused by every phase of a study, since only the tissue
// values change between NC, ART and PV.
import type { AxialGrid, Shape } from './shapes.ts';
import { paintSlice } from './shapes.ts';

/** The tissue label of every pixel of the slice at anatomy height zMm (0 = air). */
export function renderLabels(grid: AxialGrid, shapes: readonly Shape[], zMm: number): Uint8Array {
  const labels = new Uint8Array(grid.rows * grid.columns);
  paintSlice(labels, grid, shapes, zMm);
  return labels;
}

/** Memoised label slices of one scene on one grid, keyed by anatomy z. */
export function createLabelCache(grid: AxialGrid, shapes: readonly Shape[]): (zMm: number) => Uint8Array {
  const cache = new Map<number, Uint8Array>();
  return (zMm) => {
    const labels = cache.get(zMm) ?? renderLabels(grid, shapes, zMm);
    cache.set(zMm, labels);
    return labels;
  };
}

export interface PixelMapping {
  /** Tissue index → noise-free value (HU for CT, signal for MR). */
  values: Float64Array;
  noise: () => number;
  /** stored = value − intercept, e.g. −(−1024) for CT; 0 for MR. */
  rescaleIntercept: number;
  /** Largest stored value allowed by BitsStored. */
  maxStored: number;
}

/** Map labels to stored unsigned 16-bit pixels: value + noise − intercept, rounded and clamped. */
export function toStoredPixels(labels: Uint8Array, mapping: PixelMapping): Uint16Array {
  const pixels = new Uint16Array(labels.length);
  const { values, noise, rescaleIntercept, maxStored } = mapping;
  for (let i = 0; i < labels.length; i++) {
    const stored = Math.round((values[labels[i] ?? 0] ?? 0) + noise() - rescaleIntercept);
    pixels[i] = stored < 0 ? 0 : stored > maxStored ? maxStored : stored;
  }
  return pixels;
}
