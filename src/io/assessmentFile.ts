/**
 * Export and import of the assessment file (`src/core/assessment/FORMAT.md`)
 * with the reader's calipers: each finding that has calipers carries them in a
 * `measurements` field (see `caliperRecord.ts`). Unknown fields are written back.
 *
 * The store keeps typed values and calipers apart (a finding's diameter comes from
 * its calipers when it has some), while the file holds the applied diameters for
 * other readers. Import therefore takes the caliper-derived values and the
 * computed labels back out, so that export → import → export is byte-identical
 * and a caliper deleted after an import does not leave its old length behind.
 */
import {
  applyMeasurements,
  findingSchema,
  formatIssuePath,
  parseAssessment,
  problemAt,
  problemsFromZod,
  serializeAssessment,
  timepointLabels,
  type Assessment,
  type AssessmentProblem,
  type Finding,
  type Lesion,
  type Measurement,
  type MarkerValue,
  type Timepoint,
  type Treatment,
} from '../core';
import { CALIPERS_FIELD, calipersSchema, compareCalipers, fromCaliperRecord, orderKeys, toCaliperRecord } from './caliperRecord';
import { parseJsonLocated } from './parseJsonLocated';

/** What an export needs: the store's assessment and calipers, and the labels shown for timepoints. */
export interface AssessmentFileInput {
  assessment: Assessment;
  measurements: Record<string, Measurement> | readonly Measurement[];
  /** Timepoint labels by id ("Baseline", "FU1 +42 d"), written where a timepoint has none. */
  labels?: Record<string, string>;
}

/** An imported file as the store holds it, or every problem, located. */
export type ImportAssessmentResult =
  | { ok: true; assessment: Assessment; measurements: Record<string, Measurement> }
  | { ok: false; problems: AssessmentProblem[] };

/**
 * Lesion field (unknown to the spec) for findings at timepoints the assessment does
 * not have: the store keeps the findings of a study the reader left out, so that
 * putting it back restores them, but the spec rejects findings of unknown timepoints.
 */
export const EXCLUDED_FINDINGS_FIELD = 'excludedFindings';

const TIMEPOINT_KEYS = ['id', 'date', 'studyInstanceUid', 'label'];
const FINDING_KEYS = [
  'viableLongestDiameterMm',
  'viablePerpendicularDiameterMm',
  'longestDiameterMm',
  'shortAxisMm',
  'status',
  'pattern',
  'cytology',
  'lrTr',
];
// The schema's order (what `parseAssessment` gives back), so that an assessment edited
// in the viewer and the same one read from its file are written alike.
const TOP_KEYS = ['format', 'version', 'criteria', 'options', 'patient', 'timepoints', 'baseline', 'lesions', 'treatments', 'markers'];
const TREATMENT_KEYS = ['date', 'type', 'drug', 'lesionIds', 'note'];
const MARKER_KEYS = ['marker', 'date', 'value', 'unit'];

/** The finding fields a calibrated caliper of each kind fills (as `applyMeasurements` does). */
const FIELDS_OF_KIND: Record<Measurement['kind'], readonly string[]> = {
  viable: ['viableLongestDiameterMm'],
  whole: ['longestDiameterMm'],
  'short-axis': ['shortAxisMm'],
  'viable-bidirectional': ['viableLongestDiameterMm', 'viablePerpendicularDiameterMm'],
};

/** lesionId → timepointId → calipers. */
type CalipersByFinding = Map<string, Map<string, Measurement[]>>;

function groupCalipers(list: readonly Measurement[]): CalipersByFinding {
  const grouped: CalipersByFinding = new Map();
  for (const m of list) {
    const byTimepoint = grouped.get(m.lesionId) ?? new Map<string, Measurement[]>();
    grouped.set(m.lesionId, byTimepoint);
    byTimepoint.set(m.timepointId, [...(byTimepoint.get(m.timepointId) ?? []), m]);
  }
  return grouped;
}

/** A finding with spec fields first, then unknown ones, then its calipers. */
function orderedFinding(finding: Finding, calipers: Measurement[] | undefined): Finding {
  const ordered = orderKeys(finding, FINDING_KEYS, [CALIPERS_FIELD]) as Finding;
  if (calipers) ordered[CALIPERS_FIELD] = calipers.map(toCaliperRecord);
  return ordered;
}

/** A lesion with its findings in timepoint order; those of timepoints not in the assessment go apart. */
function exportLesion(lesion: Lesion, timepointOrder: readonly string[], calipers: CalipersByFinding): Lesion {
  const own = calipers.get(lesion.id) ?? new Map<string, Measurement[]>();
  const known = new Set(timepointOrder);
  const findings: Lesion['findings'] = {};
  const excluded: Lesion['findings'] = {};
  for (const timepointId of new Set([...timepointOrder, ...Object.keys(lesion.findings), ...own.keys()])) {
    const finding = lesion.findings[timepointId];
    const ownCalipers = own.get(timepointId);
    if (!finding && !ownCalipers) continue;
    (known.has(timepointId) ? findings : excluded)[timepointId] = orderedFinding(finding ?? {}, ownCalipers);
  }
  const { [EXCLUDED_FINDINGS_FIELD]: _previous, ...rest } = lesion;
  return { ...rest, findings, ...(Object.keys(excluded).length > 0 ? { [EXCLUDED_FINDINGS_FIELD]: excluded } : {}) };
}

/**
 * The assessment file (2-space JSON, final newline): calipers applied to the
 * findings, each finding's calipers in its `measurements` field, missing timepoint
 * labels filled in from `labels`. Calipers of a deleted lesion are left out (they
 * feed nothing). Key order is fixed, so equal content gives equal bytes. The result
 * passes `parseAssessment` whenever the store's assessment (with calipers applied) does.
 */
export function exportAssessmentJson({ assessment, measurements, labels = {} }: AssessmentFileInput): string {
  const list = (Array.isArray(measurements) ? [...measurements] : Object.values(measurements)).sort(compareCalipers);
  const applied = applyMeasurements(assessment, list).assessment;
  const calipers = groupCalipers(list);
  const timepointOrder = applied.timepoints.map((t) => t.id);
  const timepoints = applied.timepoints.map((t) => orderKeys({ ...t, label: t.label ?? labels[t.id] }, TIMEPOINT_KEYS) as Timepoint);
  const lesions = applied.lesions.map((lesion) => exportLesion(lesion, timepointOrder, calipers));
  const treatments = applied.treatments?.map((t) => orderKeys(t, TREATMENT_KEYS) as Treatment);
  const markers = applied.markers?.map((m) => orderKeys(m, MARKER_KEYS) as MarkerValue);
  return serializeAssessment(orderKeys({ ...applied, timepoints, lesions, treatments, markers }, TOP_KEYS) as Assessment);
}

/** A finding as the store keeps it: no calipers and, if `unapply`, no values they fill; undefined when empty. */
function storedFinding(finding: Finding, calipers: readonly Measurement[], unapply: boolean): Finding | undefined {
  const stored: Finding = { ...finding };
  delete stored[CALIPERS_FIELD];
  if (unapply) for (const m of calipers) if (m.image.calibrated) for (const field of FIELDS_OF_KIND[m.kind]) delete stored[field];
  return Object.keys(stored).length > 0 ? stored : undefined;
}

type FindingGroup = 'findings' | typeof EXCLUDED_FINDINGS_FIELD;

/** Calipers of every finding (and the excluded findings' shape), validated; problems located from the root. */
function readCalipers(value: unknown): { measurements: Measurement[]; problems: AssessmentProblem[] } {
  const measurements: Measurement[] = [];
  const problems: AssessmentProblem[] = [];
  const firstSeen = new Map<string, string>();
  const lesions = (value as { lesions?: unknown } | null)?.lesions;
  if (!Array.isArray(lesions)) return { measurements, problems };
  lesions.forEach((lesion: unknown, lesionIndex) => {
    const fields = (lesion ?? {}) as Record<string, unknown>;
    for (const group of ['findings', EXCLUDED_FINDINGS_FIELD] as FindingGroup[]) {
      const findings = fields[group];
      if (findings === undefined) continue;
      if (typeof findings !== 'object' || findings === null || Array.isArray(findings)) {
        if (group !== 'findings') problems.push(problemAt(['lesions', lesionIndex, group], 'object', {}));
        continue;
      }
      for (const [timepointId, finding] of Object.entries(findings)) {
        const base = ['lesions', lesionIndex, group, timepointId];
        if (group !== 'findings') {
          // The spec validates `findings`; excluded ones get the same finding checks here.
          const parsed = findingSchema.safeParse(finding);
          if (!parsed.success) problems.push(...problemsFromZod(parsed.error.issues, base));
        }
        const raw = (finding as Record<string, unknown> | null)?.[CALIPERS_FIELD];
        if (raw === undefined) continue;
        const parsed = calipersSchema.safeParse(raw);
        if (!parsed.success) {
          problems.push(...problemsFromZod(parsed.error.issues, [...base, CALIPERS_FIELD]));
          continue;
        }
        parsed.data.forEach((record, index) => {
          const here = [...base, CALIPERS_FIELD, index];
          const first = firstSeen.get(record.id);
          if (first !== undefined) problems.push(problemAt([...here, 'id'], 'duplicateCaliperId', { id: record.id, firstPath: first }));
          else firstSeen.set(record.id, formatIssuePath(here));
          if (typeof fields.id === 'string') measurements.push(fromCaliperRecord(record, fields.id, timepointId));
        });
      }
    }
  });
  return { measurements, problems };
}

/** A lesion as the store keeps it: excluded findings back among the others, calipers out. */
function storedLesion(lesion: Lesion, calipers: CalipersByFinding): Lesion {
  const own = calipers.get(lesion.id);
  const { [EXCLUDED_FINDINGS_FIELD]: excludedField, ...rest } = lesion;
  const excluded = (excludedField ?? {}) as Lesion['findings'];
  const findings: Lesion['findings'] = {};
  for (const [group, entries] of [['findings', lesion.findings], ['excluded', excluded]] as const) {
    for (const [timepointId, finding] of Object.entries(entries)) {
      const stored = storedFinding(finding, own?.get(timepointId) ?? [], group === 'findings');
      if (stored) findings[timepointId] = stored;
    }
  }
  return { ...rest, findings };
}

/**
 * Reads an assessment file: JSON syntax errors with line and column, the spec's
 * validation (`parseAssessment`), and the calipers in findings' `measurements`
 * fields, all problems located. On success the assessment is returned as the
 * store keeps it (calipers apart, their values and computed labels taken out).
 */
export function importAssessmentJson(text: string): ImportAssessmentResult {
  const json = parseJsonLocated(text);
  if (!json.ok) return { ok: false, problems: [json.problem] };
  const spec = parseAssessment(json.value);
  const calipers = readCalipers(json.value);
  if (!spec.ok || calipers.problems.length > 0) return { ok: false, problems: [...(spec.ok ? [] : spec.problems), ...calipers.problems] };

  const file = spec.assessment;
  const computedLabels = timepointLabels(file.timepoints, file.baseline);
  const timepoints = file.timepoints.map((t) => {
    if (t.label === undefined || t.label !== computedLabels[t.id]) return t;
    const { label: _computed, ...rest } = t;
    return rest as Timepoint;
  });
  const grouped = groupCalipers(calipers.measurements);
  const lesions = file.lesions.map((lesion) => storedLesion(lesion, grouped));
  const measurements = Object.fromEntries(calipers.measurements.map((m) => [m.id, m]));
  return { ok: true, assessment: { ...file, timepoints, lesions }, measurements };
}
