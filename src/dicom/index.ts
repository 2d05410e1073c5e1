// Public API of the DICOM layer: other layers import from here only.
export type { FileLike, FrameGeometry, InstanceHeader, NotDisplayedObject, Orientation6, ParseResult, ScannedInstance, Vec3 } from './types';
export type { Calibration, DicomIndex, IndexedFrame, PatientNode, SeriesNode, Stack, StudyNode } from './indexTypes';
export type { SliceOrientation } from './geometry';
export type { ContrastPhase, PhaseEvidence, PhaseInference, PhaseInput } from './inferPhase';
export type { ParseHeaderOptions } from './parseHeader';
export { parseHeader } from './parseHeader';
export { DEFLATED_EXPLICIT_VR_LE, EXPLICIT_VR_LE, inflateDeflatedPart10 } from './part10';
export { buildIndex } from './buildIndex';
export { inferPhase } from './inferPhase';
export { dedupeInstances } from './dedupe';
export type { DuplicateFile, HeadBytes, ScanBatchResult, ScanOptions, ScanProgress, ScanResult, SkippedFile } from './scanFiles';
export { HEAD_CHUNK_BYTES, filePath, parseHeads, readHeaderFromFile, readHeaders, scanFiles } from './scanFiles';
export type { ScanPool, ScanWorkerApi, ScanWorkerHandle } from './scanPool';
export { createScanPool, defaultPoolSize, scanWorkerApi } from './scanPool';
export { unzipToFiles } from './unzipToFiles';
export { formatDicomDate, formatPersonName } from './formatDicomValues';
