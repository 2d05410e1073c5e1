import { formatTm, tmToSeconds } from './dicomTime';
import { groupBy } from './groupBy';
import { dot, sliceNormal } from '../core';
import { orientationOf, sameOrientation } from './geometry';
import type { FrameGeometry, ScannedInstance } from './types';

/** A frame while the index is built: its instance and its merged geometry. */
export interface WorkFrame {
  instance: ScannedInstance;
  frameIndex: number;
  geometry: FrameGeometry;
}

/** A group of frames that becomes one stack, with what sets it apart from its siblings. */
export interface StackPart {
  frames: WorkFrame[];
  /** E.g. ["512×512", "acquisition 2 of 3 (14:02:35)"]; empty when the series was not split. */
  labelParts: string[];
}

/** Slices closer than this along the normal are the same position, mm. */
const SAME_POSITION_MM = 0.01;
/** Gap between acquisition times that separates two acquisitions (phases are ≥ 15 s apart; one helical pass has sub-second gaps), s. */
const ACQUISITION_GAP_S = 5;

/** Signed distance of the frame along the slice normal of its own orientation, mm. */
export function positionAlongNormal(frame: WorkFrame): number | undefined {
  const { ImageOrientationPatient: iop, ImagePositionPatient: ipp } = frame.geometry;
  const normal = iop && sliceNormal(iop);
  return normal && ipp ? dot(ipp, normal) : undefined;
}

/** For each frame, the index of its distinct slice position; undefined when some frame has no geometry. */
function positionKeys(frames: readonly WorkFrame[]): number[] | undefined {
  const positions = frames.map(positionAlongNormal);
  if (positions.some((p) => p === undefined)) return undefined;
  const values = positions as number[];
  const keys = new Array<number>(values.length);
  let key = -1;
  let previous = -Infinity;
  for (const i of values.map((_, i) => i).sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0))) {
    const value = values[i] ?? 0;
    if (value - previous > SAME_POSITION_MM) key += 1;
    keys[i] = key;
    previous = value;
  }
  return keys;
}

const hasRepeats = (keys: readonly number[]): boolean => new Set(keys).size < keys.length;
const repeatsFree = (frames: readonly WorkFrame[]): boolean => !hasRepeats(positionKeys(frames) ?? []);

/** Clusters of acquisition time separated by more than {@link ACQUISITION_GAP_S}; one group when a time is missing. */
function timeClusters(frames: readonly WorkFrame[]): WorkFrame[][] {
  const timed = frames.map((frame) => ({ frame, s: tmToSeconds(frame.instance.AcquisitionTime) }));
  if (timed.some((t) => t.s === undefined)) return [[...frames]];
  timed.sort((a, b) => (a.s ?? 0) - (b.s ?? 0));
  const clusters: WorkFrame[][] = [];
  let previous = -Infinity;
  for (const { frame, s = 0 } of timed) {
    if (s - previous > ACQUISITION_GAP_S) clusters.push([]);
    clusters.at(-1)?.push(frame);
    previous = s;
  }
  return clusters;
}

/**
 * Splits frames that share size and orientation into acquisitions, but only when a
 * slice position repeats: distinct AcquisitionNumbers without repeats are kept
 * together, because step-and-shoot CT numbers each rotation as its own acquisition.
 * Tries AcquisitionNumber, then acquisition-time clusters, then repetition order.
 */
function splitAcquisitions(frames: WorkFrame[]): WorkFrame[][] {
  const keys = positionKeys(frames);
  if (!keys || !hasRepeats(keys)) return [frames];
  const byNumber = groupBy(
    [...frames].sort((a, b) => (a.instance.AcquisitionNumber ?? -1) - (b.instance.AcquisitionNumber ?? -1)),
    (f) => String(f.instance.AcquisitionNumber),
  );
  if (byNumber.length > 1 && byNumber.every(repeatsFree)) return byNumber;
  const byTime = timeClusters(frames);
  if (byTime.length > 1 && byTime.every(repeatsFree)) return byTime;
  // Same position n times with nothing else to tell the passes apart: the k-th
  // occurrence (in InstanceNumber order) of each position belongs to pass k.
  const seen = new Map<number, number>();
  return groupBy(
    frames.map((frame, i) => {
      const key = keys[i] ?? 0;
      const pass = seen.get(key) ?? 0;
      seen.set(key, pass + 1);
      return { frame, pass };
    }),
    (entry) => String(entry.pass),
  ).map((group) => group.map((entry) => entry.frame));
}

function orientationGroups(frames: WorkFrame[]): WorkFrame[][] {
  const groups: WorkFrame[][] = [];
  for (const frame of frames) {
    const iop = frame.geometry.ImageOrientationPatient;
    const group = groups.find((g) => sameOrientation(g[0]?.geometry.ImageOrientationPatient, iop));
    if (group) group.push(frame);
    else groups.push([frame]);
  }
  return groups;
}

/** The earliest acquisition time of the frames (DICOM TM), if any. */
export function earliestTime(frames: readonly WorkFrame[]): string | undefined {
  // Each time parsed once: a sort parsing in its comparator showed in profiles of a growing index.
  let earliest: { tm: string; seconds: number } | undefined;
  for (const { instance } of frames) {
    const seconds = tmToSeconds(instance.AcquisitionTime);
    if (seconds !== undefined && (!earliest || seconds < earliest.seconds)) earliest = { tm: instance.AcquisitionTime!, seconds };
  }
  return earliest?.tm;
}

type Splitter = (frames: WorkFrame[]) => Array<{ frames: WorkFrame[]; label: string }>;

const bySize: Splitter = (frames) =>
  groupBy(frames, (f) => `${f.instance.Columns}×${f.instance.Rows}`).map((g) => ({
    frames: g,
    label: `${g[0]?.instance.Columns}×${g[0]?.instance.Rows}`,
  }));

const byOrientation: Splitter = (frames) =>
  orientationGroups(frames).map((g) => {
    const iop = g[0]?.geometry.ImageOrientationPatient;
    const orientation = orientationOf(iop && sliceNormal(iop));
    return { frames: g, label: orientation === 'unknown' ? 'no geometry' : orientation };
  });

const byAcquisition: Splitter = (frames) => {
  const groups = splitAcquisitions(frames);
  return groups.map((g, i) => {
    const time = formatTm(earliestTime(g));
    return { frames: g, label: `acquisition ${i + 1} of ${groups.length}${time ? ` (${time})` : ''}` };
  });
};

/**
 * Splits one series into the stacks a viewport can show: first by image size, then
 * by plane orientation, then by acquisition. `frames` must come in a canonical
 * order (InstanceNumber, then SOPInstanceUID, then frame), which keeps the parts,
 * and so the stack ids, independent of file order.
 */
export function splitSeries(frames: WorkFrame[]): StackPart[] {
  let parts: StackPart[] = [{ frames, labelParts: [] }];
  for (const split of [bySize, byOrientation, byAcquisition]) {
    parts = parts.flatMap((part) => {
      const pieces = split(part.frames);
      if (pieces.length === 1) return [part];
      return pieces.map((piece) => ({ frames: piece.frames, labelParts: [...part.labelParts, piece.label] }));
    });
  }
  return parts;
}
