/**
 * What `core` tells the reader, as data: a `code` naming the sentence and the
 * `params` it needs. Words are chosen only at the edges (UI, CLI, report) by a
 * message catalogue keyed by code (`src/text/`), so that the same result can be
 * shown in another language and tests can assert the decision, not its wording.
 *
 * Params hold raw values (numbers in mm or percent, ids, criteria), never
 * formatted text; a sentence that embeds another one holds it as a nested message.
 */
import type { Criteria, FindingStatus, LesionRole, TreatmentType } from './assessment/types.ts';

/** A length (mm) or an EASL product (mm²), rounded to 0.01. */
export interface Amount {
  value: number;
  unit: 'mm' | 'mm²';
}

/** A finding's number that a rule reads, named by its field in the assessment format. */
export type MeasuredField = 'viableLongestDiameterMm' | 'viablePerpendicularDiameterMm' | 'longestDiameterMm' | 'shortAxisMm';

/** How a sum compares with a reference sum: `pct` is the size of the change (1 decimal), `null` when the reference is 0. */
export interface Comparison {
  pct: number | null;
  direction: 'below' | 'above';
  reference: Amount;
}

/** What the reader recorded of a new lesion, for "new lesion N1 (liver, 16.0 mm, typical pattern)". */
export interface NewLesionSummary {
  lesionId: string;
  organ: string;
  kind: 'node' | 'effusion' | 'other';
  location?: string;
  shortAxisMm?: number;
  longestDiameterMm?: number;
  pattern?: 'typical' | 'atypical';
  cytology?: 'positive' | 'negative' | 'not-done';
}

/** Why a study was taken for imaging during the procedure rather than a follow-up visit. */
export type IntraProceduralEvidence =
  | { kind: 'modality'; modality: string }
  | { kind: 'sop-class'; sopClassUid: string }
  | { kind: 'description'; term: string }
  | { kind: 'same-day-as-procedure'; term: string; procedureDate: string };

/** Every message `core` can produce, with the params its sentence needs. */
export interface MessageParams {
  // A target's value at a timepoint is unavailable (nested in NE reasons).
  'lesion-not-assessed': { lesionId: string; timepointId: string };
  'lesion-not-evaluable': { lesionId: string; timepointId: string };
  'lesion-value-missing': { lesionId: string; timepointId: string; field: MeasuredField };

  // Target response (rule book §1.4, §1.7, §1.9).
  'target-reappeared-after-cr': { viableTumourOnly: boolean; lesionIds: string[]; crTimepointId: string };
  'target-pd-with-missing': { missing: Message[]; pct: number | null; nadir: Amount; sum: Amount; thresholdPct: number };
  'target-ne-with-missing': { missing: Message[] };
  'target-pd': { criteria: Criteria; pct: number | null; nadir: Amount; sum: Amount; thresholdPct: number };
  'target-cr': { criteria: Criteria; sum: Amount; nodalTargets: boolean; note: Message | null };
  'target-ne-no-baseline': { criteria: Criteria; note: Message | null };
  'target-pr': { criteria: Criteria; pct: number | null; baseline: Amount; sum: Amount; thresholdPct: number; note: Message | null };
  'target-sd': { criteria: Criteria; sum: Amount; vsBaseline: Comparison; vsNadir: Comparison | null; prFallPct: number; notPd: Message };
  'target-pr-sticky': {
    criteria: Criteria;
    sum: Amount;
    vsBaseline: Comparison;
    vsNadir: Comparison | null;
    prFallPct: number;
    notPd: Message;
    respondedAt: string;
  };
  'rise-too-small-absolute': { pct: number | null; nadir: Amount; minIncrease: Amount };
  'rise-below-threshold': { thresholdPct: number };

  // Non-target response (rule book §1.5, §1.6, §1.9).
  'non-target-pd': { lesionIds: string[] };
  'non-target-reappeared-after-cr': { viableTumourOnly: boolean; lesionIds: string[]; crTimepointId: string };
  'non-target-ne': { lesionIds: string[]; timepointId: string };
  'non-target-persists': { criteria: Criteria; lesionIds: string[] };
  'non-target-cr': { viableTumourOnly: boolean };
  'non-target-nodes-below-pathological': { lesionIds: string[]; crTimepointId: string; minShortAxisMm: number };

  // New lesions (rule book §1.6, §2).
  'new-lesion-equivocal': { lesion: NewLesionSummary };
  'new-lesion-qualifies': { lesion: NewLesionSummary };
  'new-lesion-does-not-qualify': { lesion: NewLesionSummary; why: Message };
  'effusion-needs-cytology': Record<string, never>;
  'porta-hepatis-node-too-small': { minShortAxisMm: number };
  'node-not-pathological': { minShortAxisMm: number };
  'atypical-needs-size': Record<string, never>;
  'atypical-needs-growth': { minGrowthMm: number; first: Amount; firstTimepointId: string | null };
  'liver-lesion-too-small': { minMm: number };

  // Overall response (rule book §1.8).
  overall: { response: string; target: string; nonTarget: string; newLesion: boolean };
  'overall-nothing-to-assess': Record<string, never>;

  // Warnings.
  'timepoint-before-baseline': { timepointId: string; date: string; baselineId: string; baselineDate: string };
  'min-increase-not-applied': { criteria: Criteria };
  'baseline-sum-not-computable': { criteria: Criteria; missing: Message[] };
  'target-is-portal-vein-thrombus': { lesionId: string };
  'target-not-enhancing': { lesionId: string; criteria: Criteria };
  'too-many-targets': { count: number; max: number };
  'too-many-targets-in-organ': { count: number; organ: string; lesionIds: string[]; max: number };
  'baseline-target-not-measured': { lesionId: string; status: FindingStatus; baselineId: string };
  'baseline-target-too-small': {
    lesionId: string;
    size: Amount;
    field: MeasuredField;
    baselineId: string;
    min: Amount;
    what: 'lesion' | 'node' | 'porta-hepatis-node';
  };
  'new-lesion-at-baseline': { lesionId: string; timepointId: string };
  'new-lesion-not-counted': { timepointId: string; lesion: NewLesionSummary; criteria: Criteria; why: Message };
  'effusion-progression-without-cytology': { lesionId: string; timepointId: string };

  // Treatment course (FORMAT.md "Treatment course"; rule book §1.9, §4).
  'baseline-after-treatment': { baselineId: string; baselineDate: string; treatmentType: TreatmentType; treatmentDate: string; count: number };
  'follow-up-early-after-tace': {
    timepointId: string;
    date: string;
    treatmentType: TreatmentType;
    treatmentDate: string;
    days: number;
    minDays: number;
  };
  'lrtr-viable-without-viable-tumour': { lesionId: string; timepointId: string; role: LesionRole };
  'lrtr-nonviable-with-viable-tumour': { lesionId: string; timepointId: string; viable: Amount | null };
  'lrtr-lesion-not-treated': { lesionId: string; timepointId: string };

  // Timepoint planning: why a study is not a timepoint.
  'study-without-date': Record<string, never>;
  'study-date-taken': { date: string };
  'study-left-out-by-reader': Record<string, never>;
  'study-intra-procedural': { evidence: IntraProceduralEvidence };
  'study-same-visit': { withinDays: number; visitDate: string };
}

/** A message code. */
export type MessageCode = keyof MessageParams;

/** One message: a code and its params. */
export type Message = { [C in MessageCode]: { code: C; params: MessageParams[C] } }[MessageCode];

/** Builds a message, checking its params against its code. */
export function message<C extends MessageCode>(code: C, params: MessageParams[C]): Message {
  return { code, params } as Message;
}

/** The lesions a message is about (including those of the messages it embeds), so a view can show it beside them. */
export function lesionsNamed(message: Message): string[] {
  // Every params object is a plain record; these are the keys that name lesions.
  const params = message.params as { lesionId?: string; lesionIds?: string[]; lesion?: NewLesionSummary; missing?: Message[] };
  return [
    ...(params.lesionId !== undefined ? [params.lesionId] : []),
    ...(params.lesionIds ?? []),
    ...(params.lesion ? [params.lesion.lesionId] : []),
    ...(params.missing ?? []).flatMap(lesionsNamed),
  ];
}
