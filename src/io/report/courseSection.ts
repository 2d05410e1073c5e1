/**
 * The treatment course in the printable report: the treatments by date, the
 * tumour marker values with their change from the baseline value (and the rule
 * for that baseline), and a line of LR-TR for a finding's cell.
 */
import { baselineDate, markerTrends, type Assessment, type LrTr } from '../../core';
import { LR_TR_FEATURE_LABEL, LR_TR_LABEL, LR_TR_VERSION_LABEL, MARKER_LABEL, treatmentText } from '../../text';
import { escapeHtml, signedPct } from './html';

const tag = (name: string, content: string, attributes = '') => `<${name}${attributes ? ` ${attributes}` : ''}>${content}</${name}>`;
const row = (cells: string[]) => tag('tr', cells.join(''));
const th = (text: string) => tag('th', escapeHtml(text));
const td = (text: string, className?: string) => tag('td', escapeHtml(text), className ? `class="${className}"` : '');

/** "LR-TR Viable (LI-RADS v2018): arterial phase hyperenhancement, washout appearance". */
export function lrTrLine(lrTr: LrTr): string {
  const features = (lrTr.features ?? []).map((f) => LR_TR_FEATURE_LABEL[f]);
  return `${LR_TR_LABEL[lrTr.category]} (${LR_TR_VERSION_LABEL[lrTr.version]})${features.length > 0 ? `: ${features.join(', ')}` : ''}`;
}

function treatmentsTable(assessment: Assessment): string {
  const treatments = [...(assessment.treatments ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  if (treatments.length === 0) return '<p class="muted">No treatment recorded.</p>';
  const header = row(['Date', 'Treatment', 'Treated lesions', 'Note'].map(th));
  const rows = treatments.map((t) => tag('tr', [td(t.date), td(treatmentText(t)), td(t.lesionIds?.join(', ') ?? '—'), td(t.note ?? '')].join(''), `data-treatment-type="${escapeHtml(t.type)}"`));
  return tag('table', header + rows.join(''), 'class="treatments"');
}

function markersTable(assessment: Assessment): string {
  const trends = markerTrends(assessment);
  if (trends.length === 0) return '<p class="muted">No tumour marker value recorded.</p>';
  const header = row(['Marker', 'Date', 'Value', 'Change from baseline value'].map(th));
  const rows = trends.flatMap((trend) =>
    trend.points.map((p) =>
      tag(
        'tr',
        [
          td(MARKER_LABEL[trend.marker]),
          td(p.date),
          td(`${p.value} ${trend.unit}`, 'num'),
          td(p.isBaseline ? 'baseline value' : signedPct(p.changeFromBaselinePct), 'num'),
        ].join(''),
        `data-marker="${escapeHtml(trend.marker)}" data-date="${escapeHtml(p.date)}"`,
      ),
    ),
  );
  const since = baselineDate(assessment);
  const rule = `The baseline value of a marker is its latest value on or before the baseline imaging date${since ? ` (${since})` : ''}.`;
  return tag('table', header + rows.join(''), 'class="markers"') + tag('p', escapeHtml(rule), 'class="muted"');
}

/** The "Treatment course" sections: treatments, then tumour markers. */
export function courseSections(assessment: Assessment): string {
  return [tag('h2', 'Treatments'), treatmentsTable(assessment), tag('h2', 'Tumour markers'), markersTable(assessment)].join('');
}
