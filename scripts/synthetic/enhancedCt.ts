// The intra-procedural cone-beam CT, stored as one multi-frame Enhanced CT Image
// (PS3.3 A.38): shared Pixel Measures / Plane Orientation / Pixel Value
// Transformation groups and a Plane Position and Frame Content item per frame.
// It is marked DERIVED (reconstructed from a rotational run), which makes the CT
// acquisition, exposure and reconstruction macros optional (they are 1C on ORIGINAL).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { valueTable } from './anatomy.ts';
import { AXIAL_ORIENTATION, commonAttributes, dsVector, instanceUid, pixelAttributes, SOP_CLASS, type StudyInfo } from './datasets.ts';
import { CBCT_STUDY } from './description.ts';
import { ds, writePart10, type NaturalDataset } from './dicomWriter.ts';
import { CT_RESCALE_INTERCEPT, gridAround, MAX_STORED_12_BIT, sceneAt, sliceHeights, type SeriesPlan } from './plans.ts';
import { createNoise, seedFromName } from './random.ts';
import { createLabelCache, toStoredPixels } from './render.ts';
import { instanceFileName, slicePositionMm, type WrittenFile } from './singleFrameSeries.ts';
import { uidFromName } from './uids.ts';

const FRAME_TYPE = ['DERIVED', 'PRIMARY', 'VOLUME', 'NONE'];
const TAG_IMAGE_POSITION_PATIENT = 0x00200032;
const TAG_PLANE_POSITION_SEQUENCE = 0x00209113;

/** Attributes of the single-frame modules that the Enhanced CT IOD moves into functional groups. */
const MOVED_TO_FUNCTIONAL_GROUPS = ['AcquisitionDate', 'AcquisitionTime', 'PixelSpacing', 'WindowCenter', 'WindowWidth'];

const without = (dataset: NaturalDataset, keys: string[]): NaturalDataset =>
  Object.fromEntries(Object.entries(dataset).filter(([key]) => !keys.includes(key)));

export function cbctSeriesPlan(): SeriesPlan {
  const { grid: g, series, tableShiftMm: shift } = CBCT_STUDY;
  const centre: [number, number] = [g.fovCentreAnatomyMm[0] + shift[0], g.fovCentreAnatomyMm[1] + shift[1]];
  const grid = gridAround(g.rows, g.columns, g.pixelSpacingMm, g.pixelSpacingMm, centre, shift);
  const shapes = sceneAt(CBCT_STUDY.anatomyState);
  const study: StudyInfo = { key: CBCT_STUDY.id, date: CBCT_STUDY.date, time: CBCT_STUDY.time, description: CBCT_STUDY.description, studyId: 'XA1' };
  const dimensionOrganizationUid = uidFromName(`dimension-organization:${CBCT_STUDY.id}`);
  return {
    studyKey: CBCT_STUDY.id, seriesKey: 'CBCT', folder: `${CBCT_STUDY.folder}/${series.folder}`,
    grid, zPositionsMm: sliceHeights(g.zTopMm, g.frameCount, g.sliceSpacingMm), tableShiftMm: shift,
    multiFrame: true, labelsAt: createLabelCache(grid, shapes), shapes, contrast: 'ct-arterial', noiseSigma: CBCT_STUDY.noiseSigma,
    phase: 'arterial', modality: 'CT', sliceSpacingMm: g.sliceSpacingMm,
    mapping: {
      values: valueTable('ct-arterial'), noise: createNoise(seedFromName('ANGIO/CBCT'), CBCT_STUDY.noiseSigma),
      rescaleIntercept: CT_RESCALE_INTERCEPT, maxStored: MAX_STORED_12_BIT,
    },
    transferSyntax: 'explicit-little-endian',
    attributes: without({
      // Contrast goes in through the hepatic artery catheter, but the Enhanced Contrast/Bolus module is left
      // out: it needs coded agent and route sequences that nothing in the viewer reads.
      ...commonAttributes(study, { key: 'CBCT', modality: 'CT', number: series.seriesNumber, description: series.description, acquisitionTime: series.acquisitionTime }, null),
      SOPClassUID: SOP_CLASS.enhancedCt,
      ImageType: FRAME_TYPE,
      ContentQualification: 'PRODUCT',
      DeviceSerialNumber: 'SYN-0001',
      AcquisitionDateTime: `${CBCT_STUDY.date}${series.acquisitionTime}`,
      AcquisitionDuration: 5,
      ...pixelAttributes({ rows: g.rows, columns: g.columns, pixelSpacingMm: [g.pixelSpacingMm, g.pixelSpacingMm], bitsStored: 12, window: [100, 700] }),
      PixelPresentation: 'MONOCHROME',
      VolumetricProperties: 'VOLUME',
      VolumeBasedCalculationTechnique: 'NONE',
      PresentationLUTShape: 'IDENTITY',
      LossyImageCompression: '00',
      BurnedInAnnotation: 'NO',
      AcquisitionContextSequence: [],
      DimensionOrganizationType: '3D',
      DimensionOrganizationSequence: [{ DimensionOrganizationUID: dimensionOrganizationUid }],
      DimensionIndexSequence: [{
        DimensionOrganizationUID: dimensionOrganizationUid,
        DimensionIndexPointer: TAG_IMAGE_POSITION_PATIENT,
        FunctionalGroupPointer: TAG_PLANE_POSITION_SEQUENCE,
        DimensionDescriptionLabel: 'Position',
      }],
      NumberOfFrames: g.frameCount,
      SharedFunctionalGroupsSequence: [{
        PixelMeasuresSequence: [{ PixelSpacing: [ds(g.pixelSpacingMm), ds(g.pixelSpacingMm)], SliceThickness: ds(g.sliceSpacingMm) }],
        PlaneOrientationSequence: [{ ImageOrientationPatient: AXIAL_ORIENTATION }],
        PixelValueTransformationSequence: [{ RescaleIntercept: ds(CT_RESCALE_INTERCEPT), RescaleSlope: '1', RescaleType: 'HU' }],
        FrameVOILUTSequence: [{ WindowCenter: '100', WindowWidth: '700' }],
        FrameAnatomySequence: [{
          AnatomicRegionSequence: [{ CodeValue: '10200004', CodingSchemeDesignator: 'SCT', CodeMeaning: 'Liver' }],
          FrameLaterality: 'U',
        }],
        IrradiationEventIdentificationSequence: [{ IrradiationEventUID: uidFromName(`irradiation:${CBCT_STUDY.id}`) }],
        CTImageFrameTypeSequence: [{
          FrameType: FRAME_TYPE, PixelPresentation: 'MONOCHROME', VolumetricProperties: 'VOLUME', VolumeBasedCalculationTechnique: 'NONE',
        }],
      }],
    }, MOVED_TO_FUNCTIONAL_GROUPS),
  };
}

/** Render every frame and write the single multi-frame instance (IM0001.dcm). */
export function writeEnhancedCtSeries(plan: SeriesPlan, outDir: string): WrittenFile[] {
  const { rows, columns } = plan.grid;
  const frameLength = rows * columns;
  const pixels = new Uint16Array(frameLength * plan.zPositionsMm.length);
  plan.zPositionsMm.forEach((zMm, frame) => pixels.set(toStoredPixels(plan.labelsAt(zMm), plan.mapping), frame * frameLength));
  const dataset = {
    ...plan.attributes,
    SOPInstanceUID: instanceUid(plan.studyKey, plan.seriesKey, 1),
    InstanceNumber: 1,
    PerFrameFunctionalGroupsSequence: plan.zPositionsMm.map((zMm, frame) => ({
      FrameContentSequence: [{ FrameAcquisitionNumber: 1, DimensionIndexValues: [frame + 1] }],
      PlanePositionSequence: [{ ImagePositionPatient: dsVector(slicePositionMm(plan.grid, zMm, plan.tableShiftMm)) }],
    })),
    PixelData: [pixels.buffer],
  };
  mkdirSync(path.join(outDir, plan.folder), { recursive: true });
  const relativePath = `${plan.folder}/${instanceFileName(0)}`;
  const bytes = writePart10(dataset, 'explicit-little-endian');
  writeFileSync(path.join(outDir, relativePath), bytes);
  return [{ path: relativePath, bytes: bytes.byteLength }];
}
