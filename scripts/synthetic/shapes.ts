// Geometric primitives of the phantom and their rasterisation into axial slices.
// Every organ and lesion part is an ellipsoid rotated about z (a cylinder is an
// ellipsoid with an infinite z semi-axis), which keeps the true lesion diameters
// exact: a caliper between the ends of the long axis measures 2 × semi-axis.
import type { Vec3 } from './description.ts';

export interface Shape {
  /** Index into the tissue table; later shapes paint over earlier ones. */
  tissue: number;
  centreMm: Vec3;
  /** Semi-axes along the rotated u (long), v, and z axes; z may be Infinity. */
  semiAxesMm: Vec3;
  angleRad: number;
  /** Optional z clamp (anatomy mm) for finite cylinders such as the portal vein. */
  zLimitsMm?: readonly [number, number];
}

/** An axial image grid in anatomy coordinates: pixel (c, r) centre = origin + (c·dx, r·dy). */
export interface AxialGrid {
  rows: number;
  columns: number;
  rowSpacingMm: number;
  columnSpacingMm: number;
  originXMm: number;
  originYMm: number;
}

/** The ellipse where `shape` cuts the plane at height z, or null when it misses it. */
function crossSection(shape: Shape, z: number): { a: number; b: number } | null {
  const [a, b, c] = shape.semiAxesMm;
  const limits = shape.zLimitsMm;
  if (limits && (z < limits[0] || z > limits[1])) return null;
  const dz = (z - shape.centreMm[2]) / c;
  if (dz * dz >= 1) return null;
  const scale = Math.sqrt(1 - dz * dz);
  return { a: a * scale, b: b * scale };
}

/** Paint every shape that crosses height z into `labels` (row-major), visiting only its bounding box. */
export function paintSlice(labels: Uint8Array, grid: AxialGrid, shapes: readonly Shape[], z: number): void {
  for (const shape of shapes) {
    const section = crossSection(shape, z);
    if (!section) continue;
    const cos = Math.cos(shape.angleRad);
    const sin = Math.sin(shape.angleRad);
    const [cx, cy] = shape.centreMm;
    const halfX = Math.hypot(section.a * cos, section.b * sin);
    const halfY = Math.hypot(section.a * sin, section.b * cos);
    const c0 = Math.max(0, Math.ceil((cx - halfX - grid.originXMm) / grid.columnSpacingMm));
    const c1 = Math.min(grid.columns - 1, Math.floor((cx + halfX - grid.originXMm) / grid.columnSpacingMm));
    const r0 = Math.max(0, Math.ceil((cy - halfY - grid.originYMm) / grid.rowSpacingMm));
    const r1 = Math.min(grid.rows - 1, Math.floor((cy + halfY - grid.originYMm) / grid.rowSpacingMm));
    const invA2 = 1 / (section.a * section.a);
    const invB2 = 1 / (section.b * section.b);
    for (let r = r0; r <= r1; r++) {
      const dy = grid.originYMm + r * grid.rowSpacingMm - cy;
      const rowStart = r * grid.columns;
      for (let col = c0; col <= c1; col++) {
        const dx = grid.originXMm + col * grid.columnSpacingMm - cx;
        const u = dx * cos + dy * sin;
        const v = -dx * sin + dy * cos;
        if (u * u * invA2 + v * v * invB2 < 1) labels[rowStart + col] = shape.tissue;
      }
    }
  }
}

/** Tissue at one anatomy point: the last shape containing it, else `background`. Same rule as paintSlice. */
export function tissueAt(shapes: readonly Shape[], point: Vec3, background: number): number {
  for (let i = shapes.length - 1; i >= 0; i--) {
    const shape = shapes[i];
    if (!shape) continue;
    const section = crossSection(shape, point[2]);
    if (!section) continue;
    const dx = point[0] - shape.centreMm[0];
    const dy = point[1] - shape.centreMm[1];
    const u = dx * Math.cos(shape.angleRad) + dy * Math.sin(shape.angleRad);
    const v = -dx * Math.sin(shape.angleRad) + dy * Math.cos(shape.angleRad);
    if ((u * u) / (section.a * section.a) + (v * v) / (section.b * section.b) < 1) return shape.tissue;
  }
  return background;
}
