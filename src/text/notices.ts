/** Words for the viewer's notices about an edit (English), and for the buttons they offer. */
import type { LesionRole, NoticeAction, NoticeMessage } from '../core/index.ts';
import { KIND_LABEL } from './calipers.ts';
import { MARKER_LABEL, treatmentText } from './course.ts';

/** The lesion a caliper became, with its article: "a new target", "another new lesion". */
const BECAME: Record<LesionRole, string> = { target: 'a new target', 'non-target': 'a new non-target lesion', new: 'another new lesion' };

/** "2 calipers", "1 lesion". */
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const calipers = (n: number) => count(n, 'caliper');

/** One notice message in a sentence; `timepointLabel` gives the label the reader sees for a timepoint id. */
export function noticeMessageText(message: NoticeMessage, timepointLabel: (id: string) => string): string {
  switch (message.code) {
    case 'study-not-a-timepoint':
      return 'This study is not a timepoint of the assessment: include it in the study list to measure on it.';
    case 'caliper-became-new-lesion':
      return `${message.lesionId} already has a ${KIND_LABEL[message.kind]} at ${timepointLabel(message.timepointId)}, so this caliper is ${BECAME[message.role]}, ${message.newLesionId}.`;
    case 'caliper-uncalibrated':
      return 'No pixel spacing on this image: the caliper is in pixels and is kept out of the sums.';
    case 'viable-on-non-arterial':
      return `Viable diameter drawn on a ${message.phase} series: mRECIST and EASL do not count it unless this image is arterial.`;
    case 'lesion-deleted': {
      const what = [
        message.calipers > 0 ? calipers(message.calipers) : '',
        message.timepointIds.length > 0 ? `its findings at ${message.timepointIds.map(timepointLabel).join(', ')}` : '',
        message.treatments > 0 ? `its place in ${message.treatments} treatment${message.treatments === 1 ? '' : 's'}` : '',
      ].filter(Boolean);
      return `Deleted ${message.lesionId}${what.length > 0 ? ` with ${what.join(' and ')}` : ''}.`;
    }
    case 'treatment-removed':
      return `Removed ${treatmentText(message)} of ${message.date}.`;
    case 'marker-removed':
      return `Removed ${MARKER_LABEL[message.marker]} ${message.value} ${message.unit} of ${message.date}.`;
    case 'caliper-image-not-open':
      return `The image of this caliper (${message.lesionId}) is not open.`;
    case 'pacs-open-failed':
      return `Opening from the PACS failed: ${message.detail}`;
    case 'first-stack-settled':
      return 'Every file is read: showing the arterial phase of the earliest study.';
    case 'comparison-needs-two-studies':
      return 'A comparison needs two studies of the patient.';
    case 'assessment-imported':
      return `Imported ${message.filename}. ${
        message.replacedLesions === 0 && message.replacedCalipers === 0
          ? 'The previous assessment was empty.'
          : `It replaced the previous assessment: ${count(message.replacedLesions, 'lesion')} and ${count(message.replacedCalipers, 'caliper')}.`
      }`;
    case 'assessment-not-imported':
      return `${message.filename} was not imported; the current assessment is unchanged:`;
    case 'export-not-importable':
      return 'Exported, but the file will not import until these are fixed:';
    case 'report-failed':
      return `The report could not be made: ${message.detail}`;
    case 'sr-calipers-left-out':
      return `DICOM SR exported without ${count(message.caliperIds.length, 'caliper')}: their images are not open.`;
    case 'sr-export-failed':
      return `DICOM SR export failed: ${message.detail}`;
  }
}

/** The lines a message lists below its sentence (located errors, calipers left out), in order. */
export function noticeMessageDetails(message: NoticeMessage): string[] {
  switch (message.code) {
    case 'assessment-not-imported':
    case 'export-not-importable':
      return message.errors;
    case 'sr-calipers-left-out':
      return message.caliperIds.map((id) => `caliper ${id}`);
    default:
      return [];
  }
}

/** A whole notice: its messages in order, one sentence each. */
export function noticeText(messages: readonly NoticeMessage[], timepointLabels: Readonly<Record<string, string>>): string {
  return messages.map((message) => noticeMessageText(message, (id) => timepointLabels[id] ?? id)).join(' ');
}

/** The button text of a notice's action. */
export function noticeActionLabel(action: NoticeAction): string {
  switch (action.kind) {
    case 'undo':
      return 'Undo';
    case 'merge-fragment':
      return `Merge into ${action.lesionId} as a fragment`;
    case 'replace-caliper':
      return `Replace ${action.lesionId}'s caliper`;
    case 'confirm-phase':
      return 'Count it: this image is arterial';
  }
}
