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
  type Assessment,
  type CaliperEvaluation,
  type Criteria,
  type EvaluationResult,
  type Finding,
  type Lesion,
  type Measurement,
} from '../../core';
import { assessmentProblemText, catalogueFor, formatDate, kindLabel, measurementNoteText, renderEvaluation, timepointLabelsIn, translator, type Locale } from '../../text';
import { courseSections, lrTrLine } from './courseSection';
import { escapeHtml, mm, signedPct } from './html';
import { keyImageCalipers, type KeyImageSet } from './keyImages';
import { reportContext, type ReportContext } from './reportContext';
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
  /** The language of the report (its words, reasons and dates); English by default. Numbers are the same in every language. */
  locale?: Locale;
}

const tag = (name: string, content: string, attributes = '') => `<${name}${attributes ? ` ${attributes}` : ''}>${content}</${name}>`;
const row = (cells: string[]) => tag('tr', cells.join(''));
const td = (content: string, className?: string) => tag('td', content, className ? `class="${className}"` : '');
/** A heading or a cell of catalogue words (escaped like every other text). */
const th = (words: string) => tag('th', escapeHtml(words));
const muted = (words: string) => `<p class="muted">${escapeHtml(words)}</p>`;

function patientSection(assessment: Assessment, { t, locale }: ReportContext): string {
  const p = assessment.patient ?? {};
  const fields = [
    [t('patient.id'), p.id],
    [t('patient.name'), typeof p.name === 'string' ? p.name.replace(/\^/g, ' ').trim() : undefined],
    [t('patient.birthDate'), typeof p.birthDate === 'string' ? formatDate(p.birthDate, locale) : undefined],
    [t('patient.sex'), p.sex],
  ].filter(([, value]) => typeof value === 'string' && value !== '');
  if (fields.length === 0) return muted(t('patient.none'));
  return tag('table', fields.map(([label, value]) => row([th(String(label)), td(escapeHtml(value))])).join(''), 'class="patient"');
}

function studiesSection(assessment: Assessment, baselineId: string, labels: Record<string, string>, { t, locale }: ReportContext): string {
  const sorted = [...assessment.timepoints].sort((a, b) => a.date.localeCompare(b.date));
  const header = row([t('studies.timepoint'), t('studies.date'), t('studies.label'), t('studies.role'), t('studies.studyInstanceUid')].map(th));
  const rows = sorted.map((timepoint) =>
    row([
      td(escapeHtml(labels[timepoint.id] ?? timepoint.id)),
      td(escapeHtml(formatDate(timepoint.date, locale))),
      td(escapeHtml(timepoint.label ?? '')),
      td(escapeHtml(timepoint.id === baselineId ? t('studies.baseline') : t('studies.followUp'))),
      td(escapeHtml(timepoint.studyInstanceUid ?? '—')),
    ]),
  );
  return tag('table', header + rows.join(''));
}

/** The values of one finding, one line each, as recorded or from the calipers. */
function findingLines(finding: Finding | undefined, criteria: Criteria, context: ReportContext): string[] {
  const { t, terms } = context;
  if (!finding) return [t('lesions.notAssessed')];
  const lines: string[] = [];
  const viable = finding.viableLongestDiameterMm;
  const perpendicular = finding.viablePerpendicularDiameterMm;
  if (viable !== undefined) lines.push(t('lesions.viable', { value: mm(viable) }));
  if (criteria === 'EASL' && viable !== undefined && perpendicular !== undefined) {
    lines.push(t('lesions.easlProduct', { long: viable.toFixed(1), short: perpendicular.toFixed(1), product: (viable * perpendicular).toFixed(1) }));
  } else if (perpendicular !== undefined) lines.push(t('lesions.viablePerpendicular', { value: mm(perpendicular) }));
  if (finding.longestDiameterMm !== undefined) lines.push(t('lesions.whole', { value: mm(finding.longestDiameterMm) }));
  if (finding.shortAxisMm !== undefined) lines.push(t('lesions.shortAxis', { value: mm(finding.shortAxisMm) }));
  if (finding.status !== undefined) lines.push(terms.status(String(finding.status)));
  if (finding.pattern !== undefined) lines.push(terms.pattern(String(finding.pattern)));
  if (finding.cytology !== undefined) lines.push(t('lesions.cytology', { value: terms.cytology(String(finding.cytology)) }));
  if (finding.lrTr !== undefined) lines.push(lrTrLine(finding.lrTr, context));
  return lines.length > 0 ? lines : ['—'];
}

function lesionSection(applied: Assessment, order: readonly string[], labels: Record<string, string>, criteria: Criteria, context: ReportContext): string {
  const { t, terms } = context;
  if (applied.lesions.length === 0) return muted(t('lesions.none'));
  const header = row([th(t('lesions.lesion')), ...order.map((id) => tag('th', escapeHtml(labels[id] ?? id)))]);
  const rows = applied.lesions.map((lesion: Lesion) => {
    const kind = lesion.kind && lesion.kind !== 'parenchymal' ? terms.kind(lesion.kind) : undefined;
    const where = [terms.organ(lesion.organ), lesion.location, kind].filter(Boolean);
    const name = `<strong>${escapeHtml(lesion.id)}</strong> ${escapeHtml(terms.role(lesion.role))}<br>${escapeHtml(where.join(terms.listSeparator))}`;
    const cells = order.map((id) => td(findingLines(lesion.findings[id], criteria, context).map(escapeHtml).join('<br>')));
    return tag('tr', [td(name), ...cells].join(''), `data-lesion-id="${escapeHtml(lesion.id)}"`);
  });
  return tag('table', header + rows.join(''), 'class="lesions"');
}

function responseSection(result: EvaluationResult<string>, labels: Record<string, string>, dateOf: Map<string, string>, { t, terms, locale }: ReportContext): string {
  const category = (code: string) => escapeHtml(terms.category(code));
  const unit = result.criteria === 'EASL' ? 'mm²' : 'mm';
  const columns = ['timepoint', 'targetSum', 'vsBaseline', 'nadir', 'vsNadir', 'target', 'nonTarget', 'newLesion', 'overall'] as const;
  const header = row(columns.map((column) => th(t(`response.column.${column}`))));
  const yesNo = translator(locale, 'assessment');
  const timepointCell = (id: string) =>
    td(`${escapeHtml(labels[id] ?? id)}<br><span class="date">${escapeHtml(formatDate(dateOf.get(id) ?? '', locale))}</span>`);
  const baselineRow = row([
    timepointCell(result.baseline.timepoint),
    td(mm(result.baseline.targetSum, unit), 'num'),
    td(escapeHtml(t('response.baseline')), ''),
    td('—', 'num'),
    td('—', 'num'),
    td('—'),
    td('—'),
    td('—'),
    td('—'),
  ]);
  const rows = result.timepoints.map((timepoint) =>
    tag(
      'tr',
      [
        timepointCell(timepoint.timepoint),
        td(mm(timepoint.targetSum, unit), 'num'),
        td(signedPct(timepoint.changeFromBaselinePct), 'num'),
        td(mm(timepoint.nadirSum, unit), 'num'),
        td(signedPct(timepoint.changeFromNadirPct), 'num'),
        td(category(timepoint.targetResponse), 'category'),
        td(category(timepoint.nonTargetResponse), 'category'),
        td(escapeHtml(timepoint.newLesion ? yesNo('response.yes') : yesNo('response.no')), 'category'),
        td(category(timepoint.overallResponse), 'category'),
      ].join(''),
      `data-timepoint-id="${escapeHtml(timepoint.timepoint)}"`,
    ),
  );
  const reasons = result.timepoints.map(
    (timepoint) =>
      tag('h3', escapeHtml(t('response.reasonsAt', { timepoint: labels[timepoint.timepoint] ?? timepoint.timepoint }))) +
      (timepoint.reasons.length > 0 ? tag('ul', timepoint.reasons.map((r) => tag('li', escapeHtml(r))).join('')) : muted(t('response.noReasons'))),
  );
  const table = result.timepoints.length > 0 ? tag('table', header + baselineRow + rows.join(''), 'class="response"') : muted(t('response.noFollowUp'));
  return table + reasons.join('');
}

function keyImagesSection(applied: Assessment, measurements: readonly Measurement[], keyImages: KeyImageSet, labels: Record<string, string>, { t, locale }: ReportContext): string {
  if (!keyImages.available) return tag('p', escapeHtml(t('keyImages.madeWithoutImages')), 'class="notice" data-testid="no-key-images"');
  const calipers = keyImageCalipers(applied, measurements);
  if (calipers.length === 0) return `<p class="notice">${escapeHtml(t('keyImages.noCalipers'))}</p>`;
  const dateOf = new Map(applied.timepoints.map((t) => [t.id, t.date]));
  const byLesion = new Map<string, Measurement[]>();
  for (const m of calipers) byLesion.set(m.lesionId, [...(byLesion.get(m.lesionId) ?? []), m]);
  return [...byLesion].map(([lesionId, list]) => {
    const figures = list.map((m) => {
      const lengths = caliperLengthsMm(m);
      const value = `${kindLabel(m.kind, locale)} ${mm(lengths.long)}${lengths.short !== undefined ? ` × ${mm(lengths.short)}` : ''}`;
      const date = formatDate(dateOf.get(m.timepointId) ?? '', locale);
      const caption = `${escapeHtml(lesionId)} · ${escapeHtml(labels[m.timepointId] ?? m.timepointId)} (${escapeHtml(date)}) · ${escapeHtml(value)}`;
      const image = keyImages.byMeasurementId[m.id];
      const missing = !image || 'dataUrl' in image ? t('keyImages.notAvailable') : t('keyImages.notAvailableBecause', { reason: image.problem === 'not-open' ? t('keyImages.notOpen') : image.detail });
      const body = image && 'dataUrl' in image ? `<img src="${escapeHtml(image.dataUrl)}" alt="${caption}">` : tag('div', escapeHtml(missing), 'class="no-image"');
      const attributes = `class="key-image" data-lesion-id="${escapeHtml(lesionId)}" data-timepoint-id="${escapeHtml(m.timepointId)}" data-measurement-id="${escapeHtml(m.id)}"`;
      return tag('figure', body + tag('figcaption', caption), attributes);
    });
    return tag('h3', escapeHtml(t('keyImages.lesion', { lesionId }))) + tag('div', figures.join(''), 'class="key-images"');
  }).join('');
}

function evaluationSections(
  evaluation: CaliperEvaluation,
  assessment: Assessment,
  applied: Assessment,
  labels: Record<string, string>,
  context: ReportContext,
): string {
  const { t, terms } = context;
  const heading = (level: 'h2' | 'h3', text: string) => tag(level, escapeHtml(text));
  if (!evaluation.ok) {
    const errors = tag('ul', evaluation.problems.map((problem) => tag('li', escapeHtml(assessmentProblemText(problem, context.locale)))).join(''));
    return heading('h2', t('sections.response')) + tag('div', `<p>${escapeHtml(t('response.cannotEvaluate'))}</p>${errors}`, 'class="notice"');
  }
  const result = renderEvaluation(evaluation.result, catalogueFor(context.locale));
  const notCounted = evaluation.notes.filter((note) => !note.counted).map((note) => measurementNoteText(note, labels, context.locale));
  const dateOf = new Map(assessment.timepoints.map((t) => [t.id, t.date]));
  const order = [...applied.timepoints].sort((a, b) => a.date.localeCompare(b.date)).map((t) => t.id);
  const warnings = result.warnings.length > 0 ? tag('ul', result.warnings.map((w) => tag('li', escapeHtml(w))).join('')) : `<p>${escapeHtml(t('response.noWarnings'))}</p>`;
  // The category in bold inside the sentence: the words around the placeholder, escaped, with the category's markup between.
  const placeholder = '\u0000category\u0000';
  const [borBefore, borAfter] = escapeHtml(t('response.bestOverall', { category: placeholder })).split(placeholder);
  const bor = `${borBefore}<strong data-testid="bor">${escapeHtml(terms.category(result.bestOverallResponse))}</strong>${borAfter ?? ''}`;
  return [
    heading('h2', t('sections.lesions')),
    lesionSection(applied, order, labels, result.criteria, context),
    heading('h2', t('sections.responsePerTimepoint')),
    responseSection(result, labels, dateOf, context),
    tag('div', bor, 'class="bor"'),
    heading('h2', translator(context.locale, 'course')((assessment.markers ?? []).length > 0 ? 'plot.sumWithMarkers' : 'plot.sum')),
    sumTrendSvg(result, assessment, labels, context),
    heading('h2', t('sections.warnings')),
    warnings,
    ...(notCounted.length > 0 ? [heading('h3', t('sections.notCounted')), tag('ul', notCounted.map((n) => tag('li', escapeHtml(n))).join(''))] : []),
  ].join('');
}

/** The report as a complete HTML document, in `input.locale`. */
export function buildResponseReport(input: ResponseReportInput): string {
  const { assessment, measurements, keyImages, createdAt } = input;
  const context = reportContext(input.locale ?? 'en');
  const { t } = context;
  const criteria = input.criteria ?? assessment.criteria;
  const evaluation = evaluateWithCalipers(assessment, measurements, criteria);
  const applied = applyMeasurements(assessment, measurements, criteria).assessment;
  const baselineId = evaluation.ok ? evaluation.result.baseline.timepoint : (assessment.baseline ?? '');
  const labels = timepointLabelsIn(context.locale, assessment.timepoints, baselineId || undefined);
  const options = resolveOptions(criteria, assessment.options);
  const rules = criteriaRules(criteria);
  const patientId = assessment.patient?.id;
  const title = patientId ? t('document.titleWithPatient', { criteria, patientId }) : t('document.title', { criteria });
  const ruleValues = { name: t(`criteria.names.${criteria}`), prFallPct: rules.prFallPct, pdRisePct: rules.pdRisePct, minIncreaseMm: options.minAbsoluteIncreaseMm };
  const criteriaText = t(options.minAbsoluteIncreaseMm > 0 ? 'criteria.rulesWithMinimum' : 'criteria.rules', ruleValues);
  const made = t('document.made', { time: createdAt.toISOString().slice(0, 16).replace('T', ' ') });
  const body = [
    `<p class="toolbar muted">${escapeHtml(t('document.printHint'))}</p>`,
    tag('h1', escapeHtml(title)),
    tag('p', escapeHtml(made)),
    tag('h2', escapeHtml(t('sections.patient'))),
    patientSection(assessment, context),
    tag('h2', escapeHtml(t('sections.studies'))),
    studiesSection(assessment, baselineId, labels, context),
    tag('h2', escapeHtml(t('sections.criteria'))),
    tag('p', escapeHtml(criteriaText)),
    courseSections(assessment, context),
    evaluationSections(evaluation, assessment, applied, labels, context),
    tag('h2', escapeHtml(t('sections.keyImages'))),
    keyImagesSection(applied, measurements, keyImages, labels, context),
    tag('footer', `<strong>${escapeHtml(t('document.notADevice'))}</strong> ${escapeHtml(t('document.notADeviceDetail'))}`),
  ].join('\n');
  return `<!doctype html>\n<html lang="${context.locale}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${REPORT_CSS}</style></head><body>\n${body}\n</body></html>\n`;
}
