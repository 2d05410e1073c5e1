/**
 * Plain, structured-clone- and JSON-safe types shared by the DICOM layer.
 * Attribute names keep their DICOM keyword casing; physical quantities are in mm
 * (patient LPS coordinates) or seconds unless a name says otherwise.
 */
import type { SkipReason } from '../core';

/** A point or direction in patient LPS coordinates, mm. */
export type Vec3 = [number, number, number];

/** Row direction cosines followed by column direction cosines (DICOM IOP order). */
export type Orientation6 = [number, number, number, number, number, number];

/** Geometry and value transform of one frame; every field falls back to the instance level. */
export interface FrameGeometry {
  /** Centre of the first transmitted pixel, mm (LPS). */
  ImagePositionPatient?: Vec3;
  ImageOrientationPatient?: Orientation6;
  /** [row spacing, column spacing] in mm, i.e. DICOM order (between rows first). */
  PixelSpacing?: [number, number];
  /** Nominal reconstructed slice thickness, mm. */
  SliceThickness?: number;
  RescaleSlope?: number;
  RescaleIntercept?: number;
}

/** The header fields of one DICOM image object that the index, the phase logic and the viewer need. */
export interface InstanceHeader extends FrameGeometry {
  SOPClassUID: string;
  SOPInstanceUID: string;
  StudyInstanceUID: string;
  SeriesInstanceUID: string;
  FrameOfReferenceUID?: string;
  PatientID?: string;
  PatientName?: string;
  /** DICOM DA, `YYYYMMDD`. */
  PatientBirthDate?: string;
  PatientSex?: string;
  /** DICOM DA, `YYYYMMDD`. */
  StudyDate?: string;
  /** DICOM TM, `HHMMSS.FFFFFF`. */
  StudyTime?: string;
  StudyDescription?: string;
  SeriesDescription?: string;
  SeriesNumber?: number;
  Modality: string;
  InstanceNumber?: number;
  AcquisitionNumber?: number;
  /** DICOM TM; for Enhanced objects taken from AcquisitionDateTime when absent. */
  AcquisitionTime?: string;
  ContentTime?: string;
  /** mm; only in projection radiography, where it is measured at the detector, not the patient. */
  ImagerPixelSpacing?: [number, number];
  Rows: number;
  Columns: number;
  /** 1 for single-frame objects. */
  NumberOfFrames: number;
  BitsAllocated?: number;
  PixelRepresentation?: number;
  PhotometricInterpretation?: string;
  /** First value when the file lists several windows. */
  WindowCenter?: number;
  WindowWidth?: number;
  ContrastBolusAgent?: string;
  /** DICOM TM. */
  ContrastBolusStartTime?: string;
  /** DICOM defined term, e.g. `ARTERIAL`, `PORTAL_VENOUS`. */
  ContrastBolusAgentPhase?: string;
  /** As stored in the file; `1.2.840.10008.1.2.1.99` needs {@link inflateDeflatedPart10} before display. */
  TransferSyntaxUID: string;
  Manufacturer?: string;
  /**
   * Enhanced multi-frame objects only: one entry per frame, shared and per-frame
   * functional groups already merged (per-frame wins). Absent for single-frame files.
   */
  frames?: FrameGeometry[];
}

/** An instance found by a scan: the header plus where its bytes live. */
export interface ScannedInstance extends InstanceHeader {
  /**
   * Key of the source file in the caller's file registry. A scan assigns
   * `${fileIdPrefix}${index}`, index being the file's position in the list given to the scan.
   */
  fileId: string;
  /** Path shown to the reader: `webkitRelativePath`, zip entry path or file name. */
  path: string;
}

/** Outcome of reading one file's header. */
export type ParseResult =
  | {
      ok: true;
      instance: InstanceHeader;
      /**
       * With `keepHeader`: the file's first bytes, up to the value of its Pixel Data (the
       * element's tag and length included), so that the image loader can parse the
       * header from them instead of reading the file's head again. Only for Part 10
       * files read as they are (not inflated, not given a preamble).
       */
      header?: Uint8Array<ArrayBuffer>;
      /**
       * With `keepHeader`, when the bytes parsed were the whole file (a small file the scan
       * read whole) of a single native frame: that frame's bytes, in a buffer of their own,
       * which the image loader hands to the decoder as they are.
       */
      frame?: Uint8Array<ArrayBuffer>;
      /**
       * With `keepHeader`, when the bytes parsed were the whole file and hold no single
       * native frame (compressed, multi-frame): those bytes, from which the image loader
       * can decode without reading the file.
       */
      wholeFile?: Uint8Array<ArrayBuffer>;
    }
  | {
      ok: false;
      /** Why, as data (`src/text` words it in the reader's language). */
      reason: SkipReason;
      /** True when the bytes given were only the head of the file and the header continues past them. */
      needsMoreBytes?: boolean;
      /** Set for objects the study browser lists in their study although they are not displayed. */
      notDisplayed?: NotDisplayedObject;
    };

/** A segmentation or RT dose: part of a study the reader should see listed, though the viewer does not draw it. */
export interface NotDisplayedObject {
  kind: 'segmentation' | 'dose';
  StudyInstanceUID: string;
  PatientID?: string;
  PatientName?: string;
  /** DICOM DA, `YYYYMMDD`. */
  StudyDate?: string;
  StudyDescription?: string;
  SeriesDescription?: string;
  Modality?: string;
}

/** The part of the DOM `File` a scan uses, so zip entries and Node test doubles fit too. */
export interface FileLike {
  readonly name: string;
  /** Bytes. */
  readonly size: number;
  readonly webkitRelativePath?: string;
  /** The bytes from the start, as a browser File streams them. */
  stream(): ReadableStream<Uint8Array>;
}
