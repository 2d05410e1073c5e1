import type { Assessment, Criteria, Finding } from '../assessment/types.ts';
import { caliperLengthsMm, roundToTenthMm } from './caliperLength.ts';
import type { Measurement, MeasurementKind } from './types.ts';

/**
 * Something the reader should know about a caliper, as a code with parameters
 * (rendered to words by the UI). `counted: false` means the caliper feeds no sum.
 * - `orphan`: its lesion or timepoint no longer exists;
 * - `uncalibrated`: the image has no pixel spacing, so the length is in pixels;
 * - `not-arterial`: a viable caliper on a `phase` series under criteria that measure
 *   viable tumour on the arterial phase; it counts once the reader confirms the phase;
 * - `phase-unknown`: a viable caliper on a series of unknown phase (counted);
 * - `several-calipers`: `count` calipers of one `kind` on one lesion and timepoint
 *   that the reader did not mark as fragments; none of them counts until the reader
 *   chooses (fragments of one lesion, or separate lesions).
 */
export type MeasurementNote = {
  measurementId: string;
  lesionId: string;
  timepointId: string;
  counted: boolean;
} & (
  | { code: 'orphan' | 'uncalibrated' }
  | { code: 'not-arterial'; phase: string; criteria: Criteria }
  | { code: 'phase-unknown'; criteria: Criteria }
  | { code: 'several-calipers'; kind: MeasurementKind; count: number }
);

type DiameterKind = Exclude<MeasurementKind, 'viable-bidirectional'>;
type DiameterField = 'viableLongestDiameterMm' | 'longestDiameterMm' | 'shortAxisMm';

const FIELD_OF: Record<DiameterKind, DiameterField> = {
  viable: 'viableLongestDiameterMm',
  whole: 'longestDiameterMm',
  'short-axis': 'shortAxisMm',
};

/** Contrast phases that are known not to be arterial (an `unknown` phase is only warned about). */
const NON_ARTERIAL_PHASES = new Set(['non-contrast', 'portal-venous', 'delayed']);

/**
 * Phase of a caliper drawn on a subtraction image (arterial minus non-contrast of
 * the same study). Its pixels are the arterial phase's with the pre-contrast density
 * taken away, so what is bright there is arterial enhancement: mRECIST and EASL
 * count a viable diameter drawn on it as drawn on the arterial phase (rule book
 * §1.3: viable tumour = arterial-phase enhancement), without the unknown-phase warning.
 */
export const ARTERIAL_SUBTRACTION_PHASE = 'arterial-subtraction';

/** Phases on which a viable caliper counts without remark under mRECIST/EASL. */
const ARTERIAL_PHASES = new Set(['arterial', ARTERIAL_SUBTRACTION_PHASE]);

/** Whether a viable caliper on a series of `phase` needs the reader's confirmation to count under mRECIST/EASL. */
export function isKnownNonArterial(phase: string): boolean {
  return NON_ARTERIAL_PHASES.has(phase);
}

/** Criteria that measure viable tumour, and so want the arterial phase (rule book §1.3, §3.2). */
function wantsArterialPhase(criteria: Criteria): boolean {
  return criteria === 'mRECIST' || criteria === 'EASL';
}

function isViable(kind: MeasurementKind): boolean {
  return kind === 'viable' || kind === 'viable-bidirectional';
}

/**
 * Why a caliper does not count, or a warning about it; undefined when it counts
 * without remark. Conflicts between calipers are found later, per group.
 */
function checkCaliper(m: Measurement, criteria: Criteria, exists: (m: Measurement) => boolean): MeasurementNote | undefined {
  const at = { measurementId: m.id, lesionId: m.lesionId, timepointId: m.timepointId };
  if (!exists(m)) return { ...at, counted: false, code: 'orphan' };
  if (!m.image.calibrated) return { ...at, counted: false, code: 'uncalibrated' };
  if (!isViable(m.kind) || !wantsArterialPhase(criteria) || m.phaseConfirmed) return undefined;
  if (NON_ARTERIAL_PHASES.has(m.image.phase)) return { ...at, counted: false, code: 'not-arterial', phase: m.image.phase, criteria };
  if (!ARTERIAL_PHASES.has(m.image.phase)) return { ...at, counted: true, code: 'phase-unknown', criteria };
  return undefined;
}

/**
 * Calipers of one kind on one lesion and timepoint: summed when at most one of them
 * is not a fragment (the reader merged the others into it), otherwise a conflict.
 */
function groupValue(calipers: readonly Measurement[]): number | 'conflict' {
  if (calipers.filter((m) => !m.fragment).length > 1) return 'conflict';
  return roundToTenthMm(calipers.reduce((sum, m) => sum + caliperLengthsMm(m).long, 0));
}

/** The finding fields one lesion's calipers at one timepoint give, under `criteria`. */
function fieldsFrom(byKind: Map<MeasurementKind, Measurement[]>, criteria: Criteria): { fields: Finding; conflicts: MeasurementKind[] } {
  const fields: Finding = {};
  const conflicts: MeasurementKind[] = [];
  const value = (kind: DiameterKind) => {
    const calipers = byKind.get(kind);
    if (!calipers) return undefined;
    const result = groupValue(calipers);
    if (result === 'conflict') conflicts.push(kind);
    return result;
  };
  for (const kind of ['whole', 'short-axis'] as const) {
    const result = value(kind);
    if (result !== undefined) fields[FIELD_OF[kind]] = result === 'conflict' ? undefined : result;
  }

  // EASL multiplies one pair of diameters, so only one bidirectional caliper can stand for the lesion.
  const bidirectional = byKind.get('viable-bidirectional');
  if (bidirectional && bidirectional.length > 1) conflicts.push('viable-bidirectional');
  const pair = bidirectional?.length === 1 ? caliperLengthsMm(bidirectional[0]!) : undefined;
  const viable = value('viable');
  if (!bidirectional && viable === undefined) return { fields, conflicts };
  if (conflicts.includes('viable') || conflicts.includes('viable-bidirectional')) {
    // No viable value is trustworthy while the reader has not said which caliper stands for the lesion.
    return { fields: { ...fields, viableLongestDiameterMm: undefined, viablePerpendicularDiameterMm: undefined }, conflicts };
  }
  const single = viable as number | undefined;
  if (criteria === 'EASL' && pair) {
    // EASL's product is the bidirectional caliper's own pair, never mixed with a Viable Ø.
    return { fields: { ...fields, viableLongestDiameterMm: pair.long, viablePerpendicularDiameterMm: pair.short ?? 0 }, conflicts };
  }
  // Otherwise the longest viable diameter from either kind: a bidirectional caliper's long axis is one too.
  fields.viableLongestDiameterMm = Math.max(single ?? 0, pair?.long ?? 0);
  if (pair) fields.viablePerpendicularDiameterMm = pair.short ?? 0;
  return { fields, conflicts };
}

/**
 * The assessment with every finding's diameters taken from the calipers drawn for
 * it, under `criteria`:
 * - a caliper on an image without pixel spacing feeds nothing;
 * - under mRECIST and EASL a viable caliper on a non-contrast, portal-venous or
 *   delayed series feeds nothing until the reader confirms the phase;
 * - several calipers of one kind are summed only when the reader marked all but one
 *   as fragments of a split lesion (RECIST 1.1 split rule, rule book §1.3); otherwise
 *   none of them counts and the value is left empty (never a silent sum);
 * - a Viable Ø and an EASL ⟂ caliper are never added: mRECIST takes the longer of
 *   the two viable diameters, EASL the bidirectional caliper's pair.
 * A typed value is kept only where no caliper of that kind counts. Pure: the input
 * is not changed.
 */
export function applyMeasurements(
  assessment: Assessment,
  measurements: readonly Measurement[],
  criteria: Criteria = assessment.criteria,
): { assessment: Assessment; notes: MeasurementNote[] } {
  const notes: MeasurementNote[] = [];
  const lesionIds = new Set(assessment.lesions.map((l) => l.id));
  const timepointIds = new Set(assessment.timepoints.map((t) => t.id));
  const exists = (m: Measurement) => lesionIds.has(m.lesionId) && timepointIds.has(m.timepointId);
  // lesionId → timepointId → kind → counted calipers
  const groups = new Map<string, Map<string, Map<MeasurementKind, Measurement[]>>>();

  for (const m of measurements) {
    const note = checkCaliper(m, criteria, exists);
    if (note) notes.push(note);
    if (note && !note.counted) continue;
    const byTimepoint = groups.get(m.lesionId) ?? new Map<string, Map<MeasurementKind, Measurement[]>>();
    groups.set(m.lesionId, byTimepoint);
    const byKind = byTimepoint.get(m.timepointId) ?? new Map<MeasurementKind, Measurement[]>();
    byTimepoint.set(m.timepointId, byKind);
    byKind.set(m.kind, [...(byKind.get(m.kind) ?? []), m]);
  }

  const lesions = assessment.lesions.map((lesion) => {
    const byTimepoint = groups.get(lesion.id);
    if (!byTimepoint) return lesion;
    const findings = { ...lesion.findings };
    for (const [timepointId, byKind] of byTimepoint) {
      const { fields, conflicts } = fieldsFrom(byKind, criteria);
      for (const kind of conflicts) {
        const calipers = byKind.get(kind)!;
        for (const m of calipers) {
          notes.push({ measurementId: m.id, lesionId: lesion.id, timepointId, counted: false, code: 'several-calipers', kind, count: calipers.length });
        }
      }
      const finding: Finding = { ...findings[timepointId], ...fields };
      for (const key of Object.keys(finding)) if (finding[key] === undefined) delete finding[key];
      findings[timepointId] = finding;
    }
    return { ...lesion, findings };
  });
  return { assessment: { ...assessment, lesions }, notes };
}
