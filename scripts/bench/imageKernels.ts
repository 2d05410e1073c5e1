// The per-slice image kernels the reader waits for when toggling an overlay: arterial
// minus non-contrast subtraction and the lipiodol mask, on a 512 × 512 slice. Timed in
// Node (the same V8 as the page) so that a slow algorithm shows here, not as a timed
// unit test that fails whenever the machine is busy.
import { lipiodolMask } from '../../src/core/imaging/lipiodolMask.ts';
import type { ImagePlane } from '../../src/core/imaging/imagePlane.ts';
import { subtractSlices } from '../../src/core/imaging/subtractSlices.ts';
import { fastestRunMs } from './fastestRunMs.ts';
import type { BenchMeasure } from './measure.ts';
import { type Column, fixed, formatTable } from './report.ts';

const SIZE = 512;
const STORED = { rescaleSlope: 1, rescaleIntercept: -1024, alreadyScaled: false };

interface KernelRow {
  kernel: string;
  fastestMs: number;
  goalMs: number;
}

const COLUMNS: Array<Column<KernelRow>> = [
  ['kernel (512 × 512)', (row) => row.kernel],
  ['fastest of runs ms', (row) => fixed(row.fastestMs, 2)],
  ['goal ms', (row) => fixed(row.goalMs, 0)],
];

function plane(origin: [number, number, number]): ImagePlane {
  return { origin, rowCosines: [1, 0, 0], columnCosines: [0, 1, 0], columnSpacingMm: 0.7, rowSpacingMm: 0.7, columns: SIZE, rows: SIZE };
}

export const imageKernels: BenchMeasure = {
  name: 'imageKernels',
  async run({ onStep }) {
    onStep('image kernels');
    const pixels = new Uint16Array(SIZE * SIZE).map((_, i) => (i * 7) % 4096);
    const same = { pixels, plane: plane([0, 0, 0]), lut: STORED };
    // Half a pixel off in both directions: every output pixel is interpolated.
    const shifted = { pixels, plane: plane([0.35, 0.35, 0]), lut: STORED };
    const target = new Uint8Array(pixels.length);
    const rows: KernelRow[] = [
      { kernel: 'subtraction, same grid', fastestMs: fastestRunMs(10, () => subtractSlices(same, same)), goalMs: 30 },
      { kernel: 'subtraction, shifted grid', fastestMs: fastestRunMs(10, () => subtractSlices(same, shifted)), goalMs: 60 },
      { kernel: 'lipiodol mask ≥ 300 HU', fastestMs: fastestRunMs(40, () => lipiodolMask(pixels, STORED, 300, target)), goalMs: 5 },
    ];
    return {
      table: formatTable(COLUMNS, rows),
      notes: [],
      goals: rows.map((row) => ({ text: `${row.kernel} ≤ ${row.goalMs} ms (512 × 512)`, met: row.fastestMs <= row.goalMs })),
      record: rows,
    };
  },
};
