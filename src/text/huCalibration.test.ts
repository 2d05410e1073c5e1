import { describe, expect, it } from 'vitest';
import { huCalibration } from '../core/index.ts';
import { huCalibrationText } from './huCalibration.ts';

const MR = huCalibration({ modality: 'MR', seriesDescription: '', studyDescription: '' });
const CBCT = huCalibration({ modality: 'CT', seriesDescription: 'CBCT ART', studyDescription: '' });

describe('huCalibrationText', () => {
  it('says nothing for diagnostic CT and why not for MR and cone-beam CT', () => {
    expect(huCalibrationText({ calibrated: true }, 'en')).toBe('');
    expect(huCalibrationText(MR, 'en')).toBe('MR values are not Hounsfield units: the lipiodol threshold needs CT');
    expect(huCalibrationText(CBCT, 'en')).toBe('cone-beam CT ("CBCT") has no reliable Hounsfield units: read lipiodol on the diagnostic CT');
  });

  it('says it in 简体中文, keeping the modality and the series term', () => {
    expect(huCalibrationText({ calibrated: true }, 'zh-CN')).toBe('');
    expect(huCalibrationText(MR, 'zh-CN')).toBe('MR 的像素值不是 CT 值（HU）：碘油阈值需要 CT');
    expect(huCalibrationText(CBCT, 'zh-CN')).toBe('锥形束 CT（“CBCT”）没有可靠的 CT 值（HU）：请在诊断 CT 上判读碘油');
  });
});
