/** Which calipers the report shows as key images, and what it receives for each. */
import type { Assessment, Measurement } from '../../core';

/** A caliper's image as the reader saw it: the image with the line and its label drawn on, as a data URL. */
export interface KeyImage {
  dataUrl: string;
}

/**
 * The key images handed to the report: rendered in the browser from the open
 * images, or not available at all (the command line has no images) with the reason.
 */
export type KeyImageSet =
  | { available: true; byMeasurementId: Record<string, KeyImage | { error: string }> }
  | { available: false; reason: string };

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
