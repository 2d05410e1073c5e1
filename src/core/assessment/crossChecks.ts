/**
 * Rules that span several fields of an assessment: unique ids and dates, real
 * calendar dates, the baseline and finding keys naming existing timepoints, and
 * finding statuses allowed for the lesion's role; the treatment course's own
 * rules are in `courseChecks.ts`.
 * Source: `src/core/assessment/FORMAT.md` (Timepoint, Lesion, Finding.status).
 */
import { crossCheckCourse } from './courseChecks.ts';
import { isRealIsoDate } from './dates.ts';
import { problemAt, type AssessmentProblem } from './problems.ts';
import type { Assessment, FindingStatus, LesionRole } from './types.ts';

/** Statuses each role allows (spec: "status by role"). */
export const STATUSES_BY_ROLE: Readonly<Record<LesionRole, readonly FindingStatus[]>> = {
  target: ['measured', 'absent', 'too-small', 'not-evaluable'],
  'non-target': ['present', 'absent', 'unequivocal-progression', 'not-evaluable'],
  new: ['present', 'equivocal', 'absent'],
};

/** Problems for ids that appear twice in the array `list`. */
function duplicates(ids: string[], list: 'timepoints' | 'lesions'): AssessmentProblem[] {
  const firstIndex = new Map<string, number>();
  const issues: AssessmentProblem[] = [];
  ids.forEach((id, index) => {
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else issues.push(problemAt([list, index, 'id'], 'duplicateId', { id, list, firstIndex: first }));
  });
  return issues;
}

/** All cross-field problems of a schema-valid assessment, in file order. */
export function crossCheckAssessment(assessment: Assessment): AssessmentProblem[] {
  const issues: AssessmentProblem[] = [];
  const { timepoints, lesions } = assessment;

  issues.push(...duplicates(timepoints.map((t) => t.id), 'timepoints'));
  const dateIndex = new Map<string, number>();
  timepoints.forEach((timepoint, index) => {
    if (!isRealIsoDate(timepoint.date)) {
      issues.push(problemAt(['timepoints', index, 'date'], 'realDate', {}));
      return;
    }
    const first = dateIndex.get(timepoint.date);
    if (first === undefined) dateIndex.set(timepoint.date, index);
    else issues.push(problemAt(['timepoints', index, 'date'], 'sameDate', { date: timepoint.date, firstIndex: first }));
  });

  const timepointIds = new Set(timepoints.map((t) => t.id));
  if (assessment.baseline !== undefined && !timepointIds.has(assessment.baseline)) {
    issues.push(problemAt(['baseline'], 'unknownTimepoint', { timepointId: assessment.baseline }));
  }

  issues.push(...duplicates(lesions.map((l) => l.id), 'lesions'));
  lesions.forEach((lesion, index) => {
    const allowed = STATUSES_BY_ROLE[lesion.role];
    for (const [timepointId, finding] of Object.entries(lesion.findings)) {
      const path = ['lesions', index, 'findings', timepointId];
      if (!timepointIds.has(timepointId)) {
        issues.push(problemAt(path, 'unknownTimepoint', { timepointId }));
      }
      if (finding.status !== undefined && !allowed.includes(finding.status)) {
        issues.push(problemAt([...path, 'status'], 'statusForRole', { values: allowed, role: lesion.role }));
      }
    }
  });
  issues.push(...crossCheckCourse(assessment));
  return issues;
}
