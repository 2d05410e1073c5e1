import { describe, expect, it } from 'vitest';
import { DEFAULT_LIPIODOL_THRESHOLD_HU, lipiodolMask, parseThresholdHu } from './lipiodolMask.ts';
import { toHounsfield } from './hounsfield.ts';

// Stored values as the synthetic CT writes them: HU + 1024 (RescaleIntercept −1024).
const STORED = { rescaleSlope: 1, rescaleIntercept: -1024, alreadyScaled: false };
const stored = (...hu: number[]) => Uint16Array.from(hu, (h) => h + 1024);

describe('toHounsfield', () => {
  it('applies slope and intercept to stored values, and leaves pre-scaled values alone', () => {
    expect(toHounsfield(1474, STORED)).toBe(450);
    expect(toHounsfield(100, { rescaleSlope: 2, rescaleIntercept: -1000, alreadyScaled: false })).toBe(-800);
    expect(toHounsfield(450, { ...STORED, alreadyScaled: true })).toBe(450);
  });
});

describe('lipiodolMask', () => {
  it('marks lipiodol (450 HU) and bone, not enhancing tumour (130 HU), liver or necrosis, at the default 300 HU', () => {
    // lipiodol, viable arterial, liver, necrosis, cortical bone, exactly the threshold, one below
    const { mask, markedCount } = lipiodolMask(stored(450, 130, 75, 25, 800, 300, 299), STORED, DEFAULT_LIPIODOL_THRESHOLD_HU);
    expect([...mask]).toEqual([1, 0, 0, 0, 1, 1, 0]);
    expect(markedCount).toBe(3);
  });

  it('thresholds in HU whether or not the loader already rescaled, and follows the reader’s threshold', () => {
    const hu = Int16Array.from([450, 130, 600]);
    expect([...lipiodolMask(hu, { ...STORED, alreadyScaled: true }, 300).mask]).toEqual([1, 0, 1]);
    expect([...lipiodolMask(stored(450, 130, 600), STORED, 500).mask]).toEqual([0, 0, 1]);
  });

  it('reuses a target of the right length and allocates a new one otherwise', () => {
    const target = new Uint8Array(3).fill(1);
    expect(lipiodolMask(stored(0, 400, 0), STORED, 300, target).mask).toBe(target);
    expect([...target]).toEqual([0, 1, 0]);
    expect(lipiodolMask(stored(0, 400), STORED, 300, target).mask).not.toBe(target);
  });
});

describe('parseThresholdHu', () => {
  it('accepts whole and decimal HU within ±3000, rounded, and refuses anything else', () => {
    expect(parseThresholdHu(' 250 ')).toBe(250);
    expect(parseThresholdHu('-100.4')).toBe(-100);
    for (const bad of ['', 'abc', '1e9', 'NaN', '4000']) expect(parseThresholdHu(bad)).toBeUndefined();
  });
});
