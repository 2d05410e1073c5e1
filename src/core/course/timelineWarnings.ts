/**
 * Warnings that put the imaging timepoints beside the treatment course. They
 * never change a category: the reader decides whether the timepoint stands.
 * Sources: FORMAT.md "Treatment course"; rule book §1.9 (baseline before
 * treatment) and the mRECIST practice of a first follow-up about 4 weeks after
 * TACE, before which post-embolisation enhancement and lipiodol confound the
 * arterial phase.
 *
 * Dates carry no time of day, so imaging on the day of a treatment is read as
 * the pre-procedure study: it is *before* that treatment (a baseline on the day
 * of the first TACE is not warned about; a follow-up on the day of a repeat TACE
 * is measured from the previous one). Intra-procedural imaging of that day is
 * left out of the timepoints by the planner already.
 */
import { daysBetween } from '../assessment/dates.ts';
import type { Timepoint, Treatment, TreatmentType } from '../assessment/types.ts';
import { message, type Message } from '../messages.ts';

/** A follow-up earlier than this many days after a TACE is too early for mRECIST. */
export const MIN_DAYS_AFTER_TACE = 28;

const TACE_TYPES: ReadonlySet<TreatmentType> = new Set(['cTACE', 'DEB-TACE']);

/** Whether a treatment is a chemoembolisation (conventional or with drug-eluting beads). */
export function isTace(type: TreatmentType): boolean {
  return TACE_TYPES.has(type);
}

/** Treatments strictly before `date`, latest last. */
function treatmentsBefore(treatments: readonly Treatment[], date: string): Treatment[] {
  return treatments.filter((t) => t.date < date).sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * A baseline after a treatment, and follow-ups earlier than {@link MIN_DAYS_AFTER_TACE}
 * days after the latest TACE before them. `ordered` are the timepoints by date.
 */
export function timelineWarnings(treatments: readonly Treatment[], ordered: readonly Timepoint[], baselineIndex: number): Message[] {
  const baseline = ordered[baselineIndex];
  if (!baseline || treatments.length === 0) return [];
  const warnings: Message[] = [];
  const beforeBaseline = treatmentsBefore(treatments, baseline.date);
  const latest = beforeBaseline.at(-1);
  if (latest) {
    warnings.push(
      message('baseline-after-treatment', {
        baselineId: baseline.id,
        baselineDate: baseline.date,
        treatmentType: latest.type,
        treatmentDate: latest.date,
        count: beforeBaseline.length,
      }),
    );
  }
  const taces = treatments.filter((t) => isTace(t.type));
  for (const followUp of ordered.slice(baselineIndex + 1)) {
    const tace = treatmentsBefore(taces, followUp.date).at(-1);
    if (!tace) continue;
    const days = daysBetween(tace.date, followUp.date);
    if (days < MIN_DAYS_AFTER_TACE) {
      warnings.push(
        message('follow-up-early-after-tace', {
          timepointId: followUp.id,
          date: followUp.date,
          treatmentType: tace.type,
          treatmentDate: tace.date,
          days,
          minDays: MIN_DAYS_AFTER_TACE,
        }),
      );
    }
  }
  return warnings;
}
