/**
 * The printable response report: one self-contained HTML page (styles inline,
 * images as data URLs, no script) that the browser prints or saves as PDF. It
 * shows what the viewer's panel shows, from the same evaluation
 * (`evaluateWithCalipers`, calipers applied under the criteria): studies, the
 * criteria, the treatment course (treatments, tumour markers; LR-TR beside each
 * finding), a table per lesion and timepoint, sums and changes, categories with
 * their reasons, best overall response, warnings, a trend plot and, when the
 * images are at hand, every target's key image at every timepoint.
 */
import {
  applyMeasurements,
  caliperLengthsMm,
  criteriaRules,
  evaluateWithCalipers,
  resolveOptions,
  timepointLabels,
  type Assessment,
  type CaliperEvaluation,
  type Criteria,
  type EvaluationResult,
  type Finding,
  type Lesion,
  type Measurement,
} from '../../core';
import { evaluationText, KIND_LABEL, measurementNoteText } from '../../text';
import { courseSections, lrTrLine } from './courseSection';
import { escapeHtml, mm, signedPct } from './html';
import { keyImageCalipers, type KeyImageSet } from './keyImages';
import { REPORT_CSS } from './reportStyles';
import { sumTrendSvg } from './sumTrendSvg';

export interface ResponseReportInput {
  /** The assessment as the store keeps it (typed findings; calipers apart). */
  assessment: Assessment;
  measurements: readonly Measurement[];
  /** Defaults to the assessment's criteria. */
  criteria?: Criteria;
  keyImages: KeyImageSet;
  /** When the report was made (shown in its header). */
  createdAt: Date;
}

const CRITERIA_NAMES: Record<Criteria, string> = {
  mRECIST: 'mRECIST (modified RECIST for HCC: longest diameter of viable, arterially enhancing tumour)',
  'RECIST1.1': 'RECIST 1.1 (longest diameter of the whole lesion; short axis of nodes)',
  EASL: 'EASL (product of the two perpendicular diameters of viable tumour)',
};

const tag = (name: string, content: string, attributes = '') => `<${name}${attributes ? ` ${attributes}` : ''}>${content}</${name}>`;
const row = (cells: string[]) => tag('tr', cells.join(''));
const td = (content: string, className?: string) => tag('td', content, className ? `class="${className}"` : '');

function patientSection(assessment: Assessment): string {
  const p = assessment.patient ?? {};
  const fields = [
    ['Patient ID', p.id],
    ['Name', typeof p.name === 'string' ? p.name.replace(/\^/g, ' ').trim() : undefined],
    ['Birth date', p.birthDate],
    ['Sex', p.sex],
  ].filter(([, value]) => typeof value === 'string' && value !== '');
  if (fields.length === 0) return '<p class="muted">No patient details in the assessment.</p>';
  return tag('table', fields.map(([label, value]) => row([tag('th', escapeHtml(label)), td(escapeHtml(value))])).join(''), 'class="patient"');
}

function studiesSection(assessment: Assessment, baselineId: string, labels: Record<string, string>): string {
  const sorted = [...assessment.timepoints].sort((a, b) => a.date.localeCompare(b.date));
  const header = row(['Timepoint', 'Date', 'Label', 'Role', 'Study Instance UID'].map((h) => tag('th', h)));
  const rows = sorted.map((t) =>
    row([
      td(escapeHtml(labels[t.id] ?? t.id)),
      td(escapeHtml(t.date)),
      td(escapeHtml(t.label ?? '')),
      td(t.id === baselineId ? 'baseline' : 'follow-up'),
      td(escapeHtml(t.studyInstanceUid ?? '—')),
    ]),
  );
  return tag('table', header + rows.join(''));
}

/** The values of one finding, one line each, as recorded or from the calipers. */
function findingLines(finding: Finding | undefined, criteria: Criteria): string[] {
  if (!finding) return ['not assessed'];
  const lines: string[] = [];
  const viable = finding.viableLongestDiameterMm;
  const perpendicular = finding.viablePerpendicularDiameterMm;
  if (viable !== undefined) lines.push(`viable ${mm(viable)}`);
  if (criteria === 'EASL' && viable !== undefined && perpendicular !== undefined) {
    lines.push(`EASL ${viable.toFixed(1)} × ${perpendicular.toFixed(1)} = ${(viable * perpendicular).toFixed(1)} mm²`);
  } else if (perpendicular !== undefined) lines.push(`viable ⟂ ${mm(perpendicular)}`);
  if (finding.longestDiameterMm !== undefined) lines.push(`whole ${mm(finding.longestDiameterMm)}`);
  if (finding.shortAxisMm !== undefined) lines.push(`short axis ${mm(finding.shortAxisMm)}`);
  if (finding.status !== undefined) lines.push(String(finding.status));
  if (finding.pattern !== undefined) lines.push(String(finding.pattern));
  if (finding.cytology !== undefined) lines.push(`cytology ${String(finding.cytology)}`);
  if (finding.lrTr !== undefined) lines.push(lrTrLine(finding.lrTr));
  return lines.length > 0 ? lines : ['—'];
}

function lesionSection(applied: Assessment, order: readonly string[], labels: Record<string, string>, criteria: Criteria): string {
  if (applied.lesions.length === 0) return '<p class="muted">No lesions recorded.</p>';
  const header = row([tag('th', 'Lesion'), ...order.map((id) => tag('th', escapeHtml(labels[id] ?? id)))]);
  const rows = applied.lesions.map((lesion: Lesion) => {
    const where = [lesion.organ, lesion.location, lesion.kind && lesion.kind !== 'parenchymal' ? lesion.kind : undefined].filter(Boolean);
    const name = `<strong>${escapeHtml(lesion.id)}</strong> ${escapeHtml(lesion.role)}<br>${escapeHtml(where.join(', '))}`;
    const cells = order.map((id) => td(findingLines(lesion.findings[id], criteria).map(escapeHtml).join('<br>')));
    return tag('tr', [td(name), ...cells].join(''), `data-lesion-id="${escapeHtml(lesion.id)}"`);
  });
  return tag('table', header + rows.join(''), 'class="lesions"');
}

function responseSection(result: EvaluationResult<string>, labels: Record<string, string>, dateOf: Map<string, string>): string {
  const unit = result.criteria === 'EASL' ? 'mm²' : 'mm';
  const header = row(
    ['Timepoint', 'Target sum', 'vs baseline', 'Nadir', 'vs nadir', 'Target', 'Non-target', 'New lesion', 'Overall'].map((h) => tag('th', h)),
  );
  const baselineRow = row([
    td(`${escapeHtml(labels[result.baseline.timepoint] ?? result.baseline.timepoint)}<br><span class="date">${escapeHtml(dateOf.get(result.baseline.timepoint) ?? '')}</span>`),
    td(mm(result.baseline.targetSum, unit), 'num'),
    td('baseline', ''),
    td('—', 'num'),
    td('—', 'num'),
    td('—'),
    td('—'),
    td('—'),
    td('—'),
  ]);
  const rows = result.timepoints.map((t) =>
    tag(
      'tr',
      [
        td(`${escapeHtml(labels[t.timepoint] ?? t.timepoint)}<br><span class="date">${escapeHtml(dateOf.get(t.timepoint) ?? '')}</span>`),
        td(mm(t.targetSum, unit), 'num'),
        td(signedPct(t.changeFromBaselinePct), 'num'),
        td(mm(t.nadirSum, unit), 'num'),
        td(signedPct(t.changeFromNadirPct), 'num'),
        td(escapeHtml(t.targetResponse), 'category'),
        td(escapeHtml(t.nonTargetResponse), 'category'),
        td(t.newLesion ? 'yes' : 'no', 'category'),
        td(escapeHtml(t.overallResponse), 'category'),
      ].join(''),
      `data-timepoint-id="${escapeHtml(t.timepoint)}"`,
    ),
  );
  const reasons = result.timepoints.map(
    (t) =>
      tag('h3', `Reasons at ${escapeHtml(labels[t.timepoint] ?? t.timepoint)}`) +
      (t.reasons.length > 0 ? tag('ul', t.reasons.map((r) => tag('li', escapeHtml(r))).join('')) : '<p class="muted">No reasons given.</p>'),
  );
  const table = result.timepoints.length > 0 ? tag('table', header + baselineRow + rows.join(''), 'class="response"') : '<p class="muted">No timepoint after the baseline yet.</p>';
  return table + reasons.join('');
}

function keyImagesSection(applied: Assessment, measurements: readonly Measurement[], keyImages: KeyImageSet, labels: Record<string, string>): string {
  if (!keyImages.available) return tag('p', escapeHtml(keyImages.reason), 'class="notice" data-testid="no-key-images"');
  const calipers = keyImageCalipers(applied, measurements);
  if (calipers.length === 0) return '<p class="notice">No caliper was drawn on a target or new lesion, so there are no key images.</p>';
  const dateOf = new Map(applied.timepoints.map((t) => [t.id, t.date]));
  const byLesion = new Map<string, Measurement[]>();
  for (const m of calipers) byLesion.set(m.lesionId, [...(byLesion.get(m.lesionId) ?? []), m]);
  return [...byLesion].map(([lesionId, list]) => {
    const figures = list.map((m) => {
      const lengths = caliperLengthsMm(m);
      const value = `${KIND_LABEL[m.kind]} ${mm(lengths.long)}${lengths.short !== undefined ? ` × ${mm(lengths.short)}` : ''}`;
      const caption = `${escapeHtml(lesionId)} · ${escapeHtml(labels[m.timepointId] ?? m.timepointId)} (${escapeHtml(dateOf.get(m.timepointId) ?? '')}) · ${escapeHtml(value)}`;
      const image = keyImages.byMeasurementId[m.id];
      const body =
        image && 'dataUrl' in image
          ? `<img src="${escapeHtml(image.dataUrl)}" alt="${caption}">`
          : tag('div', `image not available${image ? `: ${escapeHtml(image.error)}` : ''}`, 'class="no-image"');
      const attributes = `class="key-image" data-lesion-id="${escapeHtml(lesionId)}" data-timepoint-id="${escapeHtml(m.timepointId)}" data-measurement-id="${escapeHtml(m.id)}"`;
      return tag('figure', body + tag('figcaption', caption), attributes);
    });
    return tag('h3', `Lesion ${escapeHtml(lesionId)}`) + tag('div', figures.join(''), 'class="key-images"');
  }).join('');
}

function evaluationSections(
  evaluation: CaliperEvaluation,
  assessment: Assessment,
  applied: Assessment,
  labels: Record<string, string>,
): string {
  if (!evaluation.ok) {
    return tag('h2', 'Response') + tag('div', `<p>The assessment cannot be evaluated until these are fixed:</p>${tag('ul', evaluation.errors.map((e) => tag('li', escapeHtml(e))).join(''))}`, 'class="notice"');
  }
  const result = evaluationText(evaluation.result);
  const notCounted = evaluation.notes.filter((note) => !note.counted).map((note) => measurementNoteText(note, labels));
  const dateOf = new Map(assessment.timepoints.map((t) => [t.id, t.date]));
  const order = [...applied.timepoints].sort((a, b) => a.date.localeCompare(b.date)).map((t) => t.id);
  const warnings = result.warnings.length > 0 ? tag('ul', result.warnings.map((w) => tag('li', escapeHtml(w))).join('')) : '<p>None.</p>';
  return [
    tag('h2', 'Lesions'),
    lesionSection(applied, order, labels, result.criteria),
    tag('h2', 'Response per timepoint'),
    responseSection(result, labels, dateOf),
    tag('div', `Best overall response (unconfirmed): <strong data-testid="bor">${escapeHtml(result.bestOverallResponse)}</strong>`, 'class="bor"'),
    tag('h2', (assessment.markers ?? []).length > 0 ? 'Target sum and tumour markers over time' : 'Target sum over time'),
    sumTrendSvg(result, assessment, labels),
    tag('h2', 'Warnings'),
    warnings,
    ...(notCounted.length > 0 ? [tag('h3', 'Calipers not counted'), tag('ul', notCounted.map((n) => tag('li', escapeHtml(n))).join(''))] : []),
  ].join('');
}

/** The report as a complete HTML document. */
export function buildResponseReport(input: ResponseReportInput): string {
  const { assessment, measurements, keyImages, createdAt } = input;
  const criteria = input.criteria ?? assessment.criteria;
  const evaluation = evaluateWithCalipers(assessment, measurements, criteria);
  const applied = applyMeasurements(assessment, measurements, criteria).assessment;
  const baselineId = evaluation.ok ? evaluation.result.baseline.timepoint : (assessment.baseline ?? '');
  const labels = timepointLabels(assessment.timepoints, baselineId || undefined);
  const options = resolveOptions(criteria, assessment.options);
  const rules = criteriaRules(criteria);
  const title = `Tumour response report — ${criteria}${assessment.patient?.id ? ` — ${assessment.patient.id}` : ''}`;
  const body = [
    '<p class="toolbar muted">To keep this report, print it (Ctrl+P or ⌘P) and choose "Save as PDF"; A4 and Letter both fit.</p>',
    tag('h1', escapeHtml(title)),
    tag('p', `Made ${escapeHtml(createdAt.toISOString().slice(0, 16).replace('T', ' '))} UTC with Viable.`),
    tag('h2', 'Patient'),
    patientSection(assessment),
    tag('h2', 'Studies'),
    studiesSection(assessment, baselineId, labels),
    tag('h2', 'Criteria'),
    tag('p', `${escapeHtml(CRITERIA_NAMES[criteria])}. Partial response at a ${rules.prFallPct}% fall from baseline, progression at a ${rules.pdRisePct}% rise over the nadir${options.minAbsoluteIncreaseMm > 0 ? ` and at least ${options.minAbsoluteIncreaseMm} mm` : ''}.`),
    courseSections(assessment),
    evaluationSections(evaluation, assessment, applied, labels),
    tag('h2', 'Key images'),
    keyImagesSection(applied, measurements, keyImages, labels),
    tag('footer', '<strong>Research software, not a medical device.</strong> Viable is not certified for clinical diagnosis or treatment decisions; check every measurement and category against the images.'),
  ].join('\n');
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${REPORT_CSS}</style></head><body>\n${body}\n</body></html>\n`;
}
