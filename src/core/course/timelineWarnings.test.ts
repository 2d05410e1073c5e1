// Timeline warnings: a baseline after a treatment, a follow-up earlier than 4 weeks after TACE.
// Boundaries: exactly 28 days after TACE is not early, 27 is; imaging on the day of a
// treatment is read as before it (the pre-procedure study).
import { describe, expect, it } from 'vitest';
import type { Treatment, TreatmentType } from '../assessment/types.ts';
import { evaluateAssessment } from '../response/evaluate.ts';
import { parseAssessment } from '../assessment/parseAssessment.ts';
import { problemSummary } from '../assessment/problems.ts';
import { buildAssessment, target } from '../testing/buildAssessment.ts';
import { MIN_DAYS_AFTER_TACE, timelineWarnings } from './timelineWarnings.ts';

const tp = (id: string, date: string) => ({ id, date });
const tx = (type: TreatmentType, date: string): Treatment => ({ type, date });

/** Baseline 2026-01-05, follow-up on `followUpDate`. */
function codesFor(treatments: Treatment[], followUpDate = '2026-02-16') {
  return timelineWarnings(treatments, [tp('BL', '2026-01-05'), tp('FU1', followUpDate)], 0).map((w) => w.code);
}

describe('follow-up too early after TACE', () => {
  it('is measured in whole calendar days, 28 days being the limit', () => {
    expect(MIN_DAYS_AFTER_TACE).toBe(28);
  });

  it.each([
    ['27 days after cTACE', 'cTACE', '2026-01-10', '2026-02-06', ['follow-up-early-after-tace']],
    ['exactly 28 days after cTACE', 'cTACE', '2026-01-10', '2026-02-07', []],
    ['27 days after DEB-TACE', 'DEB-TACE', '2026-01-10', '2026-02-06', ['follow-up-early-after-tace']],
    ['1 day after TACE', 'cTACE', '2026-01-10', '2026-01-11', ['follow-up-early-after-tace']],
    ['27 days after an ablation (not a TACE)', 'ablation-RFA', '2026-01-10', '2026-02-06', []],
    ['27 days after TARE (not a TACE)', 'TARE', '2026-01-10', '2026-02-06', []],
  ] as const)('%s', (_name, type, treatmentDate, followUpDate, expected) => {
    expect(codesFor([tx(type, treatmentDate)], followUpDate)).toEqual(expected);
  });

  it('says how many days after which TACE, and the limit', () => {
    const [warning] = timelineWarnings([tx('cTACE', '2026-01-10')], [tp('BL', '2026-01-05'), tp('FU1', '2026-01-30')], 0);
    expect(warning).toEqual({
      code: 'follow-up-early-after-tace',
      params: { timepointId: 'FU1', date: '2026-01-30', treatmentType: 'cTACE', treatmentDate: '2026-01-10', days: 20, minDays: 28 },
    });
  });

  it('measures from the latest TACE before the follow-up, not a TACE on its own day', () => {
    // A repeat TACE on the follow-up's day: that CT is the pre-procedure study, 42 days after the first TACE.
    expect(codesFor([tx('cTACE', '2026-01-05'), tx('cTACE', '2026-02-16')], '2026-02-16')).toEqual([]);
    // A second TACE 10 days before the follow-up makes it early although the first was long before.
    expect(codesFor([tx('cTACE', '2026-01-05'), tx('DEB-TACE', '2026-02-06')], '2026-02-16')).toEqual(['follow-up-early-after-tace']);
  });

  it('ignores treatments after the follow-up', () => {
    expect(codesFor([tx('cTACE', '2026-03-01')])).toEqual([]);
  });
});

describe('baseline after a treatment', () => {
  it.each([
    ['a treatment the day before the baseline', '2026-01-04', ['baseline-after-treatment']],
    ['a treatment on the baseline day (imaging read as pre-procedure)', '2026-01-05', []],
    ['a treatment the day after the baseline', '2026-01-06', []],
  ] as const)('%s', (_name, date, expected) => {
    expect(codesFor([tx('systemic', date)])).toEqual(expected);
  });

  it('names the latest treatment before the baseline and counts them', () => {
    const warnings = timelineWarnings([tx('resection', '2025-06-01'), tx('cTACE', '2025-12-01')], [tp('BL', '2026-01-05')], 0);
    expect(warnings).toEqual([
      { code: 'baseline-after-treatment', params: { baselineId: 'BL', baselineDate: '2026-01-05', treatmentType: 'cTACE', treatmentDate: '2025-12-01', count: 2 } },
    ]);
  });

  it('uses the chosen baseline, not the earliest timepoint', () => {
    const ordered = [tp('PRE', '2025-11-01'), tp('BL', '2026-01-05'), tp('FU1', '2026-02-16')];
    const codes = timelineWarnings([tx('cTACE', '2025-12-01')], ordered, 1).map((w) => w.code);
    expect(codes).toEqual(['baseline-after-treatment']);
  });
});

describe('without a treatment course or timepoints', () => {
  it('gives no warning', () => {
    expect(codesFor([])).toEqual([]);
    expect(timelineWarnings([tx('cTACE', '2026-01-10')], [], 0)).toEqual([]);
  });
});

describe('the engine reports them and keeps its categories', () => {
  // BL 2026-01-05, FU1 six weeks later (2026-02-16).
  const file = (treatments?: Treatment[]) => ({ ...buildAssessment({ lesions: [target('T1', [40, 20])] }), ...(treatments ? { treatments } : {}) });

  it('as warnings of the evaluation', () => {
    const parsed = parseAssessment(file([{ type: 'cTACE', date: '2026-02-01', lesionIds: ['T1'] }]));
    if (!parsed.ok) throw new Error(parsed.problems.map(problemSummary).join('\n'));
    const withCourse = evaluateAssessment(parsed.assessment);
    const without = evaluateAssessment(file());
    expect(withCourse.warnings.map((w) => w.code)).toEqual(['follow-up-early-after-tace']);
    expect(withCourse.timepoints).toEqual(without.timepoints);
    expect(withCourse.bestOverallResponse).toBe(without.bestOverallResponse);
  });
});
