/**
 * Coded concepts of Viable's DICOM SR (TID 1500 Measurement Report). Standard
 * codes (DCM, SCT, UCUM, UMLS) wherever DICOM PS3.16 has one; the reader's
 * choices that have none (lesion role, caliper kind, contrast phase…) use the
 * private scheme `99VIABLE`, declared in the document's Coding Scheme
 * Identification Sequence, so that Viable reads its own files back exactly.
 */
export interface Code {
  CodeValue: string;
  CodingSchemeDesignator: string;
  CodeMeaning: string;
}

const code = (CodeValue: string, CodingSchemeDesignator: string, CodeMeaning: string): Code => ({ CodeValue, CodingSchemeDesignator, CodeMeaning });
export const PRIVATE_SCHEME = '99VIABLE';
const viable = (value: string, meaning: string) => code(value, PRIVATE_SCHEME, meaning);

export const CODES = {
  measurementReport: code('126000', 'DCM', 'Imaging Measurement Report'),
  language: code('121049', 'DCM', 'Language of Content Item and Descendants'),
  english: code('en', 'RFC5646', 'English'),
  procedureReported: code('121058', 'DCM', 'Procedure reported'),
  imagingProcedure: code('363679005', 'SCT', 'Imaging procedure'),
  imageLibrary: code('111028', 'DCM', 'Image Library'),
  imageLibraryGroup: code('126200', 'DCM', 'Image Library Group'),
  imagingMeasurements: code('126010', 'DCM', 'Imaging Measurements'),
  measurementGroup: code('125007', 'DCM', 'Measurement Group'),
  trackingIdentifier: code('112039', 'DCM', 'Tracking Identifier'),
  trackingUniqueIdentifier: code('112040', 'DCM', 'Tracking Unique Identifier'),
  finding: code('121071', 'DCM', 'Finding'),
  lesion: code('52988006', 'SCT', 'Lesion'),
  findingSite: code('363698007', 'SCT', 'Finding Site'),
  timePoint: code('C2348792', 'UMLS', 'Time Point'),
  length: code('410668003', 'SCT', 'Length'),
  longAxis: code('103339001', 'SCT', 'Long Axis'),
  shortAxis: code('103340004', 'SCT', 'Short Axis'),
  measurementMethod: code('370129005', 'SCT', 'Measurement Method'),
  millimetre: code('mm', 'UCUM', 'millimeter'),
  /** A caliper on an image without pixel spacing measures pixels, not mm. */
  pixels: code('{pixels}', 'UCUM', 'pixels'),
  qualitativeEvaluations: code('C0034375', 'UMLS', 'Qualitative Evaluations'),
  // Viable's own concepts.
  lesionId: viable('lesion-id', 'Lesion identifier'),
  lesionRole: viable('lesion-role', 'Lesion role'),
  lesionKind: viable('lesion-kind', 'Lesion kind'),
  organ: viable('organ', 'Organ'),
  location: viable('location', 'Location'),
  enhancingAtBaseline: viable('enhancing-bl', 'Enhancing at baseline'),
  caliperId: viable('caliper-id', 'Caliper identifier'),
  phase: viable('phase', 'Contrast phase of the series'),
  fragment: viable('fragment', 'Fragment of a split lesion'),
  phaseConfirmed: viable('phase-confirmed', 'Confirmed as arterial phase'),
  calibrated: viable('calibrated', 'Image calibrated in mm'),
  status: viable('status', 'Finding status'),
  pattern: viable('pattern', 'Enhancement pattern'),
  cytology: viable('cytology', 'Cytology'),
  criteria: viable('criteria', 'Response criteria'),
  targetSum: viable('target-sum', 'Target sum'),
  targetResponse: viable('target-response', 'Target response'),
  nonTargetResponse: viable('nontarget-resp', 'Non-target response'),
  newLesion: viable('new-lesion', 'New lesion'),
  overallResponse: viable('overall-response', 'Overall response'),
  bestOverallResponse: viable('best-overall', 'Best overall response (unconfirmed)'),
  reason: viable('reason', 'Reason'),
  warning: viable('warning', 'Warning'),
} as const;

/** What each caliper kind (and typed finding field) measures, as the Measurement Method modifier. */
export const METHOD_CODES = {
  viable: viable('viable-diameter', 'Longest diameter of viable (arterially enhancing) tumour'),
  whole: viable('whole-diameter', 'Longest diameter of the whole lesion'),
  'short-axis': viable('short-axis', 'Short axis of a lymph node'),
  'viable-bidirectional': viable('viable-bidim', 'Viable tumour, longest and perpendicular diameters (EASL)'),
  'viable-perpendicular': viable('viable-perp', 'Longest viable diameter perpendicular to the longest'),
} as const;

/** Finding sites with a SNOMED CT code; other organs are written as text. */
export const ORGAN_CODES: Record<string, Code> = {
  liver: code('10200004', 'SCT', 'Liver'),
  'lymph node': code('59441001', 'SCT', 'Lymph node'),
  lung: code('39607008', 'SCT', 'Lung'),
  peritoneum: code('15425007', 'SCT', 'Peritoneum'),
  bone: code('272673000', 'SCT', 'Bone'),
  adrenal: code('23451007', 'SCT', 'Adrenal gland'),
};

/**
 * Tracking identifier prefix of Cornerstone3D's measurement tools: viewers that
 * hydrate SR into Cornerstone annotations (OHIF, through `@cornerstonejs/adapters`)
 * recognise a caliper's measurement group by it. The lesion id follows it, so the
 * identifier stays the same for the lesion at every timepoint.
 */
export const CORNERSTONE_TRACKING_PREFIX = 'Cornerstone3DTools@^0.1.0';

export const COMPREHENSIVE_SR = '1.2.840.10008.5.1.4.1.1.88.33';
export const EXPLICIT_VR_LITTLE_ENDIAN = '1.2.840.10008.1.2.1';
