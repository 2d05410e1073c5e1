import { describe, expect, it } from 'vitest';
import type { Measurement, MeasurementNote } from '../../core';
import { cellCalipers } from './cellCalipers';

function caliper(id: string, lengthMm: number, extra: Partial<Measurement> = {}): Measurement {
  return {
    id,
    lesionId: 'T1',
    timepointId: 'FU1',
    kind: 'viable',
    pointsMm: [[0, 0, 0], [lengthMm, 0, 0]],
    image: { studyInstanceUid: 's', seriesInstanceUid: 'se', sopInstanceUid: 'i', frameIndex: 0, phase: 'arterial', calibrated: true },
    ...extra,
  };
}

describe('cellCalipers', () => {
  it('lists the fragments of a split lesion, the main caliper first', () => {
    expect(cellCalipers([caliper('b', 7, { fragment: true }), caliper('a', 21)], [])).toEqual({ fragmentsMm: { viable: [21, 7] } });
    expect(cellCalipers([caliper('a', 21), caliper('w', 40, { kind: 'whole' })], [])).toEqual({});
  });

  it('counts calipers the engine did not use, and leaves them out of the fragments', () => {
    const notes: MeasurementNote[] = [
      { measurementId: 'a', lesionId: 'T1', timepointId: 'FU1', counted: false, code: 'several-calipers', kind: 'viable', count: 2 },
      { measurementId: 'b', lesionId: 'T1', timepointId: 'FU1', counted: false, code: 'several-calipers', kind: 'viable', count: 2 },
      { measurementId: 'c', lesionId: 'T1', timepointId: 'FU1', counted: true, code: 'phase-unknown', criteria: 'mRECIST' },
    ];
    expect(cellCalipers([caliper('a', 21), caliper('b', 7), caliper('c', 5, { kind: 'whole' })], notes)).toEqual({ notCounted: 2 });
  });
});
