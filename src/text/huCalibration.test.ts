import { describe, expect, it } from 'vitest';
import { huCalibration } from '../core/index.ts';
import { huCalibrationText } from './huCalibration.ts';

describe('huCalibrationText', () => {
  it('says nothing for diagnostic CT and why not for MR and cone-beam CT', () => {
    expect(huCalibrationText({ calibrated: true })).toBe('');
    expect(huCalibrationText(huCalibration({ modality: 'MR', seriesDescription: '', studyDescription: '' }))).toBe(
      'MR values are not Hounsfield units: the lipiodol threshold needs CT',
    );
    expect(huCalibrationText(huCalibration({ modality: 'CT', seriesDescription: 'CBCT ART', studyDescription: '' }))).toBe(
      'cone-beam CT ("CBCT") has no reliable Hounsfield units: read lipiodol on the diagnostic CT',
    );
  });
});
