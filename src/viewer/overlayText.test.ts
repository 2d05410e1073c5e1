import { describe, expect, it } from 'vitest';
import { formatReadout, formatSeries } from './overlayText';

describe('overlay text', () => {
  it('adds the phase to the series unless the description already names it', () => {
    expect(formatSeries('ART 2.5mm', 'arterial')).toBe('ART 2.5mm · arterial');
    expect(formatSeries('Portal venous 5mm', 'portal venous')).toBe('Portal venous 5mm');
    expect(formatSeries('NC 5mm', '')).toBe('NC 5mm');
    expect(formatSeries('ART 2.5mm', '动脉期')).toBe('ART 2.5mm · 动脉期');
  });

  it('formats the cursor readout for CT and MR', () => {
    const at = { pixel: { column: 80, row: 50 }, worldMm: [14, -20, 10.25] as const };
    expect(formatReadout({ ...at, value: 333, unit: 'HU' })).toBe('(80, 50) · (14.0, -20.0, 10.3) mm · 333 HU');
    expect(formatReadout({ ...at, value: 812, unit: '' })).toBe('(80, 50) · (14.0, -20.0, 10.3) mm · 812');
    expect(formatReadout({ ...at, value: -12.345, unit: 'HU' })).toBe('(80, 50) · (14.0, -20.0, 10.3) mm · -12.3 HU');
  });
});
