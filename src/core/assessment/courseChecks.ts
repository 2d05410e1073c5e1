/**
 * Cross-field rules of Viable's treatment-course fields: real dates, treated
 * lesions that exist, a drug named for systemic therapy, each marker in its own
 * unit and at most one value of a marker per day.
 * Source: `src/core/assessment/FORMAT.md`, "Treatment course".
 */
import type { LocatedIssue } from './crossChecks.ts';
import { isRealIsoDate } from './dates.ts';
import { MARKER_UNITS } from './schema.ts';
import type { Assessment } from './types.ts';

const REAL_DATE = 'must be a real date YYYY-MM-DD';

/** Issues of `treatments` and `markers`, in file order. */
export function crossCheckCourse(assessment: Assessment): LocatedIssue[] {
  const issues: LocatedIssue[] = [];
  const lesionIds = new Set(assessment.lesions.map((l) => l.id));

  (assessment.treatments ?? []).forEach((treatment, index) => {
    if (!isRealIsoDate(treatment.date)) issues.push({ path: ['treatments', index, 'date'], message: REAL_DATE });
    if (treatment.type === 'systemic' && !treatment.drug?.trim()) {
      issues.push({ path: ['treatments', index, 'drug'], message: 'is required for systemic therapy (the drug name)' });
    }
    (treatment.lesionIds ?? []).forEach((lesionId, position) => {
      if (!lesionIds.has(lesionId)) issues.push({ path: ['treatments', index, 'lesionIds', position], message: `no lesion with id "${lesionId}"` });
    });
  });

  const firstOfDay = new Map<string, number>();
  (assessment.markers ?? []).forEach((value, index) => {
    const unit = MARKER_UNITS[value.marker];
    if (value.unit !== unit) issues.push({ path: ['markers', index, 'unit'], message: `must be "${unit}" for ${value.marker}` });
    if (!isRealIsoDate(value.date)) {
      issues.push({ path: ['markers', index, 'date'], message: REAL_DATE });
      return;
    }
    const key = `${value.marker} ${value.date}`;
    const first = firstOfDay.get(key);
    if (first === undefined) firstOfDay.set(key, index);
    else
      issues.push({
        path: ['markers', index, 'date'],
        message: `${value.marker} already has a value on ${value.date} (markers[${first}]); one value of a marker per day`,
      });
  });
  return issues;
}
