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
  type MeasurementNote,
} from '../../core';
import { catalogueFor, fill, formatDate, renderEvaluation, timepointLabelsIn, wordFor, type Locale } from '../../text';
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

function patientSection(assessment: Assessment, { words, locale }: ReportContext): string {
  const p = assessment.patient ?? {};
  const fields = [
    [words.patient.id, p.id],
    [words.patient.name, typeof p.name === 'string' ? p.name.replace(/\^/g, ' ').trim() : undefined],
    [words.patient.birthDate, typeof p.birthDate === 'string' ? formatDate(p.birthDate, locale) : undefined],
    [words.patient.sex, p.sex],
  ].filter(([, value]) => typeof value === 'string' && value !== '');
  if (fields.length === 0) return muted(words.patient.none);
  return tag('table', fields.map(([label, value]) => row([th(String(label)), td(escapeHtml(value))])).join(''), 'class="patient"');
}

function studiesSection(assessment: Assessment, baselineId: string, labels: Record<string, string>, { words, locale }: ReportContext): string {
  const { studies } = words;
  const sorted = [...assessment.timepoints].sort((a, b) => a.date.localeCompare(b.date));
  const header = row([studies.timepoint, studies.date, studies.label, studies.role, studies.studyInstanceUid].map(th));
  const rows = sorted.map((t) =>
    row([
      td(escapeHtml(labels[t.id] ?? t.id)),
      td(escapeHtml(formatDate(t.date, locale))),
      td(escapeHtml(t.label ?? '')),
      td(escapeHtml(t.id === baselineId ? studies.baseline : studies.followUp)),
      td(escapeHtml(t.studyInstanceUid ?? '—')),
    ]),
  );
  return tag('table', header + rows.join(''));
}

/** The values of one finding, one line each, as recorded or from the calipers. */
function findingLines(finding: Finding | undefined, criteria: Criteria, { words }: ReportContext): string[] {
  const { lesions } = words;
  if (!finding) return [lesions.notAssessed];
  const lines: string[] = [];
  const viable = finding.viableLongestDiameterMm;
  const perpendicular = finding.viablePerpendicularDiameterMm;
  if (viable !== undefined) lines.push(fill(lesions.viable, { value: mm(viable) }));
  if (criteria === 'EASL' && viable !== undefined && perpendicular !== undefined) {
    lines.push(fill(lesions.easlProduct, { long: viable.toFixed(1), short: perpendicular.toFixed(1), product: (viable * perpendicular).toFixed(1) }));
  } else if (perpendicular !== undefined) lines.push(fill(lesions.viablePerpendicular, { value: mm(perpendicular) }));
  if (finding.longestDiameterMm !== undefined) lines.push(fill(lesions.whole, { value: mm(finding.longestDiameterMm) }));
  if (finding.shortAxisMm !== undefined) lines.push(fill(lesions.shortAxis, { value: mm(finding.shortAxisMm) }));
  if (finding.status !== undefined) lines.push(wordFor(words.statuses, String(finding.status)));
  if (finding.pattern !== undefined) lines.push(wordFor(words.patterns, String(finding.pattern)));
  if (finding.cytology !== undefined) lines.push(fill(lesions.cytology, { value: wordFor(words.cytologies, String(finding.cytology)) }));
  if (finding.lrTr !== undefined) lines.push(lrTrLine(finding.lrTr, words));
  return lines.length > 0 ? lines : ['—'];
}

function lesionSection(applied: Assessment, order: readonly string[], labels: Record<string, string>, criteria: Criteria, context: ReportContext): string {
  const { words } = context;
  if (applied.lesions.length === 0) return muted(words.lesions.none);
  const header = row([th(words.lesions.lesion), ...order.map((id) => tag('th', escapeHtml(labels[id] ?? id)))]);
  const rows = applied.lesions.map((lesion: Lesion) => {
    const kind = lesion.kind && lesion.kind !== 'parenchymal' ? words.kinds[lesion.kind] : undefined;
    const where = [wordFor(words.organs, lesion.organ), lesion.location, kind].filter(Boolean);
    const name = `<strong>${escapeHtml(lesion.id)}</strong> ${escapeHtml(words.roles[lesion.role])}<br>${escapeHtml(where.join(words.listSeparator))}`;
    const cells = order.map((id) => td(findingLines(lesion.findings[id], criteria, context).map(escapeHtml).join('<br>')));
    return tag('tr', [td(name), ...cells].join(''), `data-lesion-id="${escapeHtml(lesion.id)}"`);
  });
  return tag('table', header + rows.join(''), 'class="lesions"');
}

function responseSection(result: EvaluationResult<string>, labels: Record<string, string>, dateOf: Map<string, string>, { words, locale }: ReportContext): string {
  const { response } = words;
  const category = (code: string) => escapeHtml(wordFor(words.categories, code));
  const unit = result.criteria === 'EASL' ? 'mm²' : 'mm';
  const header = row(
    [response.timepoint, response.targetSum, response.vsBaseline, response.nadir, response.vsNadir, response.target, response.nonTarget, response.newLesion, response.overall].map(th),
  );
  const timepointCell = (id: string) =>
    td(`${escapeHtml(labels[id] ?? id)}<br><span class="date">${escapeHtml(formatDate(dateOf.get(id) ?? '', locale))}</span>`);
  const baselineRow = row([
    timepointCell(result.baseline.timepoint),
    td(mm(result.baseline.targetSum, unit), 'num'),
    td(escapeHtml(response.baseline), ''),
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
        timepointCell(t.timepoint),
        td(mm(t.targetSum, unit), 'num'),
        td(signedPct(t.changeFromBaselinePct), 'num'),
        td(mm(t.nadirSum, unit), 'num'),
        td(signedPct(t.changeFromNadirPct), 'num'),
        td(category(t.targetResponse), 'category'),
        td(category(t.nonTargetResponse), 'category'),
        td(escapeHtml(t.newLesion ? response.yes : response.no), 'category'),
        td(category(t.overallResponse), 'category'),
      ].join(''),
      `data-timepoint-id="${escapeHtml(t.timepoint)}"`,
    ),
  );
  const reasons = result.timepoints.map(
    (t) =>
      tag('h3', escapeHtml(fill(response.reasonsAt, { timepoint: labels[t.timepoint] ?? t.timepoint }))) +
      (t.reasons.length > 0 ? tag('ul', t.reasons.map((r) => tag('li', escapeHtml(r))).join('')) : muted(response.noReasons)),
  );
  const table = result.timepoints.length > 0 ? tag('table', header + baselineRow + rows.join(''), 'class="response"') : muted(response.noFollowUp);
  return table + reasons.join('');
}

function keyImagesSection(applied: Assessment, measurements: readonly Measurement[], keyImages: KeyImageSet, labels: Record<string, string>, { words, locale }: ReportContext): string {
  const text = words.keyImages;
  if (!keyImages.available) return tag('p', escapeHtml(text.madeWithoutImages), 'class="notice" data-testid="no-key-images"');
  const calipers = keyImageCalipers(applied, measurements);
  if (calipers.length === 0) return `<p class="notice">${escapeHtml(text.noCalipers)}</p>`;
  const dateOf = new Map(applied.timepoints.map((t) => [t.id, t.date]));
  const byLesion = new Map<string, Measurement[]>();
  for (const m of calipers) byLesion.set(m.lesionId, [...(byLesion.get(m.lesionId) ?? []), m]);
  return [...byLesion].map(([lesionId, list]) => {
    const figures = list.map((m) => {
      const lengths = caliperLengthsMm(m);
      const value = `${words.calipers.kinds[m.kind]} ${mm(lengths.long)}${lengths.short !== undefined ? ` × ${mm(lengths.short)}` : ''}`;
      const date = formatDate(dateOf.get(m.timepointId) ?? '', locale);
      const caption = `${escapeHtml(lesionId)} · ${escapeHtml(labels[m.timepointId] ?? m.timepointId)} (${escapeHtml(date)}) · ${escapeHtml(value)}`;
      const image = keyImages.byMeasurementId[m.id];
      const missing = !image || 'dataUrl' in image ? text.notAvailable : fill(text.notAvailableBecause, { reason: image.problem === 'not-open' ? text.notOpen : image.detail });
      const body = image && 'dataUrl' in image ? `<img src="${escapeHtml(image.dataUrl)}" alt="${caption}">` : tag('div', escapeHtml(missing), 'class="no-image"');
      const attributes = `class="key-image" data-lesion-id="${escapeHtml(lesionId)}" data-timepoint-id="${escapeHtml(m.timepointId)}" data-measurement-id="${escapeHtml(m.id)}"`;
      return tag('figure', body + tag('figcaption', caption), attributes);
    });
    return tag('h3', escapeHtml(fill(text.lesion, { lesionId }))) + tag('div', figures.join(''), 'class="key-images"');
  }).join('');
}

/** Why a caliper does not count, naming its lesion and timepoint. */
function noteText(note: MeasurementNote, labels: Record<string, string>, { words }: ReportContext): string {
  const { calipers } = words;
  const at = fill(calipers.at, { lesionId: note.lesionId, timepoint: labels[note.timepointId] ?? note.timepointId });
  switch (note.code) {
    case 'orphan':
      return fill(calipers.orphan, { at });
    case 'uncalibrated':
      return fill(calipers.uncalibrated, { at });
    case 'not-arterial':
      return fill(calipers.notArterial, { at, phase: wordFor(calipers.phases, note.phase), criteria: note.criteria });
    case 'phase-unknown':
      return fill(calipers.phaseUnknown, { at, criteria: note.criteria });
    case 'several-calipers':
      return fill(calipers.severalCalipers, { at, count: note.count, kind: calipers.kinds[note.kind] });
  }
}

function evaluationSections(
  evaluation: CaliperEvaluation,
  assessment: Assessment,
  applied: Assessment,
  labels: Record<string, string>,
  context: ReportContext,
): string {
  const { words } = context;
  const heading = (level: 'h2' | 'h3', text: string) => tag(level, escapeHtml(text));
  if (!evaluation.ok) {
    // The errors are the file's located validation messages, written by core in English.
    const errors = tag('ul', evaluation.errors.map((e) => tag('li', escapeHtml(e))).join(''));
    return heading('h2', words.sections.response) + tag('div', `<p>${escapeHtml(words.response.cannotEvaluate)}</p>${errors}`, 'class="notice"');
  }
  const result = renderEvaluation(evaluation.result, catalogueFor(context.locale));
  const notCounted = evaluation.notes.filter((note) => !note.counted).map((note) => noteText(note, labels, context));
  const dateOf = new Map(assessment.timepoints.map((t) => [t.id, t.date]));
  const order = [...applied.timepoints].sort((a, b) => a.date.localeCompare(b.date)).map((t) => t.id);
  const warnings = result.warnings.length > 0 ? tag('ul', result.warnings.map((w) => tag('li', escapeHtml(w))).join('')) : `<p>${escapeHtml(words.response.noWarnings)}</p>`;
  const [borBefore, borAfter] = escapeHtml(words.response.bestOverall).split('{{category}}');
  const bor = `${borBefore}<strong data-testid="bor">${escapeHtml(wordFor(words.categories, result.bestOverallResponse))}</strong>${borAfter ?? ''}`;
  return [
    heading('h2', words.sections.lesions),
    lesionSection(applied, order, labels, result.criteria, context),
    heading('h2', words.sections.responsePerTimepoint),
    responseSection(result, labels, dateOf, context),
    tag('div', bor, 'class="bor"'),
    heading('h2', (assessment.markers ?? []).length > 0 ? words.sections.sumAndMarkersTrend : words.sections.sumTrend),
    sumTrendSvg(result, assessment, labels, context),
    heading('h2', words.sections.warnings),
    warnings,
    ...(notCounted.length > 0 ? [heading('h3', words.sections.notCounted), tag('ul', notCounted.map((n) => tag('li', escapeHtml(n))).join(''))] : []),
  ].join('');
}

/** The report as a complete HTML document, in `input.locale`. */
export function buildResponseReport(input: ResponseReportInput): string {
  const { assessment, measurements, keyImages, createdAt } = input;
  const context = reportContext(input.locale ?? 'en');
  const { words } = context;
  const criteria = input.criteria ?? assessment.criteria;
  const evaluation = evaluateWithCalipers(assessment, measurements, criteria);
  const applied = applyMeasurements(assessment, measurements, criteria).assessment;
  const baselineId = evaluation.ok ? evaluation.result.baseline.timepoint : (assessment.baseline ?? '');
  const labels = timepointLabelsIn(context.locale, assessment.timepoints, baselineId || undefined);
  const options = resolveOptions(criteria, assessment.options);
  const rules = criteriaRules(criteria);
  const patientId = assessment.patient?.id;
  const title = patientId ? fill(words.document.titleWithPatient, { criteria, patientId }) : fill(words.document.title, { criteria });
  const ruleValues = { name: words.criteria.names[criteria], prFallPct: rules.prFallPct, pdRisePct: rules.pdRisePct, minIncreaseMm: options.minAbsoluteIncreaseMm };
  const criteriaText = fill(options.minAbsoluteIncreaseMm > 0 ? words.criteria.rulesWithMinimum : words.criteria.rules, ruleValues);
  const made = fill(words.document.made, { time: createdAt.toISOString().slice(0, 16).replace('T', ' ') });
  const body = [
    `<p class="toolbar muted">${escapeHtml(words.document.printHint)}</p>`,
    tag('h1', escapeHtml(title)),
    tag('p', escapeHtml(made)),
    tag('h2', escapeHtml(words.sections.patient)),
    patientSection(assessment, context),
    tag('h2', escapeHtml(words.sections.studies)),
    studiesSection(assessment, baselineId, labels, context),
    tag('h2', escapeHtml(words.sections.criteria)),
    tag('p', escapeHtml(criteriaText)),
    courseSections(assessment, context),
    evaluationSections(evaluation, assessment, applied, labels, context),
    tag('h2', escapeHtml(words.sections.keyImages)),
    keyImagesSection(applied, measurements, keyImages, labels, context),
    tag('footer', `<strong>${escapeHtml(words.document.notADevice)}</strong> ${escapeHtml(words.document.notADeviceDetail)}`),
  ].join('\n');
  return `<!doctype html>\n<html lang="${context.locale}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${REPORT_CSS}</style></head><body>\n${body}\n</body></html>\n`;
}
