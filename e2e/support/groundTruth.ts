import { readFileSync } from 'node:fs';
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

export interface GroundTruth {
  patient: { PatientID: string };
  studies: {
    id: string;
    timepoint: string | null;
    StudyDate: string;
    tableShiftMm: Vec3;
    series: { SeriesDescription: string; phase: string; sliceSpacingMm: number; SeriesInstanceUID: string }[];
  }[];
  lesions: { id: string; role: string; organ: string; segment: string; timepoints: GroundTruthLesionTimepoint[] }[];
  expectedResponses: {
    criteria: 'mRECIST' | 'RECIST1.1';
    timepoints: { timepoint: string; overall: string | null; target: string | null; targetSumMm: number }[];
    bestOverallResponse: string;
  }[];
}

export function readGroundTruth(): GroundTruth {
  return JSON.parse(readFileSync(path.join(DEMO_DIR, 'ground-truth.json'), 'utf8')) as GroundTruth;
}

/** DICOM DA → the date the app prints and uses as timepoint id. */
export const isoDate = (da: string): string => `${da.slice(0, 4)}-${da.slice(4, 6)}-${da.slice(6, 8)}`;
