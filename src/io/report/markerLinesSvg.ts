/**
 * The tumour markers for the report's trend plot: a log-scale axis on the right,
 * in whole decades, and one line per marker, dashed (AFP) or dotted (PIVKA-II) so
 * that they read apart in black and white.
 */
import { markerDecades, type MarkerTrend } from '../../core';
import { fill, formatCount } from '../../text';
import { escapeHtml } from './html';
import type { ReportContext } from './reportContext';

const DASH: Record<MarkerTrend['marker'], string> = { AFP: '6 3', 'PIVKA-II': '1.5 3' };

/** Where the marker layer may draw: `x(date)` from the sum plot, the plot's top and bottom, its right edge. */
export interface MarkerFrame {
  x(date: string): number;
  top: number;
  bottom: number;
  right: number;
}

export function markerLinesSvg(trends: readonly MarkerTrend[], frame: MarkerFrame, { words, locale }: ReportContext): string {
  const decades = markerDecades(trends);
  if (!decades) return '';
  const { low, high } = decades;
  const y = (value: number) => frame.bottom - ((frame.bottom - frame.top) * (Math.log10(value) - low)) / (high - low);
  const ticks = Array.from({ length: high - low + 1 }, (_, i) => 10 ** (low + i)).map(
    (value) =>
      `<line x1="${frame.right}" y1="${y(value)}" x2="${frame.right + 4}" y2="${y(value)}" stroke="#000"/>` +
      `<text x="${frame.right + 7}" y="${y(value) + 4}" font-size="10">${value >= 1 ? formatCount(value, locale) : value}</text>`,
  );
  const lines = trends.map((trend, index) => {
    const points = trend.points.map((p) => `${frame.x(p.date)},${y(p.value)}`).join(' ');
    const dots = trend.points.map((p) => `<circle cx="${frame.x(p.date)}" cy="${y(p.value)}" r="2.5" fill="#fff" stroke="#000"/>`).join('');
    const legend = `<text x="${frame.right - 4}" y="${frame.top - 14 + index * 12}" text-anchor="end" font-size="10">${escapeHtml(fill(words.trend.markerAxis, { marker: words.course.markers[trend.marker], unit: trend.unit }))} ${trend.marker === 'AFP' ? '– – –' : '· · ·'}</text>`;
    return `<g class="marker" data-marker="${escapeHtml(trend.marker)}"><polyline fill="none" stroke="#000" stroke-width="1.2" stroke-dasharray="${DASH[trend.marker]}" points="${points}"/>${dots}${legend}</g>`;
  });
  return [`<line x1="${frame.right}" y1="${frame.top - 10}" x2="${frame.right}" y2="${frame.bottom}" stroke="#000"/>`, ...ticks, ...lines].join('');
}
