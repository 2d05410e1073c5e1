import type { SliceCounterpart } from '../core';
import type { PatientNode, Stack, StudyNode } from '../dicom';
import { baseImageIdOf, frameImageId } from './imageSource';
import { subtractionImageId } from './subtractionImageId';
import { registerSubtractionLoader } from './subtractionLoader';
import { toViewportStack } from './toViewportStack';
import type { ViewportStack } from './viewportStack';

/** A subtraction as the store pairs it: which non-contrast slice goes with each arterial slice. */
export interface SubtractionPlan {
  stackId: string;
  label: string;
  arterial: Stack;
  nonContrast: Stack;
  toleranceMm: number;
  counterparts: readonly SliceCounterpart[];
  first: number;
  last: number;
}

function imageIdOf(stack: Stack, index: number): string | undefined {
  const frame = stack.frames[index];
  const base = frame && baseImageIdOf(frame.fileId);
  return base && frameImageId(base, frame.frameIndex, frame.numberOfFrames);
}

/** The subtraction image over arterial frame `arterialIndex`, or undefined when that frame's file is not open. */
export function subtractionImageIdAt(plan: SubtractionPlan, arterialIndex: number): string | undefined {
  // Whoever holds such an id may load it (a pane, a report's key image after a reload).
  registerSubtractionLoader();
  const arterialImageId = imageIdOf(plan.arterial, arterialIndex);
  const counterpart = plan.counterparts[arterialIndex];
  if (!arterialImageId || !counterpart) return undefined;
  if (counterpart.index === null) return subtractionImageId({ arterialImageId, nonContrastImageId: null, nearestMm: counterpart.nearestMm, toleranceMm: plan.toleranceMm });
  const nonContrastImageId = imageIdOf(plan.nonContrast, counterpart.index);
  return nonContrastImageId && subtractionImageId({ arterialImageId, nonContrastImageId });
}

/** What a pane shows for a subtraction: the arterial slices from `first` to `last`, each minus its non-contrast slice. */
export function toSubtractionViewportStack(plan: SubtractionPlan, study: StudyNode, patient: PatientNode): ViewportStack {
  const imageIds: string[] = [];
  for (let i = plan.first; i <= plan.last; i++) {
    const id = subtractionImageIdAt(plan, i);
    if (id) imageIds.push(id);
  }
  return { ...toViewportStack(plan.arterial, study, patient, plan.label), stackId: plan.stackId, imageIds, seriesDescription: plan.label, phase: 'subtraction' };
}
