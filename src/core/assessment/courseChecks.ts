/**
 * Cross-field rules of Viable's treatment-course fields: real dates, treated
 * lesions that exist, a drug named for systemic therapy, each marker in its own
 * unit and at most one value of a marker per day.
 * Source: `src/core/assessment/FORMAT.md`, "Treatment course".
 */
import { isRealIsoDate } from './dates.ts';
import { problemAt, type AssessmentProblem } from './problems.ts';
import { MARKER_UNITS } from './schema.ts';
import type { Assessment } from './types.ts';

/** Problems of `treatments` and `markers`, in file order. */
export function crossCheckCourse(assessment: Assessment): AssessmentProblem[] {
  const issues: AssessmentProblem[] = [];
  const lesionIds = new Set(assessment.lesions.map((l) => l.id));

  (assessment.treatments ?? []).forEach((treatment, index) => {
    if (!isRealIsoDate(treatment.date)) issues.push(problemAt(['treatments', index, 'date'], 'realDate', {}));
    if (treatment.type === 'systemic' && !treatment.drug?.trim()) issues.push(problemAt(['treatments', index, 'drug'], 'drugRequired', {}));
    (treatment.lesionIds ?? []).forEach((lesionId, position) => {
      if (!lesionIds.has(lesionId)) issues.push(problemAt(['treatments', index, 'lesionIds', position], 'unknownLesion', { lesionId }));
    });
  });

  const firstOfDay = new Map<string, number>();
  (assessment.markers ?? []).forEach((value, index) => {
    const unit = MARKER_UNITS[value.marker];
    if (value.unit !== unit) issues.push(problemAt(['markers', index, 'unit'], 'markerUnit', { marker: value.marker, unit }));
    if (!isRealIsoDate(value.date)) {
      issues.push(problemAt(['markers', index, 'date'], 'realDate', {}));
      return;
    }
    const key = `${value.marker} ${value.date}`;
    const first = firstOfDay.get(key);
    if (first === undefined) firstOfDay.set(key, index);
    else issues.push(problemAt(['markers', index, 'date'], 'markerTwiceADay', { marker: value.marker, date: value.date, firstIndex: first }));
  });
  return issues;
}
