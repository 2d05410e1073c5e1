import { describe, expect, it } from 'vitest';
import { declaresPlaneGeometry, pixelToWorld, readoutValue, slicePosition, worldToPixel, type PlaneGeometry } from './pixelGeometry';

const axial: PlaneGeometry = {
  origin: [-50, -60, 10],
  rowCosines: [1, 0, 0],
  columnCosines: [0, 1, 0],
  columnSpacingMm: 0.8,
  rowSpacingMm: 0.5,
  columns: 128,
  rows: 100,
};

describe('worldToPixel / pixelToWorld', () => {
  it('uses PixelSpacing[1] along a row and PixelSpacing[0] down a column', () => {
    expect(pixelToWorld({ column: 80, row: 50 }, axial)).toEqual([14, -35, 10]);
    expect(worldToPixel([14, -35, 10], axial)).toEqual({ column: 80, row: 50 });
  });

  it('rounds to the nearest pixel centre and projects points slightly off the plane', () => {
    expect(worldToPixel([14.39, -34.76, 11.2], axial)).toEqual({ column: 80, row: 50 });
  });

  it('returns undefined outside the image', () => {
    expect(worldToPixel([-51, -60, 10], axial)).toBeUndefined();
    expect(worldToPixel([-50, -60 + 100 * 0.5, 10], axial)).toBeUndefined();
  });

  it('handles a sagittal plane', () => {
    const sagittal: PlaneGeometry = { ...axial, origin: [3, -60, 60], rowCosines: [0, 1, 0], columnCosines: [0, 0, -1] };
    expect(worldToPixel([3, -20, 50], sagittal)).toEqual({ column: 50, row: 20 });
  });
});

describe('slicePosition', () => {
  it('reports the patient coordinate along the axis nearest the normal', () => {
    expect(slicePosition([-50, -60, 35], [1, 0, 0], [0, 1, 0])).toEqual({ axis: 'z', positionMm: 35 });
    expect(slicePosition([-3, -60, 60], [0, 1, 0], [0, 0, -1])).toEqual({ axis: 'x', positionMm: -3 });
    expect(slicePosition([0, 12, 0], [1, 0, 0], [0, 0, -1])).toEqual({ axis: 'y', positionMm: 12 });
  });
});

describe('readoutValue', () => {
  const ct = { modality: 'CT', rescaleSlope: 1, rescaleIntercept: -1024, alreadyScaled: false };
  it('applies the modality LUT to CT unless the loader did', () => {
    expect(readoutValue(1064, ct)).toEqual({ value: 40, unit: 'HU' });
    expect(readoutValue(40, { ...ct, alreadyScaled: true })).toEqual({ value: 40, unit: 'HU' });
  });
  it('shows the stored value for MR, undoing a rescale the loader applied', () => {
    expect(readoutValue(812, { modality: 'MR', rescaleSlope: 1, rescaleIntercept: 0, alreadyScaled: false })).toEqual({ value: 812, unit: '' });
    expect(readoutValue(1624, { modality: 'MR', rescaleSlope: 2, rescaleIntercept: 0, alreadyScaled: true })).toEqual({ value: 812, unit: '' });
  });
});

describe('declaresPlaneGeometry', () => {
  it('is false only for headers without any plane', () => {
    expect(declaresPlaneGeometry({ ImageOrientationPatient: [1, 0, 0, 0, 1, 0] })).toBe(true);
    expect(declaresPlaneGeometry({ SharedFunctionalGroupsSequence: [{}] })).toBe(true);
    expect(declaresPlaneGeometry({ Modality: 'OT' })).toBe(false);
    expect(declaresPlaneGeometry(undefined)).toBe(true);
  });
});
