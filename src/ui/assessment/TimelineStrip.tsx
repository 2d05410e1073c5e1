import { useTranslation } from 'react-i18next';
import type { Assessment, Message } from '../../core';
import { catalogueFor, formatDate, renderMessage, treatmentText, type Catalogue, type Locale } from '../../text';
import { COURSE_PLOT, courseDates, timeAxis } from './timeAxis';
import type { TimepointLabels } from '../useTimepointLabels';

const HEIGHT = 70;
const AXIS_Y = 36;

/** The timepoints a timeline warning is about: a baseline after treatment, a follow-up too early after TACE. */
function warningsByTimepoint(warnings: readonly Message[], catalogue: Catalogue): Map<string, string[]> {
  const byTimepoint = new Map<string, string[]>();
  for (const warning of warnings) {
    const timepointId =
      warning.code === 'follow-up-early-after-tace' ? warning.params.timepointId : warning.code === 'baseline-after-treatment' ? warning.params.baselineId : null;
    if (timepointId !== null) byTimepoint.set(timepointId, [...(byTimepoint.get(timepointId) ?? []), renderMessage(warning, catalogue)]);
  }
  return byTimepoint;
}

/**
 * The treatment course on a calendar axis: treatments above the line, imaging
 * timepoints on it (the baseline filled), a timepoint the course warns about
 * marked ⚠ with the warning as its tooltip. Same axis as the sum plot below.
 * Words and dates in `locale`, with timepoints named by `labels` (in it too).
 */
export function TimelineStrip({
  assessment,
  baselineId,
  labels,
  warnings,
  locale,
}: {
  assessment: Assessment;
  baselineId: string;
  labels: TimepointLabels;
  warnings: readonly Message[];
  locale: Locale;
}) {
  const { t } = useTranslation('course');
  const axis = timeAxis(courseDates(assessment), COURSE_PLOT.left, COURSE_PLOT.right);
  if (!axis) return null;
  const flagged = warningsByTimepoint(warnings, catalogueFor(locale));
  const treatments = assessment.treatments ?? [];
  return (
    <svg
      className="timeline-strip"
      data-testid="timeline-strip"
      viewBox={`0 0 ${COURSE_PLOT.width} ${HEIGHT}`}
      width="100%"
      role="img"
      aria-label={t('plot.timeline')}
    >
      <line x1={COURSE_PLOT.left} y1={AXIS_Y} x2={COURSE_PLOT.right} y2={AXIS_Y} stroke="currentColor" opacity={0.5} />
      <text x={COURSE_PLOT.left} y={HEIGHT - 2} fontSize={9} fill="currentColor" opacity={0.7} textAnchor="middle">
        {formatDate(axis.firstDate, locale)}
      </text>
      <text x={COURSE_PLOT.right} y={HEIGHT - 2} fontSize={9} fill="currentColor" opacity={0.7} textAnchor="middle">
        {formatDate(axis.lastDate, locale)}
      </text>
      {treatments.map((treatment, index) => {
        const x = axis.x(treatment.date);
        const about = [treatmentText(treatment, locale), treatment.lesionIds?.join(', '), treatment.note].filter(Boolean).join(' — ');
        return (
          <g
            key={`${treatment.date}-${index}`}
            className={`treatment treatment-${treatment.type}`}
            data-testid="timeline-treatment"
            data-type={treatment.type}
            data-date={treatment.date}
          >
            <title>{t('dated', { date: formatDate(treatment.date, locale), what: about })}</title>
            <line x1={x} y1={18} x2={x} y2={AXIS_Y} stroke="currentColor" strokeDasharray="2 2" opacity={0.6} />
            <path d={`M ${x - 5} 12 L ${x + 5} 12 L ${x} 20 Z`} />
            <text x={x} y={9} fontSize={9} textAnchor="middle" fill="currentColor">
              {t(`treatmentShort.${treatment.type}`)}
            </text>
          </g>
        );
      })}
      {assessment.timepoints.map((timepoint) => {
        const x = axis.x(timepoint.date);
        const problems = flagged.get(timepoint.id);
        return (
          <g
            key={timepoint.id}
            className={`imaging${timepoint.id === baselineId ? ' baseline' : ''}${problems ? ' flagged' : ''}`}
            data-testid="timeline-timepoint"
            data-timepoint-id={timepoint.id}
            data-warning={problems ? 'true' : undefined}
          >
            <title>{[t('dated', { date: formatDate(timepoint.date, locale), what: labels.full[timepoint.id] ?? timepoint.id }), ...(problems ?? [])].join('\n')}</title>
            <circle cx={x} cy={AXIS_Y} r={4.5} />
            <text x={x} y={AXIS_Y + 15} fontSize={9} textAnchor="middle" fill="currentColor">
              {`${problems ? '⚠ ' : ''}${labels.short[timepoint.id] ?? timepoint.id}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
