import { daysBetween, type EvaluationResult } from '../../core';
import { useAppState } from '../hooks';

const WIDTH = 280;
const HEIGHT = 110;
const PAD = 24;
const NO_TIMEPOINTS: never[] = [];

/** Target sum over time (days since baseline) with each timepoint's overall category marked. */
export function SumPlot({ result, labels }: { result: EvaluationResult; labels: Record<string, string> }) {
  const timepoints = useAppState((state) => state.assessment?.timepoints ?? NO_TIMEPOINTS);
  const dateOf = new Map(timepoints.map((t) => [t.id, t.date]));
  const baselineDate = dateOf.get(result.baseline.timepoint);
  if (!baselineDate) return null;
  const points = [
    { id: result.baseline.timepoint, sum: result.baseline.targetSum, category: 'BL' },
    ...result.timepoints.map((t) => ({ id: t.timepoint, sum: t.targetSum, category: t.overallResponse })),
  ].map((p) => ({ ...p, day: daysBetween(baselineDate, dateOf.get(p.id) ?? baselineDate) }));
  const measured = points.filter((p): p is typeof p & { sum: number } => p.sum !== null);
  if (measured.length === 0) return null;
  const maxDay = Math.max(1, ...points.map((p) => p.day));
  const maxSum = Math.max(1, ...measured.map((p) => p.sum));
  const x = (day: number) => PAD + ((WIDTH - 2 * PAD) * day) / maxDay;
  const y = (value: number) => HEIGHT - PAD - ((HEIGHT - 2 * PAD) * value) / maxSum;

  return (
    <svg className="sum-plot" data-testid="sum-plot" width={WIDTH} height={HEIGHT} role="img" aria-label="Target sum over time">
      <line x1={PAD} y1={HEIGHT - PAD} x2={WIDTH - PAD} y2={HEIGHT - PAD} stroke="currentColor" opacity={0.4} />
      <polyline fill="none" stroke="var(--accent)" strokeWidth={2} points={measured.map((p) => `${x(p.day)},${y(p.sum)}`).join(' ')} />
      {measured.map((p) => (
        <g key={p.id}>
          <circle cx={x(p.day)} cy={y(p.sum)} r={4} className={`dot dot-${p.category.replace('/', '-')}`} />
          <text x={x(p.day)} y={y(p.sum) - 8} textAnchor="middle" fontSize={10} fill="currentColor">
            {p.category}
          </text>
          <text x={x(p.day)} y={HEIGHT - 8} textAnchor="middle" fontSize={9} fill="currentColor" opacity={0.7}>
            {labels[p.id]?.split(' ')[0] ?? p.id}
          </text>
        </g>
      ))}
    </svg>
  );
}
