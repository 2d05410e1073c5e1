/**
 * The treatment course in the printable report: the treatments by date, the
 * tumour marker values with their change from the baseline value (and the rule
 * for that baseline), and a line of LR-TR for a finding's cell.
 */
import { baselineDate, markerTrends, type Assessment, type LrTr } from '../../core';
import { formatDate, translator, treatmentText } from '../../text';
import { escapeHtml, signedPct } from './html';
import type { ReportContext } from './reportContext';

const tag = (name: string, content: string, attributes = '') => `<${name}${attributes ? ` ${attributes}` : ''}>${content}</${name}>`;
const row = (cells: string[]) => tag('tr', cells.join(''));
const th = (text: string) => tag('th', escapeHtml(text));
const td = (text: string, className?: string) => tag('td', escapeHtml(text), className ? `class="${className}"` : '');

/** "LR-TR Viable (LI-RADS v2018): arterial phase hyperenhancement, washout appearance". */
export function lrTrLine(lrTr: LrTr, { t, terms }: Pick<ReportContext, 't' | 'terms'>): string {
  const values = { category: terms.lrTrCategory(lrTr.category), version: terms.lrTrVersion(lrTr.version) };
  const features = (lrTr.features ?? []).map(terms.lrTrFeature);
  return features.length > 0 ? t('course.lrTr.lineWithFeatures', { ...values, features: features.join(terms.listSeparator) }) : t('course.lrTr.line', values);
}

function treatmentsTable(assessment: Assessment, { t, terms, locale }: ReportContext): string {
  const treatments = [...(assessment.treatments ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  if (treatments.length === 0) return `<p class="muted">${escapeHtml(t('course.noTreatments'))}</p>`;
  const header = row([t('course.date'), t('course.treatment'), t('course.treatedLesions'), t('course.note')].map(th));
  const rows = treatments.map((treatment) =>
    tag(
      'tr',
      [td(formatDate(treatment.date, locale)), td(treatmentText(treatment, locale)), td(treatment.lesionIds?.join(terms.listSeparator) ?? '—'), td(treatment.note ?? '')].join(''),
      `data-treatment-type="${escapeHtml(treatment.type)}"`,
    ),
  );
  return tag('table', header + rows.join(''), 'class="treatments"');
}

function markersTable(assessment: Assessment, { t, terms, locale }: ReportContext): string {
  const trends = markerTrends(assessment);
  if (trends.length === 0) return `<p class="muted">${escapeHtml(t('course.noMarkers'))}</p>`;
  const header = row([t('course.marker'), t('course.date'), t('course.value'), t('course.changeFromBaseline')].map(th));
  const rows = trends.flatMap((trend) =>
    trend.points.map((p) =>
      tag(
        'tr',
        [
          td(terms.marker(trend.marker)),
          td(formatDate(p.date, locale)),
          td(`${p.value} ${trend.unit}`, 'num'),
          td(p.isBaseline ? t('course.baselineValue') : signedPct(p.changeFromBaselinePct), 'num'),
        ].join(''),
        `data-marker="${escapeHtml(trend.marker)}" data-date="${escapeHtml(p.date)}"`,
      ),
    ),
  );
  const since = baselineDate(assessment);
  const rule = since ? t('course.baselineRuleOn', { date: formatDate(since, locale) }) : t('course.baselineRule');
  return tag('table', header + rows.join(''), 'class="markers"') + tag('p', escapeHtml(rule), 'class="muted"');
}

/** The "Treatment course" sections: treatments, then tumour markers. */
export function courseSections(assessment: Assessment, context: ReportContext): string {
  const heading = (words: string) => tag('h2', escapeHtml(words));
  const markersTitle = translator(context.locale, 'course')('markers.title');
  return [heading(context.t('sections.treatments')), treatmentsTable(assessment, context), heading(markersTitle), markersTable(assessment, context)].join('');
}
