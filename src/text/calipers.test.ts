import { describe, expect, it } from 'vitest';
import { caliperLabelText, projectedCaliperText } from './index.ts';

describe('caliper labels on the image', () => {
  it('name the lesion, the kind and the value', () => {
    expect(caliperLabelText('T1', 'viable', [13.84], 'mm')).toBe('T1 viable 13.8 mm');
    expect(caliperLabelText('T1', 'whole', [42.1], 'mm')).toBe('T1 whole 42.1 mm');
    expect(caliperLabelText('N2', 'short-axis', [9], 'mm')).toBe('N2 short axis 9.0 mm');
  });

  it('give both diameters of an EASL caliper', () => {
    expect(caliperLabelText('T2', 'viable-bidirectional', [42, 30.04], 'mm')).toBe('T2 EASL 42.0 × 30.0 mm');
  });

  it('keep the unit the image gives (pixels when uncalibrated) and leave out a lesion not yet filed', () => {
    expect(caliperLabelText(undefined, 'viable', [120], 'px')).toBe('viable 120.0 px');
  });
});

describe('calipers projected from another series', () => {
  it('name the lesion, the kind and the phase drawn on, with no value', () => {
    expect(projectedCaliperText('T1', 'viable', 'arterial')).toBe('T1 viable (arterial)');
    expect(projectedCaliperText('T2', 'viable-bidirectional', 'portal-venous')).toBe('T2 EASL (portal venous)');
    expect(projectedCaliperText('T3', 'whole', ' ')).toBe('T3 whole');
  });
});
