/**
 * The calipers of a finding as the exported assessment file carries them: an
 * optional `measurements` field on each finding (unknown to the spec, so other
 * readers keep it), with the image each caliper lies on and its endpoints in
 * patient coordinates (LPS, mm). Lengths are written for people reading the
 * file; on import they are recomputed from the endpoints.
 */
import { z } from 'zod';
import {
  caliperLengthsMm,
  distanceMm,
  MAX_DIAMETER_MM,
  MEASUREMENT_KINDS,
  requiredOr,
  ruleMessage,
  type ImageReference,
  type Measurement,
  type MeasurementKind,
  type PatientPointMm,
} from '../core';

/**
 * One caliper in the file; `lengthMm` (and `perpendicularMm`) are derived from
 * `pointsMm`, mm. `fragment` and `phaseConfirmed` are the reader's choices (see
 * `Measurement`): a fragment of a split lesion, an image confirmed as arterial.
 */
export interface CaliperRecord {
  id: string;
  kind: MeasurementKind;
  lengthMm: number;
  perpendicularMm?: number;
  fragment?: boolean;
  phaseConfirmed?: boolean;
  image: ImageReference;
  pointsMm: PatientPointMm[];
  [extra: string]: unknown;
}

/** Where calipers sit on a finding. */
export const CALIPERS_FIELD = 'measurements';

const CALIPER_KEYS = ['id', 'kind', 'lengthMm', 'perpendicularMm', 'fragment', 'phaseConfirmed', 'image', 'pointsMm'] as const;
const IMAGE_KEYS = [
  'studyInstanceUid',
  'seriesInstanceUid',
  'sopInstanceUid',
  'frameIndex',
  'frameOfReferenceUid',
  'phase',
  'calibrated',
] as const;
// Set by the finding a caliper sits on, so never written inside the caliper.
const POSITIONAL_KEYS = ['lesionId', 'timepointId'];

/** Known keys first in a fixed order, then the others in their own order; undefined values left out. */
export function orderKeys(object: Record<string, unknown>, known: readonly string[], skip: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of known) if (object[key] !== undefined) out[key] = object[key];
  for (const [key, value] of Object.entries(object)) {
    if (!known.includes(key) && !skip.includes(key) && value !== undefined) out[key] = value;
  }
  return out;
}

const KIND_ORDER = new Map(MEASUREMENT_KINDS.map((kind, index) => [kind, index]));

/** Calipers in file order: by kind, then id, so that an export does not depend on drawing order. */
export function compareCalipers(a: Measurement, b: Measurement): number {
  return (KIND_ORDER.get(a.kind) ?? 0) - (KIND_ORDER.get(b.kind) ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A caliper as written into the file. */
export function toCaliperRecord(measurement: Measurement): CaliperRecord {
  const lengths = caliperLengthsMm(measurement);
  const record = orderKeys(
    {
      ...measurement,
      lengthMm: lengths.long,
      perpendicularMm: lengths.short,
      image: orderKeys({ ...measurement.image }, IMAGE_KEYS),
    },
    CALIPER_KEYS,
    POSITIONAL_KEYS,
  );
  return record as CaliperRecord;
}

const nonEmptyString = z.string({ error: requiredOr('nonEmptyString') }).min(1, { error: ruleMessage('nonEmptyString') });

function isPointList(value: unknown): value is PatientPointMm[] {
  return (
    Array.isArray(value) &&
    (value.length === 2 || value.length === 4) &&
    value.every((p) => Array.isArray(p) && p.length === 3 && p.every((c) => typeof c === 'number' && Number.isFinite(c)))
  );
}

const imageSchema = z.looseObject(
  {
    studyInstanceUid: nonEmptyString,
    seriesInstanceUid: nonEmptyString,
    sopInstanceUid: nonEmptyString,
    frameIndex: z
      .number({ error: requiredOr('integerAtLeast', { min: 0 }) })
      .int({ error: ruleMessage('integerAtLeast', { min: 0 }) })
      .min(0, { error: ruleMessage('integerAtLeast', { min: 0 }) }),
    frameOfReferenceUid: z.string({ error: ruleMessage('string') }).optional(),
    phase: z.string({ error: requiredOr('string') }),
    calibrated: z.boolean({ error: requiredOr('boolean') }),
  },
  { error: requiredOr('object') },
);

const lengthField = z
  .number({ error: ruleMessage('numberAtLeast', { min: 0 }) })
  .min(0, { error: ruleMessage('numberAtLeast', { min: 0 }) })
  .optional();

/** One caliper of the file; lengths are optional because they are recomputed. */
export const caliperRecordSchema = z
  .looseObject(
    {
      id: nonEmptyString,
      kind: z.enum(MEASUREMENT_KINDS as [MeasurementKind, ...MeasurementKind[]], {
        error: requiredOr('oneOf', { values: MEASUREMENT_KINDS }),
      }),
      lengthMm: lengthField,
      perpendicularMm: lengthField,
      fragment: z.boolean({ error: ruleMessage('boolean') }).optional(),
      phaseConfirmed: z.boolean({ error: ruleMessage('boolean') }).optional(),
      image: imageSchema,
      pointsMm: z.custom<PatientPointMm[]>(isPointList, { error: requiredOr('caliperPoints') }),
    },
    { error: ruleMessage('object') },
  )
  .superRefine((caliper, context) => {
    const wanted = caliper.kind === 'viable-bidirectional' ? 4 : 2;
    if (caliper.pointsMm.length !== wanted) {
      context.addIssue({ code: 'custom', path: ['pointsMm'], message: ruleMessage('caliperPointCount', { count: wanted, kind: caliper.kind }) });
      return;
    }
    const [a, b, c, d] = caliper.pointsMm;
    const longest = Math.max(distanceMm(a!, b!), c && d ? distanceMm(c, d) : 0);
    if (longest > MAX_DIAMETER_MM) {
      context.addIssue({ code: 'custom', path: ['pointsMm'], message: ruleMessage('caliperTooLong', { maxMm: MAX_DIAMETER_MM }) });
    }
  });

/** The `measurements` field of a finding. */
export const calipersSchema = z.array(caliperRecordSchema, { error: ruleMessage('caliperArray') });

/** A validated caliper of the file back as a store measurement, placed by the finding it sat on. */
export function fromCaliperRecord(record: z.infer<typeof caliperRecordSchema>, lesionId: string, timepointId: string): Measurement {
  const { lengthMm: _length, perpendicularMm: _perpendicular, image, ...rest } = record;
  const { frameOfReferenceUid, ...imageRest } = image;
  return {
    ...rest,
    lesionId,
    timepointId,
    image: { ...imageRest, ...(frameOfReferenceUid !== undefined ? { frameOfReferenceUid } : {}) },
  };
}
