// test-data/assessments/synthetic-demo.json scores the synthetic demo studies:
// expected categories under mRECIST and RECIST 1.1 (issue 3).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAssessmentJson } from '../assessment/parseAssessment.ts';
import { problemSummary } from '../assessment/problems.ts';
import type { Assessment } from '../assessment/types.ts';
import { evaluateAssessment } from './evaluate.ts';
import { evaluationText } from '../../text/index.ts';
import { evaluationResultSchema } from './resultSchema.ts';

/** The engine's result with reasons and warnings in English, as the reader sees them. */
const evaluateInWords = (...args: Parameters<typeof evaluateAssessment>) => evaluationText(evaluateAssessment(...args));

function demo(): Assessment {
  const parsed = parseAssessmentJson(readFileSync('test-data/assessments/synthetic-demo.json', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problems.map(problemSummary).join('\n'));
  return parsed.assessment;
}

describe('synthetic demo VIABLE-DEMO-001', () => {
  it('has the agreed scenario', () => {
    const assessment = demo();
    expect(assessment.patient?.id).toBe('VIABLE-DEMO-001');
    expect(assessment.timepoints.map((t) => [t.id, t.date])).toEqual([
      ['BL', '2026-01-12'],
      ['FU1', '2026-02-23'],
      ['FU2', '2026-04-20'],
    ]);
    expect(assessment.lesions.map((l) => [l.id, l.role, l.location])).toEqual([
      ['T1', 'target', 'VIII'],
      ['T2', 'target', 'VI'],
      ['NT1', 'non-target', 'III'],
      ['N1', 'new', 'V'],
    ]);
  });

  it('mRECIST: FU1 PR (14 mm, −80%), FU2 PD (24 vs nadir 14, +71.43%, new lesion), BOR PR', () => {
    const result = evaluateInWords(demo(), { criteria: 'mRECIST' });
    expect(evaluationResultSchema.parse(result)).toEqual(result);
    expect(result.baseline).toEqual({ timepoint: 'BL', targetSum: 70 });
    const [fu1, fu2] = result.timepoints;
    expect(fu1).toMatchObject({ timepoint: 'FU1', targetSum: 14, changeFromBaselinePct: -80, targetResponse: 'PR', nonTargetResponse: 'NonCR/NonPD', newLesion: false, overallResponse: 'PR' });
    expect(fu1?.reasons).toContain('viable target sum fell 80.0% from baseline 70.0 mm to 14.0 mm (at least 30%): PR');
    expect(fu2).toMatchObject({ timepoint: 'FU2', targetSum: 24, nadirSum: 14, changeFromNadirPct: 71.43, targetResponse: 'PD', newLesion: true, overallResponse: 'PD' });
    expect(fu2?.reasons).toContain('new lesion N1 (liver, 16.0 mm, typical pattern): PD');
    expect(result.bestOverallResponse).toBe('PR');
    expect(result.warnings).toEqual([]);
  });

  it('RECIST 1.1 reads the whole-lesion diameters: FU1 SD (66, −5.71%), FU2 PD (69, new lesion), BOR SD', () => {
    const result = evaluateInWords(demo(), { criteria: 'RECIST1.1' });
    const [fu1, fu2] = result.timepoints;
    expect(result.baseline.targetSum).toBe(70);
    expect(fu1).toMatchObject({ targetSum: 66, changeFromBaselinePct: -5.71, targetResponse: 'SD', overallResponse: 'SD' });
    expect(fu2).toMatchObject({ targetSum: 69, targetResponse: 'SD', newLesion: true, overallResponse: 'PD' });
    expect(result.bestOverallResponse).toBe('SD');
  });

  it('status "absent" with an explicit whole-lesion diameter: each criteria reads its own field', () => {
    const assessment = demo();
    const t2 = assessment.lesions.find((l) => l.id === 'T2');
    if (!t2?.findings.FU1) throw new Error('T2 FU1 missing');
    t2.findings.FU1 = { status: 'absent', longestDiameterMm: 26 };
    expect(evaluateInWords(assessment, { criteria: 'mRECIST' }).timepoints[0]?.targetSum).toBe(14);
    expect(evaluateInWords(assessment, { criteria: 'RECIST1.1' }).timepoints[0]?.targetSum).toBe(66);
  });
});
