/**
 * Words for what `core` says as data (reasons, warnings, why a study is left out).
 * Only the edges render: UI, CLI, reports. English is the one catalogue for now;
 * another language is another `Catalogue`.
 */
import type { EvaluationResult, Message } from '../core/index.ts';
import { renderEvaluation, renderMessage, type Catalogue } from './catalogue.ts';
import { en } from './en.ts';
import { zhCN } from './zhCN.ts';

export { en, zhCN, renderEvaluation, renderMessage, type Catalogue };

/** A message in English. */
export const messageText = (message: Message): string => renderMessage(message, en);

/** The evaluation in English: the spec's output object. */
export const evaluationText = (result: EvaluationResult): EvaluationResult<string> => renderEvaluation(result, en);
export { KIND_LABEL, caliperLabelText, kindLabel, measurementNoteText, phaseText, projectedCaliperText } from './calipers.ts';
export { noticeActionLabel, noticeMessageDetails, noticeMessageText, noticeText } from './notices.ts';
export {
  courseWords,
  LR_TR_FEATURE_LABEL,
  LR_TR_LABEL,
  LR_TR_SHORT,
  LR_TR_VERSION_LABEL,
  MARKER_LABEL,
  signedPct,
  TREATMENT_LABEL,
  TREATMENT_SHORT,
  treatmentText,
  type CourseWords,
} from './course.ts';
export { huCalibrationText } from './huCalibration.ts';
export { LOCALES, LOCALE_NAMES, LOCALE_SHORT_NAMES, catalogueFor, parseLocale, preferredLocale, type Locale } from './locale.ts';
export { UI_EN, UI_NAMESPACES, UI_RESOURCES, type UiNamespace } from './catalogues/index.ts';
export { formatCount, formatDate, formatDateTime, formatTime } from './dates.ts';
export { fill, reportText, timepointLabelsIn, wordFor, type ReportWords } from './reportText.ts';
export { timepointLabel, timepointShortLabel } from './timepointLabels.ts';
export { MISSING_KEY_MARK, i18nextOptions, translator } from './translator.ts';
export { skipReasonText } from './skipReasons.ts';
export { phaseSourceText } from './phaseSources.ts';
