import { describe, expect, it } from 'vitest';
import { firstNumber, voiRangeFromWindow, windowFromVoiRange, WINDOW_PRESETS } from './windowPresets';

describe('window presets', () => {
  it('holds the liver reading windows', () => {
    const byId = Object.fromEntries(WINDOW_PRESETS.map((p) => [p.id, p.window]));
    expect(byId.liver).toEqual({ windowWidth: 150, windowCenter: 90 });
    expect(byId.abdomen).toEqual({ windowWidth: 400, windowCenter: 40 });
    expect(byId.softTissue).toEqual({ windowWidth: 350, windowCenter: 50 });
    expect(byId.bone).toEqual({ windowWidth: 1800, windowCenter: 400 });
    expect(byId.lung).toEqual({ windowWidth: 1500, windowCenter: -600 });
    expect(byId.header).toBeUndefined();
  });

  it('round-trips every preset through the DICOM linear VOI range', () => {
    for (const { window } of WINDOW_PRESETS) {
      if (window) expect(windowFromVoiRange(voiRangeFromWindow(window))).toEqual(window);
    }
    expect(voiRangeFromWindow({ windowWidth: 400, windowCenter: 40 })).toEqual({ lower: -160, upper: 239 });
  });

  it('reads the first of several header windows', () => {
    expect(firstNumber([40, 400])).toBe(40);
    expect(firstNumber('90')).toBe(90);
    expect(firstNumber(undefined)).toBeUndefined();
    expect(firstNumber('abc')).toBeUndefined();
  });
});
