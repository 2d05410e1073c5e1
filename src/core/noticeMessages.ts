/**
 * What the viewer tells the reader about an edit it just made or refused, as data:
 * a code and its parameters. `src/text` puts them into words, so a notice can be
 * shown in any language and a test can check what was said without matching prose.
 * Timepoints are given by id; the edge renders them with the labels it shows elsewhere.
 */
import type { LesionRole, MarkerName, TreatmentType } from './assessment/types.ts';
import type { MeasurementKind } from './measurements/types.ts';

export type NoticeMessage =
  /** A caliper was drawn on a study that is not a timepoint of the assessment, and was not filed. */
  | { code: 'study-not-a-timepoint' }
  /** `lesionId` already had a caliper of `kind` at `timepointId`, so the new one became lesion `newLesionId`. */
  | { code: 'caliper-became-new-lesion'; lesionId: string; kind: MeasurementKind; timepointId: string; newLesionId: string; role: LesionRole }
  /** The image has no pixel spacing: the caliper is in pixels and kept out of the sums. */
  | { code: 'caliper-uncalibrated' }
  /** A viable caliper drawn on a series of phase `phase` (not arterial), which mRECIST and EASL do not count. */
  | { code: 'viable-on-non-arterial'; phase: string }
  /** Lesion `lesionId` was deleted with `calipers` calipers, its findings at `timepointIds` and its place in `treatments` treatment events. */
  | { code: 'lesion-deleted'; lesionId: string; calipers: number; timepointIds: string[]; treatments: number }
  /** A treatment event was removed from the course. */
  | { code: 'treatment-removed'; type: TreatmentType; drug?: string | undefined; date: string }
  /** A tumour-marker value was removed from the course. */
  | { code: 'marker-removed'; marker: MarkerName; date: string; value: number; unit: string }
  /** The image of a caliper of `lesionId` is not among the open files. */
  | { code: 'caliper-image-not-open'; lesionId: string }
  /** Opening studies from the PACS failed; `detail` is what the server or the network said. */
  | { code: 'pacs-open-failed'; detail: string }
  /** The scan finished and the first pane moved from the series shown early to the baseline's arterial phase. */
  | { code: 'first-stack-settled' }
  /** Compare needs two studies of the patient. */
  | { code: 'comparison-needs-two-studies' }
  /** Assessment file `filename` replaced the open assessment, which had `replacedLesions` lesions and `replacedCalipers` calipers. */
  | { code: 'assessment-imported'; filename: string; replacedLesions: number; replacedCalipers: number }
  /** Assessment file `filename` was refused for `errors` (located, e.g. `lesions[0].id: …`); nothing changed. */
  | { code: 'assessment-not-imported'; filename: string; errors: ImportProblem[] }
  /** The exported assessment file would be refused on import for `errors` (it was still written, so the work can leave the browser). */
  | { code: 'export-not-importable'; errors: string[] }
  /** The printable report could not be made; `detail` says why. */
  | { code: 'report-failed'; detail: string }
  /** The DICOM SR export left out calipers `caliperIds`, whose images are not open. */
  | { code: 'sr-calipers-left-out'; caliperIds: string[] }
  /** The DICOM SR export failed; `detail` says why. */
  | { code: 'sr-export-failed'; detail: string };

/**
 * Why an import was refused, at the field at fault (`lesions[0].findings.FU1.viableLongestDiameterMm`,
 * `(root)`): the import's own refusals as codes, the file's validation as its validator words it.
 */
export type ImportProblem =
  | { path: string; code: 'no-patient-open' }
  | { path: string; code: 'other-patient'; filePatient: string; openPatient: string }
  | { path: string; code: 'invalid'; detail: string };

/** Messages that report a refusal or a failure (shown as an alert rather than a status). */
export function isProblemMessage(message: NoticeMessage): boolean {
  switch (message.code) {
    case 'assessment-not-imported':
    case 'export-not-importable':
    case 'report-failed':
    case 'sr-calipers-left-out':
    case 'sr-export-failed':
    case 'pacs-open-failed':
      return true;
    default:
      return false;
  }
}

/**
 * A button a notice offers, as data (the UI runs the matching action):
 * - `undo`: take back the edit the notice reports;
 * - `merge-fragment`: file caliper `measurementId` under `lesionId` as a fragment of its caliper(s) of that kind;
 * - `replace-caliper`: make caliper `measurementId` replace `lesionId`'s caliper(s) of that kind;
 * - `confirm-phase`: count viable caliper `measurementId` although its series is not classified arterial.
 */
export type NoticeAction =
  | { kind: 'undo' }
  | { kind: 'merge-fragment' | 'replace-caliper'; measurementId: string; lesionId: string }
  | { kind: 'confirm-phase'; measurementId: string };

/** A message for the reader over the images, with the buttons it offers. */
export interface Notice {
  messages: NoticeMessage[];
  actions?: NoticeAction[];
}
