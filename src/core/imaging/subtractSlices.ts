/**
 * Arterial minus non-contrast, pixel by pixel in HU: what is left is what the
 * contrast added (enhancement), while lipiodol, calcium and bone, equally dense
 * on both, cancel. The two slices are matched by patient position, not by pixel
 * index: the non-contrast series may have another grid (spacing, field of view),
 * so each arterial pixel centre is projected into the non-contrast plane and the
 * value there is interpolated bilinearly.
 */
import { dot, subtractMm } from '../geometry/vectors.ts';
import type { ModalityLut } from './hounsfield.ts';
import type { ImagePlane } from './imagePlane.ts';

/** One decoded slice with its plane and modality LUT. */
export interface HuSlice {
  pixels: ArrayLike<number>;
  plane: ImagePlane;
  lut: ModalityLut;
}

export interface SubtractionResult {
  /** HU difference per arterial pixel, row-major on the arterial grid; 0 where the non-contrast slice has no data. */
  differenceHu: Int16Array;
  /** Arterial pixels whose position falls outside the non-contrast image (set to 0). */
  outsideCount: number;
}

/** Non-contrast column and row (fractional) of arterial pixel (c, r): colOf = a0 + a1·c + a2·r, rowOf likewise. */
interface GridMapping {
  column: readonly [number, number, number];
  row: readonly [number, number, number];
}

/** The affine map from arterial pixel indices to non-contrast pixel indices, by projecting into the NC plane. */
export function gridMapping(arterial: ImagePlane, nonContrast: ImagePlane): GridMapping {
  const offset = subtractMm(arterial.origin, nonContrast.origin);
  const along = (axis: readonly number[], spacingMm: number): [number, number, number] => [
    dot(offset, axis) / spacingMm,
    (dot(arterial.rowCosines, axis) * arterial.columnSpacingMm) / spacingMm,
    (dot(arterial.columnCosines, axis) * arterial.rowSpacingMm) / spacingMm,
  ];
  return { column: along(nonContrast.rowCosines, nonContrast.columnSpacingMm), row: along(nonContrast.columnCosines, nonContrast.rowSpacingMm) };
}

const INT16_MIN = -32768;
const INT16_MAX = 32767;
const EPSILON = 1e-6;

/** True when the map is a whole-pixel shift, so values can be read without interpolating. */
function isWholePixelShift({ column: [c0, c1, c2], row: [r0, r1, r2] }: GridMapping): boolean {
  const whole = (v: number) => Math.abs(v - Math.round(v)) < EPSILON;
  return Math.abs(c1 - 1) < EPSILON && Math.abs(c2) < EPSILON && Math.abs(r1) < EPSILON && Math.abs(r2 - 1) < EPSILON && whole(c0) && whole(r0);
}

/** A slice's values in HU, in one pass (so that interpolation reads plain numbers). */
function huValues(slice: HuSlice): Float32Array {
  const { pixels, lut } = slice;
  const values = new Float32Array(pixels.length);
  const slope = lut.alreadyScaled ? 1 : lut.rescaleSlope;
  const intercept = lut.alreadyScaled ? 0 : lut.rescaleIntercept;
  for (let i = 0; i < pixels.length; i++) values[i] = pixels[i]! * slope + intercept;
  return values;
}

const clampInt16 = (value: number): number => (value < INT16_MIN ? INT16_MIN : value > INT16_MAX ? INT16_MAX : Math.round(value));

/** `arterial − nonContrast` in HU on the arterial grid, rounded and clamped to 16 bits. */
export function subtractSlices(arterial: HuSlice, nonContrast: HuSlice): SubtractionResult {
  const { columns, rows } = arterial.plane;
  const nc = nonContrast.plane;
  const differenceHu = new Int16Array(columns * rows);
  const arterialHu = huValues(arterial);
  const ncHu = huValues(nonContrast);
  const map = gridMapping(arterial.plane, nc);
  const [c0, c1, c2] = map.column;
  const [r0, r1, r2] = map.row;
  const whole = isWholePixelShift(map);
  let outsideCount = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const i = r * columns + c;
      const x = c0 + c1 * c + c2 * r;
      const y = r0 + r1 * c + r2 * r;
      const value = whole ? wholePixel(Math.round(x), Math.round(y), nc, ncHu) : bilinear(x, y, nc, ncHu);
      if (Number.isNaN(value)) outsideCount++;
      else differenceHu[i] = clampInt16(arterialHu[i]! - value);
    }
  }
  return { differenceHu, outsideCount };
}

/** The value of a pixel, or NaN outside the image. */
function wholePixel(column: number, row: number, plane: ImagePlane, values: Float32Array): number {
  return column >= 0 && row >= 0 && column < plane.columns && row < plane.rows ? values[row * plane.columns + column]! : NaN;
}

/** Bilinear value at fractional (column, row), or NaN beyond half a pixel outside the pixel centres (that edge is clamped). */
function bilinear(column: number, row: number, plane: ImagePlane, values: Float32Array): number {
  const { columns, rows } = plane;
  if (column < -0.5 || row < -0.5 || column > columns - 0.5 || row > rows - 0.5) return NaN;
  const x = column < 0 ? 0 : column > columns - 1 ? columns - 1 : column;
  const y = row < 0 ? 0 : row > rows - 1 ? rows - 1 : row;
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const x1 = x0 + 1 < columns ? x0 + 1 : x0;
  const y1 = y0 + 1 < rows ? y0 + 1 : y0;
  const fx = x - x0;
  const fy = y - y0;
  const top = values[y0 * columns + x0]! * (1 - fx) + values[y0 * columns + x1]! * fx;
  const bottom = values[y1 * columns + x0]! * (1 - fx) + values[y1 * columns + x1]! * fx;
  return top * (1 - fy) + bottom * fy;
}
