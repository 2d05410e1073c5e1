/**
 * The trend of the target sum over time as an inline SVG, drawn in black on
 * white so that it prints in black and white: a line through the evaluable sums,
 * each point labelled with its timepoint and overall category; the tumour markers
 * on a log axis at the right, on the same days-from-baseline axis.
 */
import { daysBetween, markerTrends, type Assessment, type EvaluationResult } from '../../core';
import { fill } from '../../text';
import { escapeHtml } from './html';
import { markerLinesSvg } from './markerLinesSvg';
import type { ReportContext } from './reportContext';

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 56, right: 56, top: 40, bottom: 40 };

export function sumTrendSvg(result: EvaluationResult<unknown>, assessment: Assessment, labels: Record<string, string>, context: ReportContext): string {
  const words = context.words.trend;
  const dateOf = new Map(assessment.timepoints.map((t) => [t.id, t.date]));
  const baselineDate = dateOf.get(result.baseline.timepoint);
  if (!baselineDate) return '';
  const points = [
    { id: result.baseline.timepoint, sum: result.baseline.targetSum, category: words.baseline },
    // Categories by their abbreviation in every language: the plot has no room for 部分缓解（PR）.
    ...result.timepoints.map((t) => ({ id: t.timepoint, sum: t.targetSum, category: t.overallResponse })),
  ].map((p) => ({ ...p, day: daysBetween(baselineDate, dateOf.get(p.id) ?? baselineDate) }));
  const measured = points.filter((p): p is typeof p & { sum: number } => p.sum !== null);
  const trends = markerTrends(assessment);
  if (measured.length === 0 && trends.length === 0) return `<p class="muted">${escapeHtml(words.noSum)}</p>`;

  const unit = result.criteria === 'EASL' ? 'mm²' : 'mm';
  const markerDays = trends.flatMap((t) => t.points.map((p) => daysBetween(baselineDate, p.date)));
  const minDay = Math.min(0, ...markerDays);
  const maxDay = Math.max(minDay + 1, ...points.map((p) => p.day), ...markerDays);
  const maxSum = Math.max(1, ...measured.map((p) => p.sum)) * 1.15;
  const x = (day: number) => PAD.left + ((WIDTH - PAD.left - PAD.right) * (day - minDay)) / (maxDay - minDay);
  const y = (sum: number) => HEIGHT - PAD.bottom - ((HEIGHT - PAD.top - PAD.bottom) * sum) / maxSum;
  const bottom = HEIGHT - PAD.bottom;
  const ticks = [0, maxSum / 2, maxSum].map(
    (value) =>
      `<line x1="${PAD.left - 4}" y1="${y(value)}" x2="${PAD.left}" y2="${y(value)}" stroke="#000"/>` +
      `<text x="${PAD.left - 8}" y="${y(value) + 4}" text-anchor="end" font-size="11">${value.toFixed(0)}</text>`,
  );
  const marks = measured.map(
    (p) =>
      `<circle cx="${x(p.day)}" cy="${y(p.sum)}" r="4" fill="#000"/>` +
      `<text x="${x(p.day)}" y="${y(p.sum) - 9}" text-anchor="middle" font-size="11" font-weight="bold">${escapeHtml(p.category)}</text>`,
  );
  const axisLabels = points.map(
    (p) => `<text x="${x(p.day)}" y="${bottom + 16}" text-anchor="middle" font-size="11">${escapeHtml(labels[p.id] ?? p.id)}</text>` +
      `<text x="${x(p.day)}" y="${bottom + 30}" text-anchor="middle" font-size="10">${escapeHtml(fill(words.day, { day: p.day }))}</text>`,
  );
  return [
    `<svg class="trend" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(fill(words.label, { unit }))}" xmlns="http://www.w3.org/2000/svg">`,
    `<line x1="${PAD.left}" y1="${PAD.top - 10}" x2="${PAD.left}" y2="${bottom}" stroke="#000"/>`,
    `<line x1="${PAD.left}" y1="${bottom}" x2="${WIDTH - PAD.right}" y2="${bottom}" stroke="#000"/>`,
    `<text x="12" y="${PAD.top - 14}" font-size="11">${escapeHtml(fill(words.sumAxis, { unit }))}</text>`,
    ...ticks,
    `<polyline fill="none" stroke="#000" stroke-width="2" points="${measured.map((p) => `${x(p.day)},${y(p.sum)}`).join(' ')}"/>`,
    ...marks,
    ...axisLabels,
    markerLinesSvg(trends, { x: (date) => x(daysBetween(baselineDate, date)), top: PAD.top, bottom, right: WIDTH - PAD.right }, context),
    '</svg>',
  ].join('');
}
