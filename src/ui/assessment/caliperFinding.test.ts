import { describe, expect, it } from 'vitest';
import { caliper, sampleAssessment } from '../../io/testing/fixtures';
import { caliperFinding } from './caliperFinding';

const assessment = sampleAssessment();
const t1 = () => {
  const lesion = assessment.lesions.find((l) => l.id === 'T1')!;
  // The reader typed diameters before drawing: the calipers' values win where they exist.
  return { ...lesion, findings: { BL: { viableLongestDiameterMm: 30, longestDiameterMm: 45 } } };
};

describe('caliperFinding', () => {
  it('gives the fields the calipers fill, not the typed ones', () => {
    expect(caliperFinding(assessment, t1(), 'BL', [caliper('v', 'T1', 'BL', 42)])).toEqual({ viableLongestDiameterMm: 42 });
  });

  it('gives the whole-lesion diameter of a whole caliper', () => {
    expect(caliperFinding(assessment, t1(), 'BL', [caliper('w', 'T1', 'BL', 51, { kind: 'whole' })])).toEqual({ longestDiameterMm: 51 });
  });

  it('gives nothing for a caliper without pixel spacing (it feeds no sum) or without calipers', () => {
    expect(caliperFinding(assessment, t1(), 'BL', [caliper('p', 'T1', 'BL', 42, { calibrated: false })])).toEqual({});
    expect(caliperFinding(assessment, t1(), 'BL', [])).toEqual({});
  });
});
