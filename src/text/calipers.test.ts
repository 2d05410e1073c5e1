import { describe, expect, it } from 'vitest';
import { caliperLabelText, projectedCaliperText } from './index.ts';

describe('caliper labels on the image', () => {
  it('name the lesion, the kind and the value', () => {
    expect(caliperLabelText('en', 'T1', 'viable', [13.84], 'mm')).toBe('T1 viable 13.8 mm');
    expect(caliperLabelText('en', 'T1', 'whole', [42.1], 'mm')).toBe('T1 whole 42.1 mm');
    expect(caliperLabelText('en', 'N2', 'short-axis', [9], 'mm')).toBe('N2 short axis 9.0 mm');
  });

  it('give both diameters of an EASL caliper', () => {
    expect(caliperLabelText('en', 'T2', 'viable-bidirectional', [42, 30.04], 'mm')).toBe('T2 EASL 42.0 × 30.0 mm');
  });

  it('keep the unit the image gives (pixels when uncalibrated) and leave out a lesion not yet filed', () => {
    expect(caliperLabelText('en', undefined, 'viable', [120], 'px')).toBe('viable 120.0 px');
  });

  it('use the words of 简体中文 with the same numbers and units', () => {
    expect(caliperLabelText('zh-CN', 'T1', 'viable', [13.84], 'mm')).toBe('T1 存活 13.8 mm');
    expect(caliperLabelText('zh-CN', 'T1', 'whole', [42.1], 'mm')).toBe('T1 全瘤 42.1 mm');
    expect(caliperLabelText('zh-CN', 'N2', 'short-axis', [9], 'mm')).toBe('N2 短径 9.0 mm');
    expect(caliperLabelText('zh-CN', 'T2', 'viable-bidirectional', [42, 30.04], 'mm')).toBe('T2 EASL 42.0 × 30.0 mm');
  });
});

describe('calipers projected from another series', () => {
  it('name the lesion, the kind and the phase drawn on, with no value', () => {
    expect(projectedCaliperText('en', 'T1', 'viable', 'arterial')).toBe('T1 viable (arterial)');
    expect(projectedCaliperText('en', 'T2', 'viable-bidirectional', 'portal-venous')).toBe('T2 EASL (portal venous)');
    expect(projectedCaliperText('en', 'T4', 'viable', 'arterial-subtraction')).toBe('T4 viable (arterial subtraction)');
    expect(projectedCaliperText('en', 'T3', 'whole', ' ')).toBe('T3 whole');
  });

  it('name the phase as Chinese radiologists do', () => {
    expect(projectedCaliperText('zh-CN', 'T1', 'viable', 'arterial')).toBe('T1 存活（动脉期）');
    expect(projectedCaliperText('zh-CN', 'T2', 'whole', 'portal-venous')).toBe('T2 全瘤（门静脉期）');
    expect(projectedCaliperText('zh-CN', 'T4', 'viable', 'arterial-subtraction')).toBe('T4 存活（动脉期减影）');
  });
});
