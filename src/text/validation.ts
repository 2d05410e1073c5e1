/**
 * Words for the assessment-file validator's problems (`core`'s `AssessmentProblem`:
 * a path and a rule's code and parameters), in the reader's language. The one
 * renderer for every edge that shows them: the import refusal, the export check,
 * the response panel, the course forms, the command line and the printable report.
 */
import { formatIssuePath, type AssessmentProblem, type IssuePath, type ValidationRule } from '../core/index.ts';
import type { Locale } from './locale.ts';
import { translator } from './translator.ts';

/** How the file writes a date; shown as it is in every language. */
const DATE_PATTERN = 'YYYY-MM-DD';

/** A field's place in the file (`lesions[2].findings.TP1`); the whole file in the reader's words. */
export function issuePathText(path: IssuePath, locale: Locale): string {
  return formatIssuePath(path, translator(locale, 'validation')('root'));
}

/** `"a", "b" or "c"` (`must be one of …`), quoted as the file writes them. */
function valuesText(values: readonly string[], locale: Locale): string {
  const t = translator(locale, 'validation');
  const quoted = values.map((value) => `"${value}"`);
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(t('list.separator'))}${t('list.lastSeparator')}${quoted.at(-1)}`;
}

function oneOfText(values: readonly string[], locale: Locale): string {
  const t = translator(locale, 'validation');
  return values.length === 1 ? t('rule.oneValue', { value: valuesText(values, locale) }) : t('rule.oneOf', { values: valuesText(values, locale) });
}

/** The rule a value breaks, as a predicate of its field (`must be a number >= 0`). */
export function validationRuleText(rule: ValidationRule, locale: Locale): string {
  const t = translator(locale, 'validation');
  switch (rule.code) {
    case 'oneOf':
      return oneOfText(rule.params.values, locale);
    case 'statusForRole':
      return t('rule.statusForRole', { allowed: oneOfText(rule.params.values, locale), role: translator(locale, 'assessment')(`role.${rule.params.role}`) });
    case 'tooFewTimepoints':
      return t('rule.tooFewTimepoints', { count: rule.params.min });
    case 'dateFormat':
    case 'realDate':
      return t(`rule.${rule.code}`, { pattern: DATE_PATTERN });
    case 'duplicateId':
      return t('rule.duplicateId', { id: rule.params.id, first: formatIssuePath([rule.params.list, rule.params.firstIndex]) });
    case 'sameDate':
      return t('rule.sameDate', { date: rule.params.date, first: formatIssuePath(['timepoints', rule.params.firstIndex]) });
    case 'markerTwiceADay':
      return t('rule.markerTwiceADay', { marker: rule.params.marker, date: rule.params.date, first: formatIssuePath(['markers', rule.params.firstIndex]) });
    case 'caliperPointCount':
      return t('rule.caliperPointCount', { count: rule.params.count, kind: t(`caliperKind.${rule.params.kind}`) });
    case 'numberAtLeast':
    case 'numberAtMost':
    case 'numberAbove':
    case 'integerAtLeast':
    case 'unsupportedVersion':
    case 'unknownTimepoint':
    case 'unknownLesion':
    case 'markerUnit':
    case 'notJson':
    case 'notJsonAt':
    case 'caliperTooLong':
    case 'duplicateCaliperId':
    case 'unexpected':
      return t(`rule.${rule.code}`, rule.params);
    default:
      // Rules without parameters.
      return t(`rule.${rule.code}`);
  }
}

/** A problem with its place: `lesions[2].findings.TP1.viableLongestDiameterMm: must be a number >= 0`. */
export function assessmentProblemText(problem: AssessmentProblem, locale: Locale): string {
  return translator(locale, 'validation')('located', { path: issuePathText(problem.path, locale), rule: validationRuleText(problem, locale) });
}
