/** Which calipers the report shows as key images, and what it receives for each. */
import type { Assessment, Measurement } from '../../core';

/** A caliper's image as the reader saw it: the image with the line and its label drawn on, as a data URL. */
export interface KeyImage {
  dataUrl: string;
}

/**
 * Why a caliper's key image is missing, as data that the report puts in its own
 * language: the image is not among the open studies, or drawing it failed
 * (`detail` is the renderer's own message, shown as it is).
 */
export type KeyImageProblem = { problem: 'not-open' } | { problem: 'render-failed'; detail: string };

/**
 * The key images handed to the report: rendered in the browser from the open
 * images, or none at all because the report is made without the images (the
 * command line).
 */
export type KeyImageSet =
  | { available: true; byMeasurementId: Record<string, KeyImage | KeyImageProblem> }
  | { available: false; reason: 'made-without-images' };

/** Lesion roles whose calipers become key images: the targets, and new lesions (their size decides whether they count). */
const ROLES_WITH_KEY_IMAGES = new Set(['target', 'new']);

/**
 * The calipers to show, lesion by lesion (file order) and, within a lesion, by
 * timepoint date: every caliper of a target or new lesion at a timepoint of the assessment.
 */
export function keyImageCalipers(assessment: Assessment, measurements: readonly Measurement[]): Measurement[] {
  const dateOf = new Map(assessment.timepoints.map((t) => [t.id, t.date]));
  const lesionOrder = new Map(assessment.lesions.filter((l) => ROLES_WITH_KEY_IMAGES.has(l.role)).map((l, i) => [l.id, i]));
  return measurements
    .filter((m) => lesionOrder.has(m.lesionId) && dateOf.has(m.timepointId))
    .sort(
      (a, b) =>
        lesionOrder.get(a.lesionId)! - lesionOrder.get(b.lesionId)! ||
        dateOf.get(a.timepointId)!.localeCompare(dateOf.get(b.timepointId)!) ||
        a.kind.localeCompare(b.kind) ||
        a.id.localeCompare(b.id),
    );
}
