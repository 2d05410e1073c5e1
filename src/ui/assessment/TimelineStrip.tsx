import type { Assessment, Message } from '../../core';
import { COURSE_UI, messageText, treatmentText, TREATMENT_SHORT } from '../../text';
import { COURSE_PLOT, courseDates, timeAxis } from './timeAxis';

const HEIGHT = 70;
const AXIS_Y = 36;

/** The timepoints a timeline warning is about: a baseline after treatment, a follow-up too early after TACE. */
function warningsByTimepoint(warnings: readonly Message[]): Map<string, string[]> {
  const byTimepoint = new Map<string, string[]>();
  for (const warning of warnings) {
    const timepointId =
      warning.code === 'follow-up-early-after-tace' ? warning.params.timepointId : warning.code === 'baseline-after-treatment' ? warning.params.baselineId : null;
    if (timepointId !== null) byTimepoint.set(timepointId, [...(byTimepoint.get(timepointId) ?? []), messageText(warning)]);
  }
  return byTimepoint;
}

/**
 * The treatment course on a calendar axis: treatments above the line, imaging
 * timepoints on it (the baseline filled), a timepoint the course warns about
 * marked ⚠ with the warning as its tooltip. Same axis as the sum plot below.
 */
export function TimelineStrip({
  assessment,
  baselineId,
  labels,
  warnings,
}: {
  assessment: Assessment;
  baselineId: string;
  labels: Record<string, string>;
  warnings: readonly Message[];
}) {
  const axis = timeAxis(courseDates(assessment), COURSE_PLOT.left, COURSE_PLOT.right);
  if (!axis) return null;
  const flagged = warningsByTimepoint(warnings);
  const treatments = assessment.treatments ?? [];
  return (
    <svg
      className="timeline-strip"
      data-testid="timeline-strip"
      viewBox={`0 0 ${COURSE_PLOT.width} ${HEIGHT}`}
      width="100%"
      role="img"
      aria-label={COURSE_UI.timelineLabel}
    >
      <line x1={COURSE_PLOT.left} y1={AXIS_Y} x2={COURSE_PLOT.right} y2={AXIS_Y} stroke="currentColor" opacity={0.5} />
      <text x={COURSE_PLOT.left} y={HEIGHT - 2} fontSize={9} fill="currentColor" opacity={0.7} textAnchor="middle">
        {axis.firstDate}
      </text>
      <text x={COURSE_PLOT.right} y={HEIGHT - 2} fontSize={9} fill="currentColor" opacity={0.7} textAnchor="middle">
        {axis.lastDate}
      </text>
      {treatments.map((t, index) => {
        const x = axis.x(t.date);
        return (
          <g key={`${t.date}-${index}`} className={`treatment treatment-${t.type}`} data-testid="timeline-treatment" data-type={t.type} data-date={t.date}>
            <title>{`${t.date}: ${treatmentText(t)}${t.lesionIds?.length ? ` — ${t.lesionIds.join(', ')}` : ''}${t.note ? ` — ${t.note}` : ''}`}</title>
            <line x1={x} y1={18} x2={x} y2={AXIS_Y} stroke="currentColor" strokeDasharray="2 2" opacity={0.6} />
            <path d={`M ${x - 5} 12 L ${x + 5} 12 L ${x} 20 Z`} />
            <text x={x} y={9} fontSize={9} textAnchor="middle" fill="currentColor">
              {TREATMENT_SHORT[t.type]}
            </text>
          </g>
        );
      })}
      {assessment.timepoints.map((t) => {
        const x = axis.x(t.date);
        const problems = flagged.get(t.id);
        return (
          <g
            key={t.id}
            className={`imaging${t.id === baselineId ? ' baseline' : ''}${problems ? ' flagged' : ''}`}
            data-testid="timeline-timepoint"
            data-timepoint-id={t.id}
            data-warning={problems ? 'true' : undefined}
          >
            <title>{[`${t.date}: ${labels[t.id] ?? t.id}`, ...(problems ?? [])].join('\n')}</title>
            <circle cx={x} cy={AXIS_Y} r={4.5} />
            <text x={x} y={AXIS_Y + 15} fontSize={9} textAnchor="middle" fill="currentColor">
              {`${problems ? '⚠ ' : ''}${labels[t.id]?.split(' ')[0] ?? t.id}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
