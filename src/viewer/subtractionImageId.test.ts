import { describe, expect, it } from 'vitest';
import { isSubtractionImageId, missingCounterpartText, parseSubtractionImageId, subtractionImageId } from './subtractionImageId';

describe('subtraction image ids', () => {
  it('round-trip their sources, including ids with their own colons and query strings', () => {
    const matched = { arterialImageId: 'dicomfile:12', nonContrastImageId: 'dicomfile:3?frame=4' };
    const id = subtractionImageId(matched);
    expect(id.startsWith('subtraction:')).toBe(true);
    expect(isSubtractionImageId(id)).toBe(true);
    expect(parseSubtractionImageId(id)).toEqual(matched);
  });

  it('carry why a slice has no counterpart', () => {
    const unmatched = { arterialImageId: 'dicomfile:7', nonContrastImageId: null, nearestMm: 7.5, toleranceMm: 2.5 };
    expect(parseSubtractionImageId(subtractionImageId(unmatched))).toEqual(unmatched);
    expect(parseSubtractionImageId(subtractionImageId({ ...unmatched, nearestMm: null }))).toEqual({ ...unmatched, nearestMm: null });
  });

  it('say why a slice without counterpart is not shown', () => {
    expect(missingCounterpartText({ arterialImageId: 'a', nonContrastImageId: null, nearestMm: 7.5, toleranceMm: 2.5 })).toBe(
      'no non-contrast slice within 2.5 mm of this arterial slice (the nearest is 7.5 mm away)',
    );
  });

  it('are not confused with other schemes', () => {
    expect(parseSubtractionImageId('dicomfile:1')).toBeUndefined();
    expect(parseSubtractionImageId('subtraction:nonContrast=x')).toBeUndefined();
  });
});
