/**
 * The derived "arterial − non-contrast" stacks the open studies allow: for each
 * arterial CT stack, a non-contrast CT stack of the same study in the same Frame
 * of Reference and orientation (same patient position on the table, so positions
 * compare without registration). Each arterial slice is paired with the nearest
 * non-contrast slice along the normal, within half its thickness.
 */
import {
  dot, huCalibration, matchedRange, matchSlicesByPosition, matchToleranceMm, sliceNormal,
  type SliceCounterpart,
} from '../core';
import type { DicomIndex, Stack } from '../dicom';
import type { AppState } from './createAppStore';
import { selectIndex, type StackContext } from './studySelectors';

/** Prefix of a subtraction stack's id; the rest is the arterial stack's id. */
export const SUBTRACTION_STACK_PREFIX = 'subtraction:';

export interface SubtractionStack {
  stackId: string;
  /** "ART 2.5mm − NC 5mm". */
  label: string;
  arterial: StackContext;
  nonContrast: Stack;
  /** Largest distance along the normal at which a non-contrast slice still counts as the same level, mm. */
  toleranceMm: number;
  /** One per arterial frame, in the arterial stack's display order. */
  counterparts: SliceCounterpart[];
  /** The arterial frames shown: from the first to the last that has a counterpart. */
  first: number;
  last: number;
  /** Arterial frames with no counterpart: outside [first, last] (not shown) or inside it (shown as an error). */
  unmatchedCount: number;
}

/** Orientations whose normals agree within ~2.5°, so positions along one normal mean the same along the other. */
const PARALLEL_COSINE = 0.999;

function huCt(stack: Stack, context: Pick<StackContext, 'series' | 'study'>): boolean {
  return huCalibration({ modality: stack.Modality, seriesDescription: context.series.SeriesDescription ?? '', studyDescription: context.study.StudyDescription ?? '' }).calibrated;
}

function pairWith(arterial: StackContext, nonContrast: Stack): SubtractionStack | undefined {
  const a = arterial.stack;
  const aNormal = a.ImageOrientationPatient && sliceNormal(a.ImageOrientationPatient);
  const ncNormal = nonContrast.ImageOrientationPatient && sliceNormal(nonContrast.ImageOrientationPatient);
  const toleranceMm = matchToleranceMm(nonContrast.sliceThicknessMm, nonContrast.sliceSpacingMm);
  if (!aNormal || !ncNormal || toleranceMm === undefined || nonContrast.ordering !== 'position' || a.ordering !== 'position') return undefined;
  if (!a.FrameOfReferenceUID || a.FrameOfReferenceUID !== nonContrast.FrameOfReferenceUID) return undefined;
  if (Math.abs(dot(aNormal, ncNormal)) < PARALLEL_COSINE) return undefined;
  const positionsMm = nonContrast.frames.map((frame) => frame.positionMm ?? NaN);
  const counterparts = matchSlicesByPosition(a.frames.map((frame) => frame.imagePositionPatient), { normal: ncNormal, positionsMm }, toleranceMm);
  const range = matchedRange(counterparts);
  if (!range) return undefined;
  const arterialTitle = arterial.series.SeriesDescription || a.label;
  return {
    stackId: `${SUBTRACTION_STACK_PREFIX}${a.stackId}`,
    label: `${arterialTitle} − ${nonContrast.label}`,
    arterial,
    nonContrast,
    toleranceMm,
    counterparts,
    ...range,
    unmatchedCount: counterparts.filter((c) => c.index === null).length,
  };
}

/** Every subtraction the index allows, study by study; one per arterial stack (its first non-contrast partner). */
export function subtractionStacksOf(index: DicomIndex): SubtractionStack[] {
  return index.patients.flatMap((patient) =>
    patient.studies.flatMap((study) => {
      const contexts = study.series.flatMap((series) => series.stacks.map((stack) => ({ stack, series, study, patient })));
      const nonContrast = contexts.filter((c) => c.stack.phase.phase === 'non-contrast' && huCt(c.stack, c));
      return contexts
        .filter((c) => c.stack.phase.phase === 'arterial' && huCt(c.stack, c))
        .flatMap((arterial) => {
          for (const candidate of nonContrast) {
            const pair = pairWith(arterial, candidate.stack);
            if (pair) return [pair];
          }
          return [];
        });
    }),
  );
}

let last: { index: DicomIndex; stacks: SubtractionStack[] } | undefined;

/** The subtraction stacks of everything open (recomputed when the index or a phase correction changes). */
export function selectSubtractionStacks(state: AppState): SubtractionStack[] {
  const index = selectIndex(state);
  if (last?.index !== index) last = { index, stacks: subtractionStacksOf(index) };
  return last.stacks;
}

export function findSubtractionStack(state: AppState, stackId: string): SubtractionStack | undefined {
  return stackId.startsWith(SUBTRACTION_STACK_PREFIX) ? selectSubtractionStacks(state).find((s) => s.stackId === stackId) : undefined;
}
