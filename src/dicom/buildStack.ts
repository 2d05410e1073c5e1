import { defined } from './defined';
import { sliceNormal } from '../core';
import { displaySign, orientationOf } from './geometry';
import type { Calibration, IndexedFrame, Stack } from './indexTypes';
import { inferPhase } from './inferPhase';
import { type StackPart, type WorkFrame, earliestTime, positionAlongNormal } from './splitSeries';

/** A gap further than this fraction from the median marks the spacing irregular. */
const IRREGULAR_GAP_FRACTION = 0.1;

function median(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (!sorted.length) return undefined;
  return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function calibrationOf(first: WorkFrame): { calibration: Calibration; pixelSpacingMm?: [number, number] } {
  const { PixelSpacing } = first.geometry;
  if (PixelSpacing) return { calibration: 'PixelSpacing', pixelSpacingMm: PixelSpacing };
  const { ImagerPixelSpacing } = first.instance;
  if (ImagerPixelSpacing) return { calibration: 'ImagerPixelSpacing', pixelSpacingMm: ImagerPixelSpacing };
  return { calibration: 'none' };
}

function toIndexedFrame({ instance, frameIndex, geometry }: WorkFrame, positionMm: number | undefined): IndexedFrame {
  return defined({
    fileId: instance.fileId,
    frameIndex,
    numberOfFrames: instance.NumberOfFrames,
    SOPInstanceUID: instance.SOPInstanceUID,
    InstanceNumber: instance.InstanceNumber,
    imagePositionPatient: geometry.ImagePositionPatient,
    positionMm,
    acquisitionTime: instance.AcquisitionTime,
  });
}

/**
 * Summarises one part of a series as a {@link Stack}: orders the frames along the
 * slice normal in the radiological display direction ({@link displaySign}: head
 * to feet, front to back, right to left) when every frame has geometry, else keeps
 * InstanceNumber order; measures spacing; infers the phase.
 *
 * @param part frames in canonical order, all of one size and orientation
 * @param stackId `${SeriesInstanceUID}:${n}`
 */
export function buildStack(part: StackPart, stackId: string): Stack {
  const first = part.frames[0];
  if (!first) throw new Error(`stack ${stackId} has no frames`);
  const { instance } = first;
  const positioned = part.frames.map((frame) => ({ frame, positionMm: positionAlongNormal(frame) }));
  const byPosition = positioned.every((p) => p.positionMm !== undefined);
  const iop = first.geometry.ImageOrientationPatient;
  const normal = iop && sliceNormal(iop);
  // positionMm stays the signed distance along the normal; only the order follows the display direction.
  const sign = normal ? displaySign(normal) : 1;
  // Array.prototype.sort is stable, so equal positions keep InstanceNumber order.
  if (byPosition) positioned.sort((a, b) => sign * ((a.positionMm ?? 0) - (b.positionMm ?? 0)));
  const positions = byPosition ? positioned.map((p) => p.positionMm ?? 0) : [];
  const gaps = positions.slice(1).map((p, i) => Math.abs(p - (positions[i] ?? 0)));
  const sliceSpacingMm = median(gaps);
  const irregularSpacing =
    sliceSpacingMm !== undefined && gaps.some((gap) => Math.abs(gap - sliceSpacingMm) > IRREGULAR_GAP_FRACTION * sliceSpacingMm);
  const acquisitionTime = earliestTime(part.frames);
  const title = instance.SeriesDescription || (instance.SeriesNumber !== undefined ? `Series ${instance.SeriesNumber}` : instance.Modality);
  return defined<Stack>({
    stackId,
    SeriesInstanceUID: instance.SeriesInstanceUID,
    label: [title, ...part.labelParts].join(' — '),
    Modality: instance.Modality,
    FrameOfReferenceUID: instance.FrameOfReferenceUID,
    Rows: instance.Rows,
    Columns: instance.Columns,
    orientation: orientationOf(normal),
    ImageOrientationPatient: iop,
    ordering: byPosition ? 'position' : 'instanceNumber',
    sliceSpacingMm,
    irregularSpacing,
    sliceThicknessMm: first.geometry.SliceThickness,
    ...calibrationOf(first),
    acquisitionTime,
    phase: inferPhase({ ...instance, AcquisitionTime: acquisitionTime }),
    frameCount: positioned.length,
    frames: positioned.map((p) => toIndexedFrame(p.frame, p.positionMm)),
  });
}
