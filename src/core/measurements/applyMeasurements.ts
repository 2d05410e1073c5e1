import type { Assessment, Criteria, Finding } from '../assessment/types.ts';
import { caliperLengthsMm, roundToTenthMm } from './caliperLength.ts';
import type { Measurement, MeasurementKind } from './types.ts';

/** Something the reader should know about a caliper: why it was not used, or a rule it bends. */
export interface MeasurementNote {
  measurementId: string;
  lesionId: string;
  timepointId: string;
  message: string;
}

type DiameterField = 'viableLongestDiameterMm' | 'longestDiameterMm' | 'shortAxisMm';

const FIELD_OF: Record<Exclude<MeasurementKind, 'viable-bidirectional'>, DiameterField> = {
  viable: 'viableLongestDiameterMm',
  whole: 'longestDiameterMm',
  'short-axis': 'shortAxisMm',
};

/** Criteria that measure viable tumour, and so want the arterial phase (rule book §1.3, §3.2). */
function wantsArterialPhase(criteria: Criteria): boolean {
  return criteria === 'mRECIST' || criteria === 'EASL';
}

/**
 * The assessment with every finding's diameters taken from the calipers drawn for
 * it. Several calipers of one kind on one lesion and timepoint are fragments of a
 * split lesion and are summed (RECIST 1.1 split rule, inherited by mRECIST, rule book
 * §1.3). A caliper on an image without pixel spacing feeds no sum. A typed value is
 * kept only where no caliper of that kind exists. Pure: the input is not changed.
 */
export function applyMeasurements(
  assessment: Assessment,
  measurements: readonly Measurement[],
  criteria: Criteria = assessment.criteria,
): { assessment: Assessment; notes: MeasurementNote[] } {
  const notes: MeasurementNote[] = [];
  const lesionIds = new Set(assessment.lesions.map((l) => l.id));
  const timepointIds = new Set(assessment.timepoints.map((t) => t.id));
  // lesionId → timepointId → field → summed mm
  const sums = new Map<string, Map<string, Partial<Record<keyof Finding, number>>>>();
  const bidirectionalSeen = new Set<string>();

  for (const m of measurements) {
    const note = (message: string) => notes.push({ measurementId: m.id, lesionId: m.lesionId, timepointId: m.timepointId, message });
    if (!lesionIds.has(m.lesionId) || !timepointIds.has(m.timepointId)) {
      note(`caliper ${m.id} refers to a lesion or timepoint that no longer exists; not used`);
      continue;
    }
    if (!m.image.calibrated) {
      note(`${m.lesionId} at ${m.timepointId}: the image has no pixel spacing, so the caliper is in pixels and feeds no sum`);
      continue;
    }
    if ((m.kind === 'viable' || m.kind === 'viable-bidirectional') && wantsArterialPhase(criteria) && m.image.phase !== 'arterial') {
      note(`${m.lesionId} at ${m.timepointId}: viable diameter drawn on a ${m.image.phase} series; ${criteria} measures viable tumour on the arterial phase`);
    }
    const byTimepoint = sums.get(m.lesionId) ?? new Map<string, Partial<Record<keyof Finding, number>>>();
    sums.set(m.lesionId, byTimepoint);
    const fields = byTimepoint.get(m.timepointId) ?? {};
    byTimepoint.set(m.timepointId, fields);
    const lengths = caliperLengthsMm(m);
    if (m.kind === 'viable-bidirectional') {
      // EASL multiplies two diameters of one lesion; fragments cannot be summed into one pair,
      // so the longest caliper stands for the lesion.
      if (bidirectionalSeen.has(`${m.lesionId}\u0000${m.timepointId}`)) {
        note(`${m.lesionId} at ${m.timepointId}: several bidirectional calipers; only the longest is used`);
      }
      bidirectionalSeen.add(`${m.lesionId}\u0000${m.timepointId}`);
      if ((fields.viableLongestDiameterMm ?? -1) < lengths.long) {
        fields.viableLongestDiameterMm = lengths.long;
        fields.viablePerpendicularDiameterMm = lengths.short ?? 0;
      }
      continue;
    }
    const field = FIELD_OF[m.kind];
    fields[field] = roundToTenthMm((fields[field] ?? 0) + lengths.long);
  }

  const lesions = assessment.lesions.map((lesion) => {
    const byTimepoint = sums.get(lesion.id);
    if (!byTimepoint) return lesion;
    const findings = { ...lesion.findings };
    for (const [timepointId, fields] of byTimepoint) findings[timepointId] = { ...findings[timepointId], ...fields };
    return { ...lesion, findings };
  });
  return { assessment: { ...assessment, lesions }, notes };
}
