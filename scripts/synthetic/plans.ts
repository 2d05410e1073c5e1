// Turns the declarative scenario into concrete series plans: grids, slice heights,
// painted scenes and DICOM attributes for the three CT studies and the MR study.
import { ORGANS, valueTable, type Contrast } from './anatomy.ts';
import { commonAttributes, pixelAttributes, SOP_CLASS, type StudyInfo } from './datasets.ts';
import {
  BOLUS_START_TIME, CT_GRID, CT_NOISE_SIGMA_HU, CT_STUDIES, CT_STUDY_DESCRIPTION, CT_STUDY_TIME, MR_STUDY,
  type CtSeriesSpec, type CtStudySpec, type Phase, type TimepointId, type Vec3,
} from './description.ts';
import { ds } from './dicomWriter.ts';
import { lesionShapes } from './lesions.ts';
import { seedFromName, createNoise } from './random.ts';
import { createLabelCache } from './render.ts';
import type { AxialGrid, Shape } from './shapes.ts';
import type { SingleFrameSeriesPlan } from './singleFrameSeries.ts';

export interface SeriesPlan extends SingleFrameSeriesPlan {
  /** One Enhanced CT instance holding every slice as a frame, instead of one file per slice. */
  multiFrame: boolean;
  shapes: readonly Shape[];
  contrast: Contrast;
  noiseSigma: number;
  phase: Phase;
  modality: 'CT' | 'MR';
  sliceSpacingMm: number;
}

export const CT_RESCALE_INTERCEPT = -1024;
/** Largest stored value with BitsStored 12, used by every series here. */
export const MAX_STORED_12_BIT = 4095;

const CONTRAST_OF_PHASE: Record<Phase, Contrast> = {
  'non-contrast': 'ct-non-contrast',
  arterial: 'ct-arterial',
  'portal-venous': 'ct-portal-venous',
};

/** Slice heights from `topMm` downwards (superior first, as a cranio-caudal scan stores them). */
export function sliceHeights(topMm: number, count: number, spacingMm: number): number[] {
  return Array.from({ length: count }, (_, i) => topMm - i * spacingMm);
}

/**
 * An axial grid whose FOV is centred on `centrePatientMm` in patient space, expressed in anatomy
 * coordinates: the scanner's FOV stays put and the anatomy moves with the table shift.
 */
export function gridAround(
  rows: number, columns: number, rowSpacingMm: number, columnSpacingMm: number, centrePatientMm: readonly [number, number], shiftMm: Vec3,
): AxialGrid {
  return {
    rows, columns, rowSpacingMm, columnSpacingMm,
    originXMm: centrePatientMm[0] - ((columns - 1) / 2) * columnSpacingMm - shiftMm[0],
    originYMm: centrePatientMm[1] - ((rows - 1) / 2) * rowSpacingMm - shiftMm[1],
  };
}

export function sceneAt(state: TimepointId): Shape[] {
  return [...ORGANS, ...lesionShapes(state)];
}

const ctStudyInfo = (study: CtStudySpec): StudyInfo =>
  ({ key: study.id, date: study.date, time: CT_STUDY_TIME, description: CT_STUDY_DESCRIPTION, studyId: study.timepoint });

/** CT Image attributes of one series of a 3-phase study. */
export function ctSeriesAttributes(study: StudyInfo, series: CtSeriesSpec, rows: number, columns: number) {
  return {
    ...commonAttributes(
      study,
      { key: series.id, modality: 'CT', number: series.seriesNumber, description: series.description, acquisitionTime: series.acquisitionTime },
      series.contrastAgent ? { agent: series.contrastAgent, route: 'IV', volumeMl: 100, startTime: BOLUS_START_TIME } : null,
    ),
    SOPClassUID: SOP_CLASS.ct,
    ImageType: ['ORIGINAL', 'PRIMARY', 'AXIAL'],
    SliceThickness: ds(series.sliceSpacingMm),
    KVP: '120',
    ...pixelAttributes({ rows, columns, pixelSpacingMm: [CT_GRID.pixelSpacingMm, CT_GRID.pixelSpacingMm], bitsStored: 12, window: [40, 400] }),
    RescaleIntercept: ds(CT_RESCALE_INTERCEPT),
    RescaleSlope: '1',
    RescaleType: 'HU',
  };
}

export function ctSeriesPlans(): SeriesPlan[] {
  return CT_STUDIES.flatMap((study) => {
    const { rows, columns, pixelSpacingMm, zTopMm, zBottomMm } = CT_GRID;
    const grid = gridAround(rows, columns, pixelSpacingMm, pixelSpacingMm, [0, 0], study.tableShiftMm);
    const shapes = sceneAt(study.timepoint);
    const labelsAt = createLabelCache(grid, shapes); // shared by the three phases
    return study.series.map((series): SeriesPlan => {
      const contrast = CONTRAST_OF_PHASE[series.phase];
      const count = Math.round((zTopMm - zBottomMm) / series.sliceSpacingMm) + 1;
      return {
        studyKey: study.id, seriesKey: series.id, folder: `${study.folder}/${series.folder}`,
        grid, zPositionsMm: sliceHeights(zTopMm, count, series.sliceSpacingMm), tableShiftMm: study.tableShiftMm,
        multiFrame: false, labelsAt, shapes, contrast, noiseSigma: CT_NOISE_SIGMA_HU, phase: series.phase, modality: 'CT',
        sliceSpacingMm: series.sliceSpacingMm,
        mapping: {
          values: valueTable(contrast), noise: createNoise(seedFromName(`${study.id}/${series.id}`), CT_NOISE_SIGMA_HU),
          rescaleIntercept: CT_RESCALE_INTERCEPT, maxStored: MAX_STORED_12_BIT,
        },
        transferSyntax: series.transferSyntax,
        attributes: ctSeriesAttributes(ctStudyInfo(study), series, rows, columns),
      };
    });
  });
}

/** The arterial T1 VIBE series, with anisotropic pixels and MR signal units (no rescale). */
export function mrSeriesPlan(): SeriesPlan {
  const { grid: g, series, tableShiftMm } = MR_STUDY;
  const grid = gridAround(g.rows, g.columns, g.rowSpacingMm, g.columnSpacingMm, [0, 0], tableShiftMm);
  const shapes = sceneAt(MR_STUDY.anatomyState);
  const study: StudyInfo = { key: MR_STUDY.id, date: MR_STUDY.date, time: MR_STUDY.time, description: MR_STUDY.description, studyId: 'MR1' };
  return {
    studyKey: MR_STUDY.id, seriesKey: 'T1_ART', folder: `${MR_STUDY.folder}/${series.folder}`,
    grid, zPositionsMm: sliceHeights(g.zTopMm, g.sliceCount, g.sliceSpacingMm), tableShiftMm,
    multiFrame: false, labelsAt: createLabelCache(grid, shapes), shapes, contrast: 'mr-arterial', noiseSigma: MR_STUDY.noiseSigma,
    phase: 'arterial', modality: 'MR', sliceSpacingMm: g.sliceSpacingMm,
    mapping: { values: valueTable('mr-arterial'), noise: createNoise(seedFromName('MR/T1_ART'), MR_STUDY.noiseSigma), rescaleIntercept: 0, maxStored: MAX_STORED_12_BIT },
    transferSyntax: 'explicit-little-endian',
    attributes: {
      ...commonAttributes(
        study,
        { key: 'T1_ART', modality: 'MR', number: series.seriesNumber, description: series.description, acquisitionTime: series.acquisitionTime },
        { agent: MR_STUDY.contrastAgent, route: 'IV', volumeMl: 10, startTime: series.bolusStartTime },
      ),
      SOPClassUID: SOP_CLASS.mr,
      ImageType: ['ORIGINAL', 'PRIMARY', 'OTHER'],
      ScanningSequence: 'GR', SequenceVariant: ['SK', 'SP', 'SS'], ScanOptions: 'FS', MRAcquisitionType: '3D',
      SequenceName: '*fl3d1', SliceThickness: ds(g.sliceSpacingMm), SpacingBetweenSlices: ds(g.sliceSpacingMm),
      RepetitionTime: '3.9', EchoTime: '1.9', EchoTrainLength: 1, FlipAngle: '9', NumberOfAverages: '1',
      ImagingFrequency: '63.6', ImagedNucleus: '1H', EchoNumbers: '1', MagneticFieldStrength: '1.5',
      ...pixelAttributes({ rows: g.rows, columns: g.columns, pixelSpacingMm: [g.rowSpacingMm, g.columnSpacingMm], bitsStored: 12, window: [500, 1200] }),
    },
  };
}
