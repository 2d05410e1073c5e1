/**
 * The treatment course in the printable report: the treatments by date, the
 * tumour marker values with their change from the baseline value (and the rule
 * for that baseline), and a line of LR-TR for a finding's cell.
 */
import { baselineDate, markerTrends, type Assessment, type LrTr, type Treatment } from '../../core';
import { fill, formatDate, type ReportWords } from '../../text';
import { escapeHtml, signedPct } from './html';
import type { ReportContext } from './reportContext';

const tag = (name: string, content: string, attributes = '') => `<${name}${attributes ? ` ${attributes}` : ''}>${content}</${name}>`;
const row = (cells: string[]) => tag('tr', cells.join(''));
const th = (text: string) => tag('th', escapeHtml(text));
const td = (text: string, className?: string) => tag('td', escapeHtml(text), className ? `class="${className}"` : '');

/** "LR-TR Viable (LI-RADS v2018): arterial phase hyperenhancement, washout appearance". */
export function lrTrLine(lrTr: LrTr, words: ReportWords): string {
  const { lrTr: lr } = words.course;
  const values = {
    category: lr.categories[lrTr.category],
    version: lr.versions[lrTr.version],
    features: (lrTr.features ?? []).map((f) => lr.features[f]).join(words.listSeparator),
  };
  return fill((lrTr.features ?? []).length > 0 ? lr.lineWithFeatures : lr.line, values);
}

/** "cTACE (doxorubicin)": a treatment with its drug when one is named. */
export function treatmentLine(treatment: Pick<Treatment, 'type' | 'drug'>, words: ReportWords): string {
  const name = words.course.treatments[treatment.type];
  return treatment.drug ? fill(words.course.treatmentWithDrug, { treatment: name, drug: treatment.drug }) : name;
}

function treatmentsTable(assessment: Assessment, { words, locale }: ReportContext): string {
  const treatments = [...(assessment.treatments ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  if (treatments.length === 0) return `<p class="muted">${escapeHtml(words.course.noTreatments)}</p>`;
  const { course } = words;
  const header = row([course.date, course.treatment, course.treatedLesions, course.note].map(th));
  const rows = treatments.map((t) =>
    tag(
      'tr',
      [td(formatDate(t.date, locale)), td(treatmentLine(t, words)), td(t.lesionIds?.join(words.listSeparator) ?? '—'), td(t.note ?? '')].join(''),
      `data-treatment-type="${escapeHtml(t.type)}"`,
    ),
  );
  return tag('table', header + rows.join(''), 'class="treatments"');
}

function markersTable(assessment: Assessment, { words, locale }: ReportContext): string {
  const { course } = words;
  const trends = markerTrends(assessment);
  if (trends.length === 0) return `<p class="muted">${escapeHtml(course.noMarkers)}</p>`;
  const header = row([course.marker, course.date, course.value, course.changeFromBaseline].map(th));
  const rows = trends.flatMap((trend) =>
    trend.points.map((p) =>
      tag(
        'tr',
        [
          td(course.markers[trend.marker]),
          td(formatDate(p.date, locale)),
          td(`${p.value} ${trend.unit}`, 'num'),
          td(p.isBaseline ? course.baselineValue : signedPct(p.changeFromBaselinePct), 'num'),
        ].join(''),
        `data-marker="${escapeHtml(trend.marker)}" data-date="${escapeHtml(p.date)}"`,
      ),
    ),
  );
  const since = baselineDate(assessment);
  const rule = since ? fill(course.baselineRuleOn, { date: formatDate(since, locale) }) : course.baselineRule;
  return tag('table', header + rows.join(''), 'class="markers"') + tag('p', escapeHtml(rule), 'class="muted"');
}

/** The "Treatment course" sections: treatments, then tumour markers. */
export function courseSections(assessment: Assessment, context: ReportContext): string {
  const { sections } = context.words;
  return [tag('h2', escapeHtml(sections.treatments)), treatmentsTable(assessment, context), tag('h2', escapeHtml(sections.markers)), markersTable(assessment, context)].join('');
}
