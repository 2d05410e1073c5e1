import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The generated demo studies' ground truth (scripts/synthetic), as browser tests read it. */
export const DEMO_DIR = path.resolve('test-data/generated/synthetic');

export type Vec3 = [number, number, number];

/** A slice of a series; `sliceIndex` is 0-based in InstanceNumber order, IM0001 the most superior slice (the viewer's display order). */
export interface GroundTruthSliceRef {
  SeriesInstanceUID: string;
  SOPInstanceUID: string;
  sliceIndex: number;
}

export interface GroundTruthLesionTimepoint {
  timepoint: string;
  studyId: string;
  present: boolean;
  centreMm: Vec3 | null;
  viableSlice?: GroundTruthSliceRef;
  viableEndpointsMm: [Vec3, Vec3] | null;
  viableLongestDiameterMm: number;
  wholeEndpointsMm: [Vec3, Vec3] | null;
  longestDiameterMm: number;
}

/** A voxel whose value the generator knows (noise-free), with the noise sigma around it. */
export interface NamedVoxel {
  name: string;
  SOPInstanceUID: string;
  sliceIndex: number;
  column: number;
  row: number;
  positionMm: Vec3;
  expectedValue: number;
  noiseSigma: number;
}

export interface TruthSeries {
  SeriesInstanceUID: string;
  SeriesDescription: string;
  phase: string;
  /** DICOM Modality (CT, MR). */
  modality: string;
  folder: string;
  sliceCount: number;
  sliceSpacingMm: number;
  /** Frames of a multi-frame object; null for single-frame series. */
  numberOfFrames: number | null;
  namedVoxels?: NamedVoxel[];
}

export interface TruthStudy {
  id: string;
  timepoint: string | null;
  StudyDate: string;
  folder: string;
  tableShiftMm: Vec3;
  series: TruthSeries[];
}

export interface GroundTruth {
  patient: { PatientID: string };
  studies: TruthStudy[];
  lesions: { id: string; role: string; organ: string; segment: string; timepoints: GroundTruthLesionTimepoint[] }[];
  expectedResponses: {
    criteria: 'mRECIST' | 'RECIST1.1';
    timepoints: { timepoint: string; overall: string | null; target: string | null; targetSumMm: number }[];
    bestOverallResponse: string;
  }[];
}

export const GROUND_TRUTH_FILE = path.join(DEMO_DIR, 'ground-truth.json');

export function readGroundTruth(): GroundTruth {
  if (!existsSync(GROUND_TRUTH_FILE)) throw new Error(`${GROUND_TRUTH_FILE} is missing: run npm run test-data:gen`);
  return JSON.parse(readFileSync(GROUND_TRUTH_FILE, 'utf8')) as GroundTruth;
}

/** DICOM DA → the date the app prints and uses as timepoint id. */
export const isoDate = (da: string): string => `${da.slice(0, 4)}-${da.slice(4, 6)}-${da.slice(6, 8)}`;
