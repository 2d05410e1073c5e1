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
export { caliperLabelText, kindLabel, measurementNoteText, phaseText, projectedCaliperText } from './calipers.ts';
export { noticeActionLabel, noticeMessageDetails, noticeMessageText, noticeText } from './notices.ts';
export { signedPct, treatmentText } from './course.ts';
export { codeWords, formatTerms, type CodeWords, type FormatTerms } from './formatTerms.ts';
export { huCalibrationText } from './huCalibration.ts';
export { LOCALES, LOCALE_NAMES, LOCALE_SHORT_NAMES, catalogueFor, parseLocale, preferredLocale, type Locale } from './locale.ts';
export { UI_EN, UI_NAMESPACES, UI_RESOURCES, type UiNamespace } from './catalogues/index.ts';
export { formatCount, formatDate, formatDateTime, formatTime, prepareFormatters } from './dates.ts';
export { timepointLabel, timepointLabelsIn, timepointShortLabel } from './timepointLabels.ts';
export { MISSING_KEY_MARK, i18nextOptions, isListed, translator } from './translator.ts';
export { scanFailureText, skipReasonText } from './skipReasons.ts';
export { pacsProblemText } from './pacsProblems.ts';
export { imageLoadProblemText } from './imageLoadProblems.ts';
export { phaseSourceText } from './phaseSources.ts';
export { assessmentProblemText, issuePathText, validationRuleText } from './validation.ts';
