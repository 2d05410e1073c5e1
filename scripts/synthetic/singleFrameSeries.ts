// Writes one single-frame series (CT Image or MR Image storage): one file per
// axial slice, IM0001.dcm being the most superior slice.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AXIAL_ORIENTATION, dsVector, instanceUid } from './datasets.ts';
import type { TransferSyntax, Vec3 } from './description.ts';
import { ds, writePart10, type NaturalDataset } from './dicomWriter.ts';
import { toStoredPixels, type PixelMapping } from './render.ts';
import { encodeRleFrame } from './rle.ts';
import type { AxialGrid } from './shapes.ts';

export interface SingleFrameSeriesPlan {
  studyKey: string;
  seriesKey: string;
  /** Relative to the output root, with forward slashes (it goes into manifest.json); '' for the root itself. */
  folder: string;
  grid: AxialGrid;
  /** Anatomy z of each slice in instance order. */
  zPositionsMm: readonly number[];
  tableShiftMm: Vec3;
  labelsAt: (zMm: number) => Uint8Array;
  mapping: PixelMapping;
  transferSyntax: TransferSyntax;
  /** Everything constant across the series, including SOPClassUID and the pixel module. */
  attributes: NaturalDataset;
}

export interface WrittenFile {
  path: string;
  bytes: number;
}

export const instanceFileName = (index: number): string => `IM${String(index + 1).padStart(4, '0')}.dcm`;

/** Patient-space position of pixel (0, 0) of a slice at anatomy height zMm. */
export function slicePositionMm(grid: AxialGrid, zMm: number, shiftMm: Vec3): Vec3 {
  return [grid.originXMm + shiftMm[0], grid.originYMm + shiftMm[1], zMm + shiftMm[2]];
}

export function writeSingleFrameSeries(plan: SingleFrameSeriesPlan, outDir: string): WrittenFile[] {
  mkdirSync(path.join(outDir, plan.folder), { recursive: true });
  return plan.zPositionsMm.map((zMm, index) => {
    const pixels = toStoredPixels(plan.labelsAt(zMm), plan.mapping);
    const position = slicePositionMm(plan.grid, zMm, plan.tableShiftMm);
    const pixelData =
      plan.transferSyntax === 'rle-lossless'
        ? [encodeRleFrame(pixels, plan.grid.rows, plan.grid.columns).buffer]
        : [pixels.buffer]; // little-endian host, as Explicit VR Little Endian requires
    const dataset: NaturalDataset = {
      ...plan.attributes,
      SOPInstanceUID: instanceUid(plan.studyKey, plan.seriesKey, index + 1),
      InstanceNumber: index + 1,
      ImagePositionPatient: dsVector(position),
      ImageOrientationPatient: AXIAL_ORIENTATION,
      SliceLocation: ds(position[2]),
      PixelData: pixelData,
    };
    const relativePath = plan.folder ? `${plan.folder}/${instanceFileName(index)}` : instanceFileName(index);
    const bytes = writePart10(dataset, plan.transferSyntax);
    writeFileSync(path.join(outDir, relativePath), bytes);
    return { path: relativePath, bytes: bytes.byteLength };
  });
}
