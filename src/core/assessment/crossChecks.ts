/**
 * Rules that span several fields of an assessment: unique ids and dates, real
 * calendar dates, the baseline and finding keys naming existing timepoints, and
 * finding statuses allowed for the lesion's role; the treatment course's own
 * rules are in `courseChecks.ts`.
 * Source: `src/core/assessment/FORMAT.md` (Timepoint, Lesion, Finding.status).
 */
import { crossCheckCourse } from './courseChecks.ts';
import { isRealIsoDate } from './dates.ts';
import { oneOfMessage } from './schema.ts';
import type { Assessment, FindingStatus, LesionRole } from './types.ts';

/** One validation problem: where (`path`, as in zod issues) and what. */
export interface LocatedIssue {
  path: (string | number)[];
  message: string;
}

/** Statuses each role allows (spec: "status by role"). */
export const STATUSES_BY_ROLE: Readonly<Record<LesionRole, readonly FindingStatus[]>> = {
  target: ['measured', 'absent', 'too-small', 'not-evaluable'],
  'non-target': ['present', 'absent', 'unequivocal-progression', 'not-evaluable'],
  new: ['present', 'equivocal', 'absent'],
};

/** Issues for ids that appear twice; `where` names the array for the message. */
function duplicates(ids: string[], where: 'timepoints' | 'lesions'): LocatedIssue[] {
  const firstIndex = new Map<string, number>();
  const issues: LocatedIssue[] = [];
  ids.forEach((id, index) => {
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else issues.push({ path: [where, index, 'id'], message: `duplicate id "${id}" (also ${where}[${first}])` });
  });
  return issues;
}

/** All cross-field issues of a schema-valid assessment, in file order. */
export function crossCheckAssessment(assessment: Assessment): LocatedIssue[] {
  const issues: LocatedIssue[] = [];
  const { timepoints, lesions } = assessment;

  issues.push(...duplicates(timepoints.map((t) => t.id), 'timepoints'));
  const dateIndex = new Map<string, number>();
  timepoints.forEach((timepoint, index) => {
    if (!isRealIsoDate(timepoint.date)) {
      issues.push({ path: ['timepoints', index, 'date'], message: 'must be a real date YYYY-MM-DD' });
      return;
    }
    const first = dateIndex.get(timepoint.date);
    if (first === undefined) dateIndex.set(timepoint.date, index);
    else
      issues.push({
        path: ['timepoints', index, 'date'],
        message: `same date as timepoints[${first}] (${timepoint.date}); two timepoints may not share a date`,
      });
  });

  const timepointIds = new Set(timepoints.map((t) => t.id));
  if (assessment.baseline !== undefined && !timepointIds.has(assessment.baseline)) {
    issues.push({ path: ['baseline'], message: `no timepoint with id "${assessment.baseline}"` });
  }

  issues.push(...duplicates(lesions.map((l) => l.id), 'lesions'));
  lesions.forEach((lesion, index) => {
    const allowed = STATUSES_BY_ROLE[lesion.role];
    for (const [timepointId, finding] of Object.entries(lesion.findings)) {
      const path = ['lesions', index, 'findings', timepointId];
      if (!timepointIds.has(timepointId)) {
        issues.push({ path, message: `no timepoint with id "${timepointId}"` });
      }
      if (finding.status !== undefined && !allowed.includes(finding.status)) {
        issues.push({ path: [...path, 'status'], message: `${oneOfMessage(allowed)} for a ${lesion.role} lesion` });
      }
    }
  });
  issues.push(...crossCheckCourse(assessment));
  return issues;
}
