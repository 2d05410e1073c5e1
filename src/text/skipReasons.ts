/** Why a file was not loaded, in the reader's language (the reasons are data: `core/skipReasons.ts`). */
import type { SkipReason } from '../core/index.ts';
import type { Locale } from './locale.ts';
import { translator } from './translator.ts';

/** One skip reason in a phrase, e.g. "not a DICOM file (no DICM prefix, no recognisable header)". */
export function skipReasonText(reason: SkipReason, locale: Locale): string {
  const t = translator(locale, 'app');
  switch (reason.code) {
    case 'not-dicom':
      return t('skipped.reason.notDicom');
    case 'not-displayed':
      return t('skipped.reason.notDisplayed', { object: t(`skipped.object.${reason.object}`), sopClassUid: reason.sopClassUid });
    case 'not-an-image': {
      const sopClassUid = reason.sopClassUid ?? t('skipped.reason.sopClassMissing');
      return reason.object
        ? t('skipped.reason.notAnImageOfKind', { object: t(`skipped.object.${reason.object}`), sopClassUid })
        : t('skipped.reason.notAnImage', { sopClassUid });
    }
    case 'dicomdir':
      return t('skipped.reason.dicomdir');
    case 'header-continues':
      return t('skipped.reason.headerContinues');
    case 'truncated':
      return t('skipped.reason.truncated', { byteCount: reason.byteCount, detail: reason.detail });
    case 'missing-uids':
      return t('skipped.reason.missingUids', { attributes: reason.attributes.join(', ') });
    case 'missing-rows-columns':
      return t('skipped.reason.missingRowsColumns');
    case 'unreadable':
      return t('skipped.reason.unreadable', { detail: reason.detail });
    case 'unreadable-archive':
      return t('skipped.reason.unreadableArchive', { archive: reason.archive, detail: reason.detail });
    case 'duplicate':
      return t('skipped.reason.duplicate', { duplicateOf: reason.duplicateOf });
    case 'series-unavailable':
      return t('skipped.reason.seriesUnavailable', { detail: reason.detail });
  }
}
