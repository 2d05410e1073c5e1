import { markerDecades, markerTrends, type EvaluationResult, type MarkerTrend } from '../../core';
import { useTranslation } from 'react-i18next';
import { formatCount, formatDate } from '../../text';
import { useAppState } from '../hooks';
import { useLocale } from '../useTimepointLabels';
import { COURSE_PLOT, courseDates, timeAxis, type TimeAxis } from './timeAxis';

const HEIGHT = 150;
const TOP = 18;
const BOTTOM = HEIGHT - 22;
const NO_TIMEPOINTS: never[] = [];

/**
 * Target sum over time with each timepoint's overall category marked (left axis,
 * linear; categories by their abbreviation, as the plot has no room for more) and
 * the tumour markers (right axis, log scale, decades), on the same calendar axis as
 * the timeline strip. `labels` are the timepoints' short labels.
 */
export function SumPlot({ result, labels }: { result: EvaluationResult; labels: Record<string, string> }) {
  const { t } = useTranslation('course');
  const baselineMark = useTranslation('assessment').t('response.baselineMark');
  const assessment = useAppState((state) => state.assessment);
  const timepoints = assessment?.timepoints ?? NO_TIMEPOINTS;
  const dateOf = new Map(timepoints.map((t) => [t.id, t.date]));
  const points = [
    { id: result.baseline.timepoint, sum: result.baseline.targetSum, category: 'BL' },
    ...result.timepoints.map((t) => ({ id: t.timepoint, sum: t.targetSum, category: t.overallResponse })),
  ].flatMap((p) => {
    const date = dateOf.get(p.id);
    return date === undefined || p.sum === null ? [] : [{ ...p, sum: p.sum, date }];
  });
  const trends = assessment ? markerTrends(assessment) : [];
  const axis = assessment ? timeAxis(courseDates(assessment), COURSE_PLOT.left, COURSE_PLOT.right) : null;
  if (!axis || (points.length === 0 && trends.length === 0)) return null;
  const maxSum = Math.max(1, ...points.map((p) => p.sum));
  const y = (value: number) => BOTTOM - ((BOTTOM - TOP) * value) / maxSum;

  return (
    <svg
      className="sum-plot"
      data-testid="sum-plot"
      viewBox={`0 0 ${COURSE_PLOT.width} ${HEIGHT}`}
      width="100%"
      role="img"
      aria-label={trends.length > 0 ? t('plot.sumWithMarkers') : t('plot.sum')}
    >
      <line x1={COURSE_PLOT.left} y1={BOTTOM} x2={COURSE_PLOT.right} y2={BOTTOM} stroke="currentColor" opacity={0.4} />
      <text x={2} y={10} fontSize={9} fill="currentColor" opacity={0.7}>
        {t('plot.sumAxis', { unit: result.criteria === 'EASL' ? 'mm²' : 'mm' })}
      </text>
      <polyline fill="none" stroke="var(--accent)" strokeWidth={2} points={points.map((p) => `${axis.x(p.date)},${y(p.sum)}`).join(' ')} />
      {points.map((p) => (
        <g key={p.id}>
          <circle cx={axis.x(p.date)} cy={y(p.sum)} r={4} className={`dot dot-${p.category.replace('/', '-')}`} />
          <text x={axis.x(p.date)} y={y(p.sum) - 8} textAnchor="middle" fontSize={10} fill="currentColor">
            {p.category === 'BL' ? baselineMark : p.category}
          </text>
          <text x={axis.x(p.date)} y={HEIGHT - 8} textAnchor="middle" fontSize={9} fill="currentColor" opacity={0.7}>
            {labels[p.id] ?? p.id}
          </text>
        </g>
      ))}
      {trends.length > 0 && <MarkerLines trends={trends} axis={axis} />}
    </svg>
  );
}

/** The marker values on a log scale against the right-hand axis, one line per marker. */
function MarkerLines({ trends, axis }: { trends: MarkerTrend[]; axis: TimeAxis }) {
  const { t } = useTranslation('course');
  const locale = useLocale();
  const decades = markerDecades(trends);
  if (!decades) return null;
  const { low, high } = decades;
  const y = (value: number) => BOTTOM - ((BOTTOM - TOP) * (Math.log10(value) - low)) / (high - low);
  const ticks = Array.from({ length: high - low + 1 }, (_, i) => 10 ** (low + i));
  return (
    <g className="marker-lines" data-testid="marker-lines" data-scale="log">
      {ticks.map((value) => (
        <text key={value} x={COURSE_PLOT.right + 4} y={y(value) + 3} fontSize={8} fill="currentColor" opacity={0.7}>
          {value >= 1 ? formatCount(value, locale) : value}
        </text>
      ))}
      {trends.map((trend, index) => (
        <g key={trend.marker} className={`marker marker-${trend.marker}`} data-testid="marker-line" data-marker={trend.marker}>
          <text x={COURSE_PLOT.right - 2} y={10 + index * 10} fontSize={9} textAnchor="end" fill="currentColor">
            {t('plot.markerAxis', { marker: t(`marker.${trend.marker}`), unit: trend.unit })}
          </text>
          <polyline fill="none" strokeWidth={1.5} strokeDasharray="4 2" points={trend.points.map((p) => `${axis.x(p.date)},${y(p.value)}`).join(' ')} />
          {trend.points.map((p) => (
            <circle key={p.date} cx={axis.x(p.date)} cy={y(p.value)} r={2.5} data-testid="marker-point" data-date={p.date} data-value={p.value}>
              <title>{t('plot.markerPoint', { marker: t(`marker.${trend.marker}`), value: p.value, unit: trend.unit, date: formatDate(p.date, locale) })}</title>
            </circle>
          ))}
        </g>
      ))}
    </g>
  );
}
