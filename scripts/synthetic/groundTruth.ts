// The ground truth other tests measure against: study/series identity and geometry,
// true lesion diameters with their endpoints (patient mm, LPS) and the slices they
// lie in, named voxels with their noise-free values, and the expected responses.
import { ANATOMY_LANDMARKS, TISSUES, tissueValue } from './anatomy.ts';
import { frameOfReferenceUid, instanceUid, seriesUid, studyUid } from './datasets.ts';
import {
  CBCT_STUDY, CT_STUDIES, CT_STUDY_DESCRIPTION, EXPECTED_RESPONSES, LESIONS, MR_STUDY, PATIENT,
  type ExpectedResponse, type LesionSpec, type Phase, type TimepointId, type Vec3,
} from './description.ts';
import { TRANSFER_SYNTAX_UID } from './dicomWriter.ts';
import { lesionGeometry, lesionLandmarks, type Diameter } from './lesions.ts';
import type { SeriesPlan } from './plans.ts';
import { tissueAt } from './shapes.ts';

export interface SliceRef { SeriesInstanceUID: string; SOPInstanceUID: string; sliceIndex: number }

export interface NamedVoxel extends SliceRef {
  name: string;
  column: number;
  row: number;
  positionMm: Vec3;
  tissue: string;
  /** Noise-free value: HU for CT (after rescale), signal units for MR. */
  expectedValue: number;
  noiseSigma: number;
}

export interface SeriesTruth {
  id: string;
  SeriesInstanceUID: string;
  SeriesDescription: string;
  phase: Phase;
  modality: 'CT' | 'MR';
  SOPClassUID: string;
  transferSyntaxUID: string;
  /** Number of files; the Enhanced CT has one file holding `numberOfFrames` frames. */
  sliceCount: number;
  numberOfFrames: number | null;
  rows: number;
  columns: number;
  /** DICOM order: [row spacing (y), column spacing (x)]. */
  pixelSpacingMm: [number, number];
  sliceSpacingMm: number;
  folder: string;
  /** Unit of named voxels' expectedValue and noiseSigma: HU for CT, arbitrary signal units for MR. */
  valueUnit: 'HU' | 'MR signal';
  noiseSigma: number;
  namedVoxels: NamedVoxel[];
}

export interface StudyTruth {
  id: string;
  timepoint: TimepointId | null;
  /** Which lesion state the anatomy shows (MR after FU1, CBCT before embolisation). */
  anatomyState: TimepointId;
  StudyInstanceUID: string;
  FrameOfReferenceUID: string;
  StudyDate: string;
  StudyDescription: string;
  tableShiftMm: Vec3;
  folder: string;
  series: SeriesTruth[];
}

export interface LesionTimepointTruth {
  timepoint: TimepointId;
  /** The CT study of this timepoint (see studies[].id). */
  studyId: string;
  present: boolean;
  centreMm: Vec3 | null;
  viableEndpointsMm: [Vec3, Vec3] | null;
  viableLongestDiameterMm: number;
  viableSlice: SliceRef | null;
  wholeEndpointsMm: [Vec3, Vec3] | null;
  longestDiameterMm: number;
  wholeSlice: SliceRef | null;
}

export interface GroundTruth {
  schemaVersion: 1;
  generator: string;
  coordinateSystem: string;
  patient: typeof PATIENT;
  studies: StudyTruth[];
  lesions: Array<{ id: string; role: string; organ: string; segment: string; timepoints: LesionTimepointTruth[] }>;
  expectedResponses: ExpectedResponse[];
}

const round4 = (value: number): number => Math.round(value * 1e4) / 1e4 || 0;
const toPatient = (point: Vec3, shift: Vec3): Vec3 => [round4(point[0] + shift[0]), round4(point[1] + shift[1]), round4(point[2] + shift[2])];

/** Index of the slice whose plane contains anatomy height zMm (within 1 µm), or −1. */
const sliceIndexAt = (plan: SeriesPlan, zMm: number): number => plan.zPositionsMm.findIndex((z) => Math.abs(z - zMm) < 1e-3);

function sliceRef(plan: SeriesPlan, index: number): SliceRef {
  return {
    SeriesInstanceUID: seriesUid(plan.studyKey, plan.seriesKey),
    SOPInstanceUID: instanceUid(plan.studyKey, plan.seriesKey, plan.multiFrame ? 1 : index + 1),
    sliceIndex: index,
  };
}

/** The voxel nearest to an anatomy point, if it lies within half a slice of a slice and inside the FOV. */
function namedVoxel(plan: SeriesPlan, name: string, pointMm: Vec3): NamedVoxel | null {
  const { grid } = plan;
  const distances = plan.zPositionsMm.map((z) => Math.abs(z - pointMm[2]));
  const index = distances.indexOf(Math.min(...distances));
  const zMm = plan.zPositionsMm[index];
  const column = Math.round((pointMm[0] - grid.originXMm) / grid.columnSpacingMm);
  const row = Math.round((pointMm[1] - grid.originYMm) / grid.rowSpacingMm);
  if (zMm === undefined || Math.abs(zMm - pointMm[2]) > plan.sliceSpacingMm / 2) return null;
  if (column < 0 || row < 0 || column >= grid.columns || row >= grid.rows) return null;
  // Same arithmetic as the rasteriser, so the tissue found here is the tissue painted there.
  const anatomy: Vec3 = [grid.originXMm + column * grid.columnSpacingMm, grid.originYMm + row * grid.rowSpacingMm, zMm];
  const tissue = TISSUES[tissueAt(plan.shapes, anatomy, 0)] ?? 'air';
  return {
    name, ...sliceRef(plan, index), column, row, positionMm: toPatient(anatomy, plan.tableShiftMm),
    tissue, expectedValue: tissueValue(tissue, plan.contrast), noiseSigma: plan.noiseSigma,
  };
}

function seriesTruth(plan: SeriesPlan, state: TimepointId): SeriesTruth {
  const landmarks = [...ANATOMY_LANDMARKS, ...lesionLandmarks(state)];
  return {
    id: plan.seriesKey,
    SeriesInstanceUID: seriesUid(plan.studyKey, plan.seriesKey),
    SeriesDescription: String(plan.attributes.SeriesDescription),
    phase: plan.phase,
    modality: plan.modality,
    SOPClassUID: String(plan.attributes.SOPClassUID),
    transferSyntaxUID: TRANSFER_SYNTAX_UID[plan.transferSyntax],
    sliceCount: plan.multiFrame ? 1 : plan.zPositionsMm.length,
    numberOfFrames: plan.multiFrame ? plan.zPositionsMm.length : null,
    rows: plan.grid.rows,
    columns: plan.grid.columns,
    pixelSpacingMm: [plan.grid.rowSpacingMm, plan.grid.columnSpacingMm],
    sliceSpacingMm: plan.sliceSpacingMm,
    folder: plan.folder,
    valueUnit: plan.modality === 'CT' ? 'HU' : 'MR signal',
    noiseSigma: plan.noiseSigma,
    namedVoxels: landmarks.flatMap(({ name, pointMm }) => namedVoxel(plan, name, pointMm) ?? []),
  };
}

function studyTruth(plans: SeriesPlan[], key: string, info: Omit<StudyTruth, 'StudyInstanceUID' | 'FrameOfReferenceUID' | 'series'>): StudyTruth {
  return {
    ...info,
    StudyInstanceUID: studyUid(key),
    FrameOfReferenceUID: frameOfReferenceUid(key),
    series: plans.filter((plan) => plan.studyKey === key).map((plan) => seriesTruth(plan, info.anatomyState)),
  };
}

function lesionTimepoint(plans: SeriesPlan[], lesion: LesionSpec, timepoint: TimepointId): LesionTimepointTruth {
  const study = CT_STUDIES.find((s) => s.timepoint === timepoint);
  const art = plans.find((plan) => plan.studyKey === study?.id && plan.seriesKey === 'ART');
  const geometry = lesionGeometry(lesion, timepoint);
  if (!study || !art) throw new Error(`no CT arterial series for ${timepoint}`);
  if (!geometry) {
    return { timepoint, studyId: study.id, present: false, centreMm: null, viableEndpointsMm: null, viableLongestDiameterMm: 0, viableSlice: null, wholeEndpointsMm: null, longestDiameterMm: 0, wholeSlice: null };
  }
  const shift = study.tableShiftMm;
  const endpoints = (d: Diameter): [Vec3, Vec3] => [toPatient(d.endpointsMm[0], shift), toPatient(d.endpointsMm[1], shift)];
  const slice = (d: Diameter): SliceRef => {
    const index = sliceIndexAt(art, d.endpointsMm[0][2]);
    if (index < 0) throw new Error(`${lesion.id} ${timepoint}: diameter not in an ART slice plane`);
    return sliceRef(art, index);
  };
  return {
    timepoint, studyId: study.id, present: true, centreMm: toPatient(geometry.centreMm, shift),
    viableEndpointsMm: geometry.viable && endpoints(geometry.viable),
    viableLongestDiameterMm: geometry.viable?.lengthMm ?? 0,
    viableSlice: geometry.viable && slice(geometry.viable),
    wholeEndpointsMm: endpoints(geometry.whole),
    longestDiameterMm: geometry.whole.lengthMm,
    wholeSlice: slice(geometry.whole),
  };
}

export function buildGroundTruth(plans: SeriesPlan[]): GroundTruth {
  const timepoints: TimepointId[] = ['BL', 'FU1', 'FU2'];
  return {
    schemaVersion: 1,
    generator: 'scripts/generate-test-data.ts',
    coordinateSystem: 'DICOM patient LPS, mm (+x patient left, +y posterior, +z superior); sliceIndex is 0-based in InstanceNumber order (frame index for multi-frame)',
    patient: PATIENT,
    studies: [
      ...CT_STUDIES.map((s) => studyTruth(plans, s.id, {
        id: s.id, timepoint: s.timepoint, anatomyState: s.timepoint, StudyDate: s.date, StudyDescription: CT_STUDY_DESCRIPTION, tableShiftMm: s.tableShiftMm, folder: s.folder,
      })),
      studyTruth(plans, MR_STUDY.id, {
        id: MR_STUDY.id, timepoint: null, anatomyState: MR_STUDY.anatomyState, StudyDate: MR_STUDY.date, StudyDescription: MR_STUDY.description, tableShiftMm: MR_STUDY.tableShiftMm, folder: MR_STUDY.folder,
      }),
      studyTruth(plans, CBCT_STUDY.id, {
        id: CBCT_STUDY.id, timepoint: null, anatomyState: CBCT_STUDY.anatomyState, StudyDate: CBCT_STUDY.date, StudyDescription: CBCT_STUDY.description, tableShiftMm: CBCT_STUDY.tableShiftMm, folder: CBCT_STUDY.folder,
      }),
    ],
    lesions: LESIONS.map((lesion) => ({
      id: lesion.id, role: lesion.role, organ: lesion.organ, segment: lesion.segment,
      timepoints: timepoints.map((tp) => lesionTimepoint(plans, lesion, tp)),
    })),
    expectedResponses: EXPECTED_RESPONSES,
  };
}
