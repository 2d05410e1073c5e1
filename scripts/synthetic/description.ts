// The declarative scenario: one fictitious HCC patient followed after TACE. Other
// engineers' tests rely on these exact ids, dates and sizes; change them only
// together with the ground truth they produce.

export type Vec3 = readonly [number, number, number];
export type Phase = 'non-contrast' | 'arterial' | 'portal-venous';
export type TimepointId = 'BL' | 'FU1' | 'FU2';
export type TransferSyntax = 'explicit-little-endian' | 'rle-lossless';
export type LesionTissue = 'viable' | 'lipiodol' | 'necrosis';

export const PATIENT = {
  PatientName: 'VIABLE^DEMO',
  PatientID: 'VIABLE-DEMO-001',
  PatientBirthDate: '19580314',
  PatientSex: 'M',
} as const;

export const EQUIPMENT = {
  Manufacturer: 'Viable Synthetic',
  ManufacturerModelName: 'Phantom Generator',
  InstitutionName: 'Synthetic Hospital',
  SoftwareVersions: 'viable-synthetic 1',
} as const;

export interface CtSeriesSpec {
  id: 'NC' | 'ART' | 'PV';
  folder: string;
  description: string;
  phase: Phase;
  seriesNumber: number;
  sliceSpacingMm: number;
  /** HHMMSS; the bolus starts at 100000, so ART is +35 s and PV +70 s. */
  acquisitionTime: string;
  contrastAgent: string | null;
  transferSyntax: TransferSyntax;
}

export interface CtStudySpec {
  id: string;
  timepoint: TimepointId;
  folder: string;
  date: string;
  /** Where the anatomy sits in this study's patient coordinates (LPS, mm): patient = anatomy + shift. */
  tableShiftMm: Vec3;
  series: CtSeriesSpec[];
}

export const CT_STUDY_DESCRIPTION = 'CT ABDOMEN LIVER 3-PHASE';
export const CT_STUDY_TIME = '095500';
export const BOLUS_START_TIME = '100000';
export const CONTRAST_AGENT_CT = 'Iohexol 350';

/** Axial CT grid: 256 × 256 at 1.5 mm (FOV 384 mm), slices from anatomy z +85 down to −85 mm. */
export const CT_GRID = { rows: 256, columns: 256, pixelSpacingMm: 1.5, zTopMm: 85, zBottomMm: -85 } as const;
export const CT_NOISE_SIGMA_HU = 8;

function ctSeries(rleForNc: boolean): CtSeriesSpec[] {
  return [
    { id: 'NC', folder: 'NC_5mm', description: 'NC 5mm', phase: 'non-contrast', seriesNumber: 2, sliceSpacingMm: 5,
      acquisitionTime: '095800', contrastAgent: null, transferSyntax: rleForNc ? 'rle-lossless' : 'explicit-little-endian' },
    { id: 'ART', folder: 'ART_2.5mm', description: 'ART 2.5mm', phase: 'arterial', seriesNumber: 3, sliceSpacingMm: 2.5,
      acquisitionTime: '100035', contrastAgent: CONTRAST_AGENT_CT, transferSyntax: 'explicit-little-endian' },
    { id: 'PV', folder: 'PV_2.5mm', description: 'PV 2.5mm', phase: 'portal-venous', seriesNumber: 4, sliceSpacingMm: 2.5,
      acquisitionTime: '100110', contrastAgent: CONTRAST_AGENT_CT, transferSyntax: 'explicit-little-endian' },
  ];
}

export const CT_STUDIES: CtStudySpec[] = [
  { id: 'CT_BL', timepoint: 'BL', folder: 'CT_BL_20260112', date: '20260112', tableShiftMm: [0, 0, 0], series: ctSeries(false) },
  { id: 'CT_FU1', timepoint: 'FU1', folder: 'CT_FU1_20260223', date: '20260223', tableShiftMm: [12, -8, 35], series: ctSeries(false) },
  // FU2's NC series is RLE Lossless so that the viewer's RLE decoder is exercised.
  { id: 'CT_FU2', timepoint: 'FU2', folder: 'CT_FU2_20260420', date: '20260420', tableShiftMm: [-6, 5, -22], series: ctSeries(true) },
];

/** MRI the day after FU1, so its lesions show the FU1 state. */
export const MR_STUDY = {
  id: 'MR_LIVER', folder: 'MR_20260224', date: '20260224', time: '141500', description: 'MR LIVER',
  anatomyState: 'FU1' as TimepointId, tableShiftMm: [-4, 10, 18] as Vec3,
  series: { folder: 'T1_VIBE_ART', description: 'T1 VIBE ART', seriesNumber: 5, acquisitionTime: '142030', bolusStartTime: '142000' },
  contrastAgent: 'Gadoxetate',
  // Anisotropic pixels on purpose: PixelSpacing is row spacing (y) \ column spacing (x).
  grid: { rows: 384, columns: 448, rowSpacingMm: 0.68, columnSpacingMm: 0.9, sliceCount: 40, sliceSpacingMm: 3, zTopMm: 58.5 },
  noiseSigma: 15,
} as const;

/** Intra-procedural cone-beam CT at TACE #1, before embolisation: lesions still in the BL state. */
export const CBCT_STUDY = {
  id: 'ANGIO_TACE', folder: 'ANGIO_CBCT_20260120', date: '20260120', time: '113000', description: 'ANGIO TACE',
  anatomyState: 'BL' as TimepointId, tableShiftMm: [3, -15, 60] as Vec3,
  series: { folder: 'CBCT_ART', description: 'CBCT ART', seriesNumber: 1, acquisitionTime: '113512' },
  // Smaller FOV (230 mm) centred on the liver (anatomy x −50), as a C-arm would see it; frames from z +72.5
  // down on the 2.5 mm grid, so the lesion centres fall on frames.
  grid: { rows: 256, columns: 256, pixelSpacingMm: 0.9, frameCount: 60, sliceSpacingMm: 2.5, zTopMm: 72.5, fovCentreAnatomyMm: [-50, 0] as const },
  noiseSigma: 15,
} as const;

export interface LesionComponent {
  tissue: LesionTissue;
  /** Offset of this ellipsoid's centre from the lesion centre, in the lesion frame (u = long axis, v, z). */
  offsetMm: Vec3;
  /** Semi-axes along u, v, z; the u semi-axis is the longest, so 2·u is the longest diameter. */
  semiAxesMm: Vec3;
}

/** Components are painted in order; the first one is the whole-lesion outline. */
export type LesionState = readonly LesionComponent[];

export interface LesionSpec {
  id: 'T1' | 'T2' | 'NT1' | 'N1';
  role: 'target' | 'non-target' | 'new';
  organ: 'liver';
  segment: string;
  /** Anatomy coordinates; z is on the 2.5 mm ART grid (and the 5 mm NC grid), so lesions are cut through their centre. */
  centreMm: Vec3;
  /** Direction of the long axis in the axial plane, from +x towards +y. */
  inPlaneAngleDeg: number;
  states: Record<TimepointId, LesionState | null>;
}

const ZERO: Vec3 = [0, 0, 0];
const viable = (u: number, v: number, z: number, offsetMm: Vec3 = ZERO): LesionComponent =>
  ({ tissue: 'viable', offsetMm, semiAxesMm: [u, v, z] });
const necrosis = (u: number, v: number, z: number): LesionComponent =>
  ({ tissue: 'necrosis', offsetMm: ZERO, semiAxesMm: [u, v, z] });
const lipiodol = (u: number, v: number, z: number, offsetMm: Vec3 = ZERO): LesionComponent =>
  ({ tissue: 'lipiodol', offsetMm, semiAxesMm: [u, v, z] });

export const LESIONS: LesionSpec[] = [
  {
    id: 'T1', role: 'target', organ: 'liver', segment: 'VIII', centreMm: [-75, 15, 35], inPlaneAngleDeg: 30,
    states: {
      BL: [viable(21, 17, 16)], // 42 mm, entirely enhancing
      // 40 mm whole; lipiodol and necrosis with a 14 mm viable nodule at the margin (inside the outline).
      FU1: [necrosis(20, 16, 15), lipiodol(12, 9, 9, [0, -6, 0]), viable(7, 5.5, 5, [0, 9, 0])],
      // 44 mm whole; the marginal nodule has grown to 24 mm.
      FU2: [necrosis(22, 17, 16), lipiodol(11, 8, 8, [0, -8, 0]), viable(12, 8, 8, [0, 8, 0])],
    },
  },
  {
    id: 'T2', role: 'target', organ: 'liver', segment: 'VI', centreMm: [-95, 15, -45], inPlaneAngleDeg: -20,
    states: {
      BL: [viable(14, 11, 10)], // 28 mm
      FU1: [necrosis(13, 10.5, 10), lipiodol(8, 6.5, 6.5)], // 26 mm whole, no viable tissue
      FU2: [necrosis(12.5, 10, 9.5), lipiodol(7.5, 6, 6)], // 25 mm whole, no viable tissue
    },
  },
  {
    id: 'NT1', role: 'non-target', organ: 'liver', segment: 'III', centreMm: [-5, -35, -10], inPlaneAngleDeg: 60,
    states: { BL: [viable(9, 7.5, 7)], FU1: [viable(9, 7.5, 7)], FU2: [viable(9, 7.5, 7)] }, // 18 mm, untreated
  },
  {
    id: 'N1', role: 'new', organ: 'liver', segment: 'V', centreMm: [-55, -30, -35], inPlaneAngleDeg: 10,
    states: { BL: null, FU1: null, FU2: [viable(8, 6.5, 6)] }, // 16 mm, APHE + washout
  },
];

export type Category = 'CR' | 'PR' | 'SD' | 'PD' | 'NE' | 'NonCR/NonPD';

export interface ExpectedTimepoint {
  timepoint: TimepointId;
  targetSumMm: number;
  changeFromBaselinePct: number | null;
  changeFromNadirPct: number | null;
  target: Category | null;
  nonTarget: Category | null;
  newLesion: boolean;
  overall: Category | null;
}

export interface ExpectedResponse {
  criteria: 'mRECIST' | 'RECIST1.1';
  timepoints: ExpectedTimepoint[];
  bestOverallResponse: Category;
}

/**
 * Worked out by hand from the rule book (response-criteria.md §1.4–1.9, §2), not computed, so that the
 * response engine can be tested against them. Percentages are rounded to two decimals.
 */
export const EXPECTED_RESPONSES: ExpectedResponse[] = [
  {
    criteria: 'mRECIST', // sums of viable (arterially enhancing) longest diameters of T1 and T2
    timepoints: [
      // Baseline: T1 42 + T2 28 = 70; NT1 enhancing non-target.
      { timepoint: 'BL', targetSumMm: 70, changeFromBaselinePct: null, changeFromNadirPct: null, target: null, nonTarget: null, newLesion: false, overall: null },
      // 14 + 0 = 14: (14 − 70)/70 = −80.0% ≤ −30% → PR (not PD: nadir is 70). NT1 still enhances → IR/SD,
      // i.e. Non-CR/Non-PD; no new lesion → overall PR (table row 4).
      { timepoint: 'FU1', targetSumMm: 14, changeFromBaselinePct: -80, changeFromNadirPct: -80, target: 'PR', nonTarget: 'NonCR/NonPD', newLesion: false, overall: 'PR' },
      // 24 + 0 = 24: nadir 14 (FU1), (24 − 14)/14 = +71.43% ≥ +20% → PD (PD is evaluated first, even though
      // −65.71% from baseline). N1 is a new typical HCC (APHE + washout, 16 mm ≥ 10 mm) → PD anyway.
      { timepoint: 'FU2', targetSumMm: 24, changeFromBaselinePct: -65.71, changeFromNadirPct: 71.43, target: 'PD', nonTarget: 'NonCR/NonPD', newLesion: true, overall: 'PD' },
    ],
    // PR at FU1 then PD: best response before progression is PR (no confirmation required by default).
    bestOverallResponse: 'PR',
  },
  {
    criteria: 'RECIST1.1', // sums of whole-lesion longest diameters of T1 and T2
    timepoints: [
      { timepoint: 'BL', targetSumMm: 70, changeFromBaselinePct: null, changeFromNadirPct: null, target: null, nonTarget: null, newLesion: false, overall: null },
      // 40 + 26 = 66: −5.71% → neither PR (−30%) nor PD → SD; NT1 present → Non-CR/Non-PD; overall SD.
      { timepoint: 'FU1', targetSumMm: 66, changeFromBaselinePct: -5.71, changeFromNadirPct: -5.71, target: 'SD', nonTarget: 'NonCR/NonPD', newLesion: false, overall: 'SD' },
      // 44 + 25 = 69: nadir 66, +4.55% (< 20% and +3 mm < 5 mm) → target SD; the new lesion N1 → overall PD.
      { timepoint: 'FU2', targetSumMm: 69, changeFromBaselinePct: -1.43, changeFromNadirPct: 4.55, target: 'SD', nonTarget: 'NonCR/NonPD', newLesion: true, overall: 'PD' },
    ],
    bestOverallResponse: 'SD',
  },
];
