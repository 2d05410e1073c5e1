/**
 * Types of the assessment file, derived from its schema so they cannot drift.
 * Every object also carries `[key: string]: unknown`: unknown fields are kept.
 * Source: `src/core/assessment/FORMAT.md`.
 */
import type { z } from 'zod';
import type {
  CRITERIA,
  FINDING_STATUSES,
  LESION_KINDS,
  LESION_ROLES,
  LR_TR_CATEGORIES,
  LR_TR_FEATURES,
  LR_TR_VERSIONS,
  MARKER_NAMES,
  TREATMENT_TYPES,
  assessmentSchema,
  findingSchema,
  lesionSchema,
  lrTrSchema,
  markerSchema,
  optionsSchema,
  timepointSchema,
  treatmentSchema,
} from './schema.ts';

/** Response criteria the engine evaluates. */
export type Criteria = (typeof CRITERIA)[number];
/** `target` and `non-target` are chosen at baseline; `new` lesions appear after it. */
export type LesionRole = (typeof LESION_ROLES)[number];
/** Decides which special rules apply (nodes, portal-vein thrombus, effusions). */
export type LesionKind = (typeof LESION_KINDS)[number];
/** Union of the statuses of all roles; which ones a role allows is validated. */
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** A whole assessment file (version 1). */
export type Assessment = z.infer<typeof assessmentSchema>;
/** One imaging study (`YYYY-MM-DD` date). */
export type Timepoint = z.infer<typeof timepointSchema>;
/** A lesion with its findings keyed by timepoint id; a missing key means "not assessed". */
export type Lesion = z.infer<typeof lesionSchema>;
/** What the reader recorded for one lesion at one timepoint; lengths in mm. */
export type Finding = z.infer<typeof findingSchema>;
/** Protocol options as written in the file (all optional). */
export type AssessmentOptions = z.infer<typeof optionsSchema>;

/** A treatment of the course: cTACE, DEB-TACE, TARE, RFA/MWA ablation, HAIC, resection or systemic therapy. */
export type TreatmentType = (typeof TREATMENT_TYPES)[number];
/** One treatment event (`YYYY-MM-DD` date, treated lesion ids, drug, note). */
export type Treatment = z.infer<typeof treatmentSchema>;
/** AFP (ng/mL) or PIVKA-II (mAU/mL). */
export type MarkerName = (typeof MARKER_NAMES)[number];
/** One serum tumour marker value on a date. */
export type MarkerValue = z.infer<typeof markerSchema>;
/** LI-RADS treatment response category (LR-TR Nonviable, Equivocal, Viable, Nonevaluable). */
export type LrTrCategory = (typeof LR_TR_CATEGORIES)[number];
export type LrTrVersion = (typeof LR_TR_VERSIONS)[number];
/** One criterion of the LR-TR checklist. */
export type LrTrFeature = (typeof LR_TR_FEATURES)[number];
/** The reader's LR-TR of a lesion at a timepoint. */
export type LrTr = z.infer<typeof lrTrSchema>;
