// Translation registration between scans and slice matching by position (pure; no DOM or Cornerstone).
export { applyOffset, invertOffset, offsetFromSliceCentres, translationFromLandmarks, type LandmarkPair } from './translation.ts';
export { nearestSlice, sliceCentreMm, type SliceMatch, type SliceStack } from './sliceMatching.ts';
export {
  alignmentKey,
  alignmentSchema,
  readAlignments,
  resolveOffset,
  withAlignment,
  withLandmarkPair,
  type Alignment,
  type Alignments,
  type SeriesRef,
} from './alignments.ts';
export { withLesionLandmarks, type LocatedCaliper } from './lesionLandmarks.ts';
