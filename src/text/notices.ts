/** Words for the viewer's notices about an edit, and for the buttons they offer, in the reader's language. */
import type { ImportProblem, NoticeAction, NoticeMessage } from '../core/index.ts';
import { kindLabel, phaseText } from './calipers.ts';
import { treatmentText } from './course.ts';
import { formatDate } from './dates.ts';
import { pacsProblemText } from './pacsProblems.ts';
import type { Locale } from './locale.ts';
import { translator } from './translator.ts';
import { assessmentProblemText, issuePathText } from './validation.ts';

/** One notice message in a sentence; `timepointLabel` gives the label the reader sees for a timepoint id. */
export function noticeMessageText(message: NoticeMessage, timepointLabel: (id: string) => string, locale: Locale = 'en'): string {
  const t = translator(locale, 'app');
  switch (message.code) {
    case 'study-not-a-timepoint':
      return t('notices.studyNotATimepoint');
    case 'caliper-became-new-lesion':
      return t('notices.caliperBecameNewLesion', {
        lesionId: message.lesionId,
        kind: kindLabel(message.kind, locale),
        timepoint: timepointLabel(message.timepointId),
        became: t(`notices.became.${message.role}`),
        newLesionId: message.newLesionId,
      });
    case 'caliper-uncalibrated':
      return t('notices.caliperUncalibrated');
    case 'viable-on-non-arterial':
      return t('notices.viableOnNonArterial', { phase: phaseText(message.phase, locale) });
    case 'lesion-deleted': {
      const what = [
        message.calipers > 0 ? t('notices.deletedCalipers', { count: message.calipers }) : '',
        message.timepointIds.length > 0 ? t('notices.deletedFindings', { timepoints: message.timepointIds.map(timepointLabel).join(translator(locale, 'common')('listSeparator')) }) : '',
        message.treatments > 0 ? t('notices.deletedTreatments', { count: message.treatments }) : '',
      ].filter(Boolean);
      return what.length > 0
        ? t('notices.lesionDeletedWith', { lesionId: message.lesionId, what: what.join(t('notices.and')) })
        : t('notices.lesionDeleted', { lesionId: message.lesionId });
    }
    case 'treatment-removed':
      return t('notices.treatmentRemoved', { treatment: treatmentText(message, locale), date: formatDate(message.date, locale) });
    case 'marker-removed':
      return t('notices.markerRemoved', { marker: translator(locale, 'course')(`marker.${message.marker}`), value: message.value, unit: message.unit, date: formatDate(message.date, locale) });
    case 'caliper-image-not-open':
      return t('notices.caliperImageNotOpen', { lesionId: message.lesionId });
    case 'pacs-open-failed':
      return t('notices.pacsOpenFailed', { problem: pacsProblemText(message.problem, locale) });
    case 'first-stack-settled':
      return t('notices.firstStackSettled');
    case 'comparison-needs-two-studies':
      return t('notices.comparisonNeedsTwoStudies');
    case 'assessment-imported': {
      const replaced =
        message.replacedLesions === 0 && message.replacedCalipers === 0
          ? t('files.replacedNothing')
          : t('files.replaced', { lesions: t('files.lesions', { count: message.replacedLesions }), calipers: t('files.calipers', { count: message.replacedCalipers }) });
      return `${t('files.imported', { filename: message.filename })}${locale === 'en' ? ' ' : ''}${replaced}`;
    }
    case 'assessment-not-imported':
      return t('files.notImported', { filename: message.filename });
    case 'export-not-importable':
      return t('files.exportProblems');
    case 'report-failed':
      return `${t('files.reportFailed')} ${message.detail}`;
    case 'sr-calipers-left-out':
      return t('files.srCalipersLeftOut', { count: message.caliperIds.length });
    case 'sr-export-failed':
      return `${t('files.srExportFailed')} ${message.detail}`;
  }
}

/** A refused import's problem: the field at fault as the file names it, what is wrong in the reader's words. */
function importProblemText(problem: ImportProblem, locale: Locale): string {
  const t = translator(locale, 'app');
  const located = (rule: string) => translator(locale, 'validation')('located', { path: issuePathText(problem.path, locale), rule });
  switch (problem.code) {
    case 'no-patient-open':
      return located(t('importError.noPatientOpen'));
    case 'other-patient':
      return located(t('importError.otherPatient', { filePatient: problem.filePatient, openPatient: problem.openPatient }));
    default:
      return assessmentProblemText(problem, locale);
  }
}

/** The lines a message lists below its sentence (located errors, calipers left out), in order. */
export function noticeMessageDetails(message: NoticeMessage, locale: Locale = 'en'): string[] {
  switch (message.code) {
    case 'assessment-not-imported':
      return message.errors.map((problem) => importProblemText(problem, locale));
    case 'export-not-importable':
      return message.errors.map((problem) => assessmentProblemText(problem, locale));
    case 'sr-calipers-left-out':
      return message.caliperIds.map((id) => translator(locale, 'app')('files.caliperLine', { caliperId: id }));
    default:
      return [];
  }
}

/** A whole notice: its messages in order, one sentence each. */
export function noticeText(messages: readonly NoticeMessage[], timepointLabels: Readonly<Record<string, string>>, locale: Locale = 'en'): string {
  return messages.map((message) => noticeMessageText(message, (id) => timepointLabels[id] ?? id, locale)).join(locale === 'en' ? ' ' : '');
}

/** The button text of a notice's action. */
export function noticeActionLabel(action: NoticeAction, locale: Locale = 'en'): string {
  const t = translator(locale, 'app');
  switch (action.kind) {
    case 'undo':
      return t('notices.action.undo');
    case 'merge-fragment':
      return t('notices.action.mergeFragment', { lesionId: action.lesionId });
    case 'replace-caliper':
      return t('notices.action.replaceCaliper', { lesionId: action.lesionId });
    case 'confirm-phase':
      return t('notices.action.confirmPhase');
  }
}
