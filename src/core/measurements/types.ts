/**
 * Calipers the reader drew, as the domain sees them: endpoints in patient
 * coordinates (LPS, mm) and a reference to the image they were drawn on. The
 * viewer's annotations are made from these and turned back into them.
 */

/** A point in patient coordinates (LPS), mm. */
export type PatientPointMm = [number, number, number];

/**
 * What a caliper measures, and so which finding field it fills:
 * - `viable`: longest viable (arterially enhancing) diameter — mRECIST;
 * - `whole`: whole-lesion longest diameter — RECIST 1.1, and the size of new lesions;
 * - `short-axis`: lymph-node short axis;
 * - `viable-bidirectional`: longest viable diameter and the longest one perpendicular to it — EASL.
 */
export type MeasurementKind = 'viable' | 'whole' | 'short-axis' | 'viable-bidirectional';

export const MEASUREMENT_KINDS: readonly MeasurementKind[] = ['viable', 'whole', 'short-axis', 'viable-bidirectional'];

/** The image a caliper lies on, so that an exported file can be checked against the images. */
export interface ImageReference {
  studyInstanceUid: string;
  seriesInstanceUid: string;
  sopInstanceUid: string;
  /** 0-based frame number in a multi-frame object; 0 otherwise. */
  frameIndex: number;
  frameOfReferenceUid?: string;
  /** Contrast phase of the series when the caliper was drawn, e.g. "arterial". */
  phase: string;
  /** False when the image had no pixel spacing: the length is in pixels and feeds no sum. */
  calibrated: boolean;
}

/** One caliper; its id is also the viewer annotation's UID. */
export interface Measurement {
  id: string;
  lesionId: string;
  timepointId: string;
  kind: MeasurementKind;
  /** [p1, p2] for a diameter; [long1, long2, short1, short2] for `viable-bidirectional`. */
  pointsMm: PatientPointMm[];
  image: ImageReference;
  /**
   * The reader chose to add this caliper to the lesion's other calipers of the same
   * kind at this timepoint: one fragment of a split lesion (RECIST 1.1 split rule).
   * Without it two calipers of one kind are never summed.
   */
  fragment?: boolean;
  /**
   * The reader confirmed that the image shows the arterial phase although its
   * series is classified otherwise, so a viable caliper on it counts under mRECIST/EASL.
   */
  phaseConfirmed?: boolean;
}
