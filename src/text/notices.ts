/** Words for the viewer's notices about an edit, and for the buttons they offer, in the reader's language. */
import type { ImportProblem, NoticeAction, NoticeMessage } from '../core/index.ts';
import { UI_EN } from './catalogues/index.ts';
import { formatDate } from './dates.ts';
import type { Locale } from './locale.ts';
import { translator } from './translator.ts';

/** One notice message in a sentence; `timepointLabel` gives the label the reader sees for a timepoint id. */
export function noticeMessageText(message: NoticeMessage, timepointLabel: (id: string) => string, locale: Locale = 'en'): string {
  const t = translator(locale, 'app');
  switch (message.code) {
    case 'study-not-a-timepoint':
      return t('notices.studyNotATimepoint');
    case 'caliper-became-new-lesion':
      return t('notices.caliperBecameNewLesion', {
        lesionId: message.lesionId,
        kind: t(`notices.kind.${message.kind}`),
        timepoint: timepointLabel(message.timepointId),
        became: t(`notices.became.${message.role}`),
        newLesionId: message.newLesionId,
      });
    case 'caliper-uncalibrated':
      return t('notices.caliperUncalibrated');
    case 'viable-on-non-arterial':
      // English names the phase as the series is classified ("portal-venous"); other languages use their phase names.
      return t('notices.viableOnNonArterial', { phase: locale === 'en' ? message.phase : phaseName(message.phase, locale) });
    case 'lesion-deleted': {
      const what = [
        message.calipers > 0 ? t('notices.deletedCalipers', { count: message.calipers }) : '',
        message.timepointIds.length > 0 ? t('notices.deletedFindings', { timepoints: message.timepointIds.map(timepointLabel).join(t('notices.listSeparator')) }) : '',
        message.treatments > 0 ? t('notices.deletedTreatments', { count: message.treatments }) : '',
      ].filter(Boolean);
      return what.length > 0
        ? t('notices.lesionDeletedWith', { lesionId: message.lesionId, what: what.join(t('notices.and')) })
        : t('notices.lesionDeleted', { lesionId: message.lesionId });
    }
    case 'treatment-removed': {
      const treatment = translator(locale, 'course')(`treatmentType.${message.type}`);
      return t('notices.treatmentRemoved', {
        treatment: message.drug ? t('notices.treatmentWithDrug', { treatment, drug: message.drug }) : treatment,
        date: formatDate(message.date, locale),
      });
    }
    case 'marker-removed':
      return t('notices.markerRemoved', { marker: translator(locale, 'course')(`marker.${message.marker}`), value: message.value, unit: message.unit, date: formatDate(message.date, locale) });
    case 'caliper-image-not-open':
      return t('notices.caliperImageNotOpen', { lesionId: message.lesionId });
    case 'pacs-open-failed':
      return t('notices.pacsOpenFailed', { detail: message.detail });
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
  switch (problem.code) {
    case 'no-patient-open':
      return `${problem.path}: ${t('importError.noPatientOpen')}`;
    case 'other-patient':
      return `${problem.path}: ${t('importError.otherPatient', { filePatient: problem.filePatient, openPatient: problem.openPatient })}`;
    case 'invalid':
      return `${problem.path}: ${problem.detail}`;
  }
}

/** The lines a message lists below its sentence (located errors, calipers left out), in order. */
export function noticeMessageDetails(message: NoticeMessage, locale: Locale = 'en'): string[] {
  switch (message.code) {
    case 'assessment-not-imported':
      return message.errors.map((problem) => importProblemText(problem, locale));
    case 'export-not-importable':
      return message.errors;
    case 'sr-calipers-left-out':
      return message.caliperIds.map((id) => translator(locale, 'app')('files.caliperLine', { caliperId: id }));
    default:
      return [];
  }
}

/** A phase id ("portal-venous") in the words of `locale`; an id the catalogue lacks as it is. */
function phaseName(phase: string, locale: Locale): string {
  const known = Object.keys(UI_EN.common.phase) as (keyof typeof UI_EN.common.phase)[];
  const id = known.find((candidate) => candidate === phase);
  return id ? translator(locale, 'common')(`phase.${id}`) : phase;
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
