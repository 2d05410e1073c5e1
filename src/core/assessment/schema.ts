/**
 * Zod schema of the assessment file, version 1.
 * Source: `src/core/assessment/FORMAT.md`. Objects are loose: unknown fields
 * are kept so that a later save writes them back (forward compatibility).
 * Defaults are not filled in here (see `options.ts`), so a load/save round trip
 * reproduces the file as written. Cross-field rules live in `crossChecks.ts`.
 */
import { z } from 'zod';

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

type IssueInput = { input?: unknown };

/** Error callback: "is required" for a missing value, `message` for a wrong one. */
function requiredOr(message: string) {
  return (issue: IssueInput) => (issue.input === undefined ? 'is required' : message);
}

/** `must be one of "a", "b" or "c"`. */
export function oneOfMessage(values: readonly string[]): string {
  const quoted = values.map((v) => `"${v}"`);
  return quoted.length === 1
    ? `must be ${quoted[0]}`
    : `must be one of ${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: requiredOr(oneOfMessage(values)) });
}

const NON_NEGATIVE = 'must be a number >= 0';

/** A length in mm: finite, >= 0, at most {@link MAX_DIAMETER_MM}. */
const lengthMm = z
  .number({ error: requiredOr(NON_NEGATIVE) })
  .min(0, { error: NON_NEGATIVE })
  .max(MAX_DIAMETER_MM, { error: `must be a number <= ${MAX_DIAMETER_MM}` });

const nonEmptyString = z
  .string({ error: requiredOr('must be a non-empty string') })
  .min(1, { error: 'must be a non-empty string' });

const optionalString = z.string({ error: 'must be a string' }).optional();

const integerAtLeast = (min: number) =>
  z
    .number({ error: requiredOr(`must be an integer >= ${min}`) })
    .int({ error: `must be an integer >= ${min}` })
    .min(min, { error: `must be an integer >= ${min}` });

/** Protocol options; every one optional, defaults per criteria in `options.ts`. */
export const optionsSchema = z.looseObject(
  {
    maxTargetsTotal: integerAtLeast(1).optional(),
    maxTargetsPerOrgan: integerAtLeast(1).optional(),
    minMeasurableMm: lengthMm.optional(),
    minAbsoluteIncreaseMm: lengthMm.optional(),
    tooSmallDefaultMm: lengthMm.optional(),
    stickyResponse: z.boolean({ error: 'must be true or false' }).optional(),
    minSdDays: integerAtLeast(0).optional(),
  },
  { error: requiredOr('must be an object') },
);

/** Patient details copied from DICOM where known. */
export const patientSchema = z.looseObject(
  { id: optionalString, name: optionalString, birthDate: optionalString, sex: optionalString },
  { error: 'must be an object' },
);

/** One imaging study. */
export const timepointSchema = z.looseObject(
  {
    id: nonEmptyString,
    // Whether the date exists on the calendar is a cross-field check, so that one
    // message ("must be a real date ...") covers both the shape and the calendar.
    date: z.string({ error: requiredOr('must be a date YYYY-MM-DD') }),
    studyInstanceUid: optionalString,
    label: optionalString,
  },
  { error: 'must be an object' },
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
      .array(oneOf(LR_TR_FEATURES), { error: 'must be an array' })
      .refine((list) => new Set(list).size === list.length, { error: 'must not list a feature twice' })
      .optional(),
  },
  { error: 'must be an object' },
);

/** One treatment event; the date's calendar and the lesion ids are cross-field checks. */
export const treatmentSchema = z.looseObject(
  {
    date: z.string({ error: requiredOr('must be a date YYYY-MM-DD') }),
    type: oneOf(TREATMENT_TYPES),
    drug: optionalString,
    lesionIds: z.array(nonEmptyString, { error: 'must be an array of lesion ids' }).optional(),
    note: optionalString,
  },
  { error: 'must be an object' },
);

const POSITIVE = 'must be a number > 0';

/** One serum tumour marker value; the unit must be the marker's (`MARKER_UNITS`), checked across fields. */
export const markerSchema = z.looseObject(
  {
    marker: oneOf(MARKER_NAMES),
    date: z.string({ error: requiredOr('must be a date YYYY-MM-DD') }),
    value: z.number({ error: requiredOr(POSITIVE) }).positive({ error: POSITIVE }),
    unit: z.string({ error: requiredOr('must be a string') }),
  },
  { error: 'must be an object' },
);

/** What was recorded for one lesion at one timepoint; lengths in mm. */
export const findingSchema = z.looseObject(
  {
    viableLongestDiameterMm: lengthMm.optional(),
    viablePerpendicularDiameterMm: lengthMm.optional(),
    longestDiameterMm: lengthMm.optional(),
    shortAxisMm: lengthMm.optional(),
    // Which statuses a role allows is checked in crossChecks.ts, with a role-specific message.
    status: oneOf(FINDING_STATUSES).optional(),
    pattern: oneOf(['typical', 'atypical']).optional(),
    cytology: oneOf(['positive', 'negative', 'not-done']).optional(),
    lrTr: lrTrSchema.optional(),
  },
  { error: 'must be an object' },
);

/** A lesion and its findings keyed by timepoint id. */
export const lesionSchema = z.looseObject(
  {
    id: nonEmptyString,
    role: oneOf(LESION_ROLES),
    organ: nonEmptyString,
    kind: oneOf(LESION_KINDS).optional(),
    location: optionalString,
    enhancingAtBaseline: z.boolean({ error: 'must be true or false' }).optional(),
    findings: z.record(z.string(), findingSchema, { error: requiredOr('must be an object') }),
  },
  { error: 'must be an object' },
);

/** The whole file, version 1. */
export const assessmentSchema = z.looseObject(
  {
    format: z.literal('tumor-response-assessment', {
      error: requiredOr('must be "tumor-response-assessment"'),
    }),
    version: z.literal(1, { error: requiredOr('must be 1 (the only version this program reads)') }),
    criteria: oneOf(CRITERIA),
    options: optionsSchema.optional(),
    patient: patientSchema.optional(),
    timepoints: z
      .array(timepointSchema, { error: requiredOr('must be an array') })
      .min(1, { error: 'must list at least 1 timepoint' }),
    baseline: nonEmptyString.optional(),
    lesions: z.array(lesionSchema, { error: requiredOr('must be an array') }),
    treatments: z.array(treatmentSchema, { error: 'must be an array' }).optional(),
    markers: z.array(markerSchema, { error: 'must be an array' }).optional(),
  },
  { error: 'must be a JSON object' },
);
