import type { SliceOrientation } from './geometry';
import type { PhaseInference } from './inferPhase';
import type { Orientation6, Vec3 } from './types';

/** One displayable image: a single-frame file, or one frame of a multi-frame file. */
export interface IndexedFrame {
  /** The `fileId` of the scanned instance that holds the frame. */
  fileId: string;
  /** 0-based frame number within the file; 0 for single-frame files. */
  frameIndex: number;
  /** Frames in the file, so the viewer knows whether to address a frame at all. */
  numberOfFrames: number;
  SOPInstanceUID: string;
  InstanceNumber?: number;
  /** Centre of the first pixel, mm (LPS). */
  imagePositionPatient?: Vec3;
  /**
   * Signed distance along the stack's slice normal (row × column cosines), mm;
   * absent without geometry. Frames are in display order, so this ascends or
   * descends through the stack (see {@link Stack.ordering}).
   */
  positionMm?: number;
  /** DICOM TM. */
  acquisitionTime?: string;
}

/** Where a stack's in-plane mm come from: patient-plane PixelSpacing, detector-plane ImagerPixelSpacing, or nothing. */
export type Calibration = 'PixelSpacing' | 'ImagerPixelSpacing' | 'none';

/** What one viewport shows: frames of one series sharing size, orientation and acquisition. */
export interface Stack {
  /** `${SeriesInstanceUID}:${n}`, n from 1; the same files always give the same ids. */
  stackId: string;
  SeriesInstanceUID: string;
  /** Reader-facing name, e.g. "PV 2.5mm — acquisition 2 of 3 (14:02:35)". */
  label: string;
  Modality: string;
  FrameOfReferenceUID?: string;
  Rows: number;
  Columns: number;
  orientation: SliceOrientation;
  ImageOrientationPatient?: Orientation6;
  /**
   * `position` when every frame has geometry: frames are ordered along the slice
   * normal in the radiological display direction, so the index grows toward the
   * feet (axial, −z), the back (coronal, +y) or the patient's left (sagittal, +x);
   * an oblique stack follows the main plane its normal is closest to. Whether
   * `positionMm` ascends or descends depends on which way the normal points
   * (an axial normal is usually +z, so axial positions usually descend).
   * `instanceNumber` without geometry: InstanceNumber order.
   */
  ordering: 'position' | 'instanceNumber';
  /** Median gap between neighbouring slices along the normal, mm. */
  sliceSpacingMm?: number;
  /** Some gap differs from the median by more than 10 % (missing slices, variable spacing). */
  irregularSpacing: boolean;
  sliceThicknessMm?: number;
  /** [between rows, between columns], mm; absent when `calibration` is 'none'. */
  pixelSpacingMm?: [number, number];
  calibration: Calibration;
  /** Earliest DICOM TM among the frames. */
  acquisitionTime?: string;
  phase: PhaseInference;
  frameCount: number;
  frames: IndexedFrame[];
}

/** One DICOM series, split into the stacks a viewport can show. */
export interface SeriesNode {
  SeriesInstanceUID: string;
  SeriesNumber?: number;
  SeriesDescription?: string;
  Modality: string;
  /** Of the series' first instance; tells imaging taken during a procedure (X-ray angiography) from diagnostic CT/MR. */
  SOPClassUID?: string;
  /** One stack, or several when the series mixes sizes, orientations or acquisitions. */
  stacks: Stack[];
}

/** One study (one visit / timepoint). */
export interface StudyNode {
  StudyInstanceUID: string;
  /** DICOM DA. */
  StudyDate?: string;
  StudyTime?: string;
  StudyDescription?: string;
  /** Sorted by SeriesNumber (missing last). */
  series: SeriesNode[];
}

/** One patient and their studies. */
export interface PatientNode {
  /** PatientID, else PatientName, else "(no patient id)": what groups studies under this patient. */
  patientKey: string;
  PatientID?: string;
  PatientName?: string;
  PatientBirthDate?: string;
  PatientSex?: string;
  /** Oldest first, so the baseline comes before follow-ups. */
  studies: StudyNode[];
}

/** The browsable tree of everything loaded: Patient → Study → Series → Stack → frames. */
export interface DicomIndex {
  patients: PatientNode[];
  /** Instances dropped because an earlier one had the same SOPInstanceUID. */
  duplicateCount: number;
}
