/**
 * Where the reader's LI-RADS treatment response (LR-TR) and the mRECIST
 * finding of the same lesion and timepoint disagree. Both stay as recorded;
 * the warning asks the reader to look again. Source: rule book §4 (LR-TR Viable
 * is measured by its viable tissue; Nonviable has no lesional enhancement) and
 * FORMAT.md "Treatment course". LR-TR is for lesions after locoregional therapy;
 * it does not apply to systemic therapy, nor to a resected lesion (rule book §4).
 */
import type { Assessment, Finding, LesionRole, TreatmentType } from '../assessment/types.ts';
import { message, type Message } from '../messages.ts';
import { mmAmount } from '../response/format.ts';

/** What the finding says about viable tumour: present, gone, or not recorded. */
function viableTumour(role: LesionRole, finding: Finding): 'present' | 'gone' | 'not-recorded' {
  if (role === 'non-target') {
    if (finding.status === 'present' || finding.status === 'unequivocal-progression') return 'present';
    return finding.status === 'absent' ? 'gone' : 'not-recorded';
  }
  const viableMm = finding.viableLongestDiameterMm;
  if ((viableMm !== undefined && viableMm > 0) || finding.status === 'too-small') return 'present';
  return viableMm === 0 || finding.status === 'absent' ? 'gone' : 'not-recorded';
}

/**
 * LR-TR Viable with no viable tumour measured (a target without a viable diameter
 * above 0, a non-target not recorded present), and LR-TR Nonviable with viable
 * tumour measured. Findings of timepoints the assessment does not have are skipped.
 */
export function lrTrWarnings(assessment: Assessment): Message[] {
  const timepointIds = new Set(assessment.timepoints.map((t) => t.id));
  const warnings: Message[] = [];
  for (const lesion of assessment.lesions) {
    for (const [timepointId, finding] of Object.entries(lesion.findings)) {
      const category = finding.lrTr?.category;
      if (!timepointIds.has(timepointId) || (category !== 'viable' && category !== 'nonviable')) continue;
      const tumour = viableTumour(lesion.role, finding);
      if (category === 'viable' && tumour !== 'present') {
        warnings.push(message('lrtr-viable-without-viable-tumour', { lesionId: lesion.id, timepointId, role: lesion.role }));
      } else if (category === 'nonviable' && tumour === 'present') {
        const viableMm = finding.viableLongestDiameterMm;
        const viable = viableMm !== undefined && viableMm > 0 ? mmAmount(viableMm) : null;
        warnings.push(message('lrtr-nonviable-with-viable-tumour', { lesionId: lesion.id, timepointId, viable }));
      }
    }
  }
  return warnings;
}

/** Treatments after which LI-RADS treatment response applies to the treated lesions (rule book §4). */
const LOCOREGIONAL: ReadonlySet<TreatmentType> = new Set(['cTACE', 'DEB-TACE', 'TARE', 'ablation-RFA', 'ablation-MWA', 'HAIC']);

/**
 * LR-TR recorded for a lesion at a timepoint with no locoregional treatment of that
 * lesion before that date. A treatment that names no lesions is taken to treat any
 * lesion (the reader did not say which), so it never gives this warning.
 */
export function untreatedLrTrWarnings(assessment: Assessment): Message[] {
  const dateOf = new Map(assessment.timepoints.map((t) => [t.id, t.date]));
  const locoregional = (assessment.treatments ?? []).filter((t) => LOCOREGIONAL.has(t.type));
  const warnings: Message[] = [];
  for (const lesion of assessment.lesions) {
    for (const [timepointId, finding] of Object.entries(lesion.findings)) {
      const date = dateOf.get(timepointId);
      if (!finding.lrTr || date === undefined) continue;
      const treated = locoregional.some((t) => t.date < date && (!t.lesionIds?.length || t.lesionIds.includes(lesion.id)));
      if (!treated) warnings.push(message('lrtr-lesion-not-treated', { lesionId: lesion.id, timepointId }));
    }
  }
  return warnings;
}
