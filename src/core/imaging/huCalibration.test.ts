import { describe, expect, it } from 'vitest';
import { huCalibration } from './huCalibration.ts';

describe('huCalibration', () => {
  it('accepts diagnostic CT', () => {
    expect(huCalibration({ modality: 'CT', seriesDescription: 'ART 2.5mm', studyDescription: 'CT ABDOMEN LIVER 3-PHASE' })).toEqual({ calibrated: true });
  });

  it('refuses MR and other modalities, naming them', () => {
    expect(huCalibration({ modality: 'MR', seriesDescription: 'T1 VIBE ART', studyDescription: 'MR LIVER' })).toEqual({ calibrated: false, reason: 'not-ct', modality: 'MR' });
    expect(huCalibration({ modality: '', seriesDescription: '', studyDescription: '' })).toMatchObject({ reason: 'not-ct', modality: 'unknown' });
  });

  it.each([
    ['CBCT ART', 'ANGIO TACE'],
    ['Dyna CT liver', ''],
    ['', 'XperCT during TACE'],
    ['cone-beam CT', ''],
  ])('refuses cone-beam CT stored as CT (series %j, study %j)', (seriesDescription, studyDescription) => {
    expect(huCalibration({ modality: 'CT', seriesDescription, studyDescription })).toMatchObject({ calibrated: false, reason: 'cone-beam-ct' });
  });
});
