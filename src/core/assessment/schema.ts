/**
 * Zod schema of the assessment file, version 1.
 * Source: `src/core/assessment/FORMAT.md`. Objects are loose: unknown fields
 * are kept so that a later save writes them back (forward compatibility).
 * Defaults are not filled in here (see `options.ts`), so a load/save round trip
 * reproduces the file as written. Cross-field rules live in `crossChecks.ts`.
 * Every check names the rule it enforces as a code with parameters (`zodRules.ts`),
 * never in words: `src/text` words them in the reader's language.
 */
import { z } from 'zod';
import { requiredOr, ruleMessage } from './zodRules.ts';

/** What the file's `format` and `version` must say. */
const FORMAT_NAME = 'tumor-response-assessment';
const FORMAT_VERSION = 1;

/** Largest accepted diameter: keeps every sum of products in 0.0001 mm² a safe integer. */
export const MAX_DIAMETER_MM = 10_000;

/** The criteria a file may name (spec, Top level `criteria`). */
export const CRITERIA = ['mRECIST', 'RECIST1.1', 'EASL'] as const;
/** Lesion roles (spec, Lesion `role`). */
export const LESION_ROLES = ['target', 'non-target', 'new'] as const;
/** Lesion kinds; the default is `parenchymal` (spec, Lesion `kind`). */
export const LESION_KINDS = ['parenchymal', 'lymph-node', 'portal-vein-thrombus', 'effusion'] as const;
/** Every finding status of every role; `STATUSES_BY_ROLE` says which role allows which. */
export const FINDING_STATUSES = [
  'measured',
  'absent',
  'too-small',
  'not-evaluable',
  'present',
  'unequivocal-progression',
  'equivocal',
] as const;

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: requiredOr('oneOf', { values }) });
}

/** A length in mm: finite, >= 0, at most {@link MAX_DIAMETER_MM}. */
const lengthMm = z
  .number({ error: requiredOr('numberAtLeast', { min: 0 }) })
  .min(0, { error: ruleMessage('numberAtLeast', { min: 0 }) })
  .max(MAX_DIAMETER_MM, { error: ruleMessage('numberAtMost', { max: MAX_DIAMETER_MM }) });

const nonEmptyString = z
  .string({ error: requiredOr('nonEmptyString') })
  .min(1, { error: ruleMessage('nonEmptyString') });

const optionalString = z.string({ error: ruleMessage('string') }).optional();

const integerAtLeast = (min: number) =>
  z
    .number({ error: requiredOr('integerAtLeast', { min }) })
    .int({ error: ruleMessage('integerAtLeast', { min }) })
    .min(min, { error: ruleMessage('integerAtLeast', { min }) });

/** Protocol options; every one optional, defaults per criteria in `options.ts`. */
export const optionsSchema = z.looseObject(
  {
    maxTargetsTotal: integerAtLeast(1).optional(),
    maxTargetsPerOrgan: integerAtLeast(1).optional(),
    minMeasurableMm: lengthMm.optional(),
    minAbsoluteIncreaseMm: lengthMm.optional(),
    tooSmallDefaultMm: lengthMm.optional(),
    stickyResponse: z.boolean({ error: ruleMessage('boolean') }).optional(),
    minSdDays: integerAtLeast(0).optional(),
  },
  { error: requiredOr('object') },
);

/** Patient details copied from DICOM where known. */
export const patientSchema = z.looseObject(
  { id: optionalString, name: optionalString, birthDate: optionalString, sex: optionalString },
  { error: ruleMessage('object') },
);

/** One imaging study. */
export const timepointSchema = z.looseObject(
  {
    id: nonEmptyString,
    // Whether the date exists on the calendar is a cross-field check, so that one
    // rule (`realDate`) covers both the shape and the calendar.
    date: z.string({ error: requiredOr('dateFormat') }),
    studyInstanceUid: optionalString,
    label: optionalString,
  },
  { error: ruleMessage('object') },
);

/** Treatments of the course (Viable's `treatments`); `ablation-*` by energy, `systemic` names its drug. */
export const TREATMENT_TYPES = ['cTACE', 'DEB-TACE', 'TARE', 'ablation-RFA', 'ablation-MWA', 'HAIC', 'resection', 'systemic'] as const;
/** Serum tumour markers (Viable's `markers`) and the one unit each is recorded in. */
export const MARKER_UNITS = { AFP: 'ng/mL', 'PIVKA-II': 'mAU/mL' } as const;
export const MARKER_NAMES = ['AFP', 'PIVKA-II'] as const;
/** LI-RADS CT/MRI treatment response categories (rule book §4). */
export const LR_TR_CATEGORIES = ['nonviable', 'equivocal', 'viable', 'nonevaluable'] as const;
export const LR_TR_VERSIONS = ['v2018', 'v2024'] as const;
/** The LR-TR criteria the reader ticks: enhancement features, and the tissue they must be in for Viable (rule book §4). */
export const LR_TR_FEATURES = [
  'arterial-phase-hyperenhancement',
  'washout-appearance',
  'enhancement-similar-to-pretreatment',
  'nodular-masslike-or-thick-irregular-tissue',
] as const;

/** The reader's LI-RADS treatment response of a treated lesion at one timepoint. */
export const lrTrSchema = z.looseObject(
  {
    category: oneOf(LR_TR_CATEGORIES),
    version: oneOf(LR_TR_VERSIONS),
    features: z
      .array(oneOf(LR_TR_FEATURES), { error: ruleMessage('array') })
      .refine((list) => new Set(list).size === list.length, { error: ruleMessage('featureListedTwice') })
      .optional(),
  },
  { error: ruleMessage('object') },
);

/** One treatment event; the date's calendar and the lesion ids are cross-field checks. */
export const treatmentSchema = z.looseObject(
  {
    date: z.string({ error: requiredOr('dateFormat') }),
    type: oneOf(TREATMENT_TYPES),
    drug: optionalString,
    lesionIds: z.array(nonEmptyString, { error: ruleMessage('lesionIdArray') }).optional(),
    note: optionalString,
  },
  { error: ruleMessage('object') },
);

/** One serum tumour marker value; the unit must be the marker's (`MARKER_UNITS`), checked across fields. */
export const markerSchema = z.looseObject(
  {
    marker: oneOf(MARKER_NAMES),
    date: z.string({ error: requiredOr('dateFormat') }),
    value: z.number({ error: requiredOr('numberAbove', { min: 0 }) }).positive({ error: ruleMessage('numberAbove', { min: 0 }) }),
    unit: z.string({ error: requiredOr('string') }),
  },
  { error: ruleMessage('object') },
);

/** What was recorded for one lesion at one timepoint; lengths in mm. */
export const findingSchema = z.looseObject(
  {
    viableLongestDiameterMm: lengthMm.optional(),
    viablePerpendicularDiameterMm: lengthMm.optional(),
    longestDiameterMm: lengthMm.optional(),
    shortAxisMm: lengthMm.optional(),
    // Which statuses a role allows is checked in crossChecks.ts, with a role-specific rule.
    status: oneOf(FINDING_STATUSES).optional(),
    pattern: oneOf(['typical', 'atypical']).optional(),
    cytology: oneOf(['positive', 'negative', 'not-done']).optional(),
    lrTr: lrTrSchema.optional(),
  },
  { error: ruleMessage('object') },
);

/** A lesion and its findings keyed by timepoint id. */
export const lesionSchema = z.looseObject(
  {
    id: nonEmptyString,
    role: oneOf(LESION_ROLES),
    organ: nonEmptyString,
    kind: oneOf(LESION_KINDS).optional(),
    location: optionalString,
    enhancingAtBaseline: z.boolean({ error: ruleMessage('boolean') }).optional(),
    findings: z.record(z.string(), findingSchema, { error: requiredOr('object') }),
  },
  { error: ruleMessage('object') },
);

/** The whole file, version 1. */
export const assessmentSchema = z.looseObject(
  {
    format: z.literal(FORMAT_NAME, { error: requiredOr('oneOf', { values: [FORMAT_NAME] }) }),
    version: z.literal(FORMAT_VERSION, { error: requiredOr('unsupportedVersion', { version: FORMAT_VERSION }) }),
    criteria: oneOf(CRITERIA),
    options: optionsSchema.optional(),
    patient: patientSchema.optional(),
    timepoints: z
      .array(timepointSchema, { error: requiredOr('array') })
      .min(1, { error: ruleMessage('tooFewTimepoints', { min: 1 }) }),
    baseline: nonEmptyString.optional(),
    lesions: z.array(lesionSchema, { error: requiredOr('array') }),
    treatments: z.array(treatmentSchema, { error: ruleMessage('array') }).optional(),
    markers: z.array(markerSchema, { error: ruleMessage('array') }).optional(),
  },
  { error: ruleMessage('jsonObject') },
);
