import { describe, expect, it } from 'vitest';
import { directionLabel, orientationLabels } from './orientationMarkers';

describe('orientationLabels', () => {
  it.each([
    ['axial', [1, 0, 0], [0, 1, 0], { left: 'R', right: 'L', top: 'A', bottom: 'P' }],
    ['coronal', [1, 0, 0], [0, 0, -1], { left: 'R', right: 'L', top: 'H', bottom: 'F' }],
    ['sagittal', [0, 1, 0], [0, 0, -1], { left: 'A', right: 'P', top: 'H', bottom: 'F' }],
    ['axial, feet-first prone', [-1, 0, 0], [0, -1, 0], { left: 'L', right: 'R', top: 'P', bottom: 'A' }],
  ] as const)('%s', (_name, row, column, expected) => {
    expect(orientationLabels(row, column)).toEqual(expected);
  });

  it('names oblique directions dominant axis first and ignores small tilts', () => {
    const s = Math.SQRT1_2;
    expect(directionLabel([s, 0, -s * 1.01])).toBe('FL');
    expect(directionLabel([0.98, 0.2, 0])).toBe('L');
    expect(directionLabel([0.9, -0.43, 0])).toBe('LA');
  });
});

