// The English catalogue: words for the reader, never the format's field names (issue 9, point 16).
import { describe, expect, it } from 'vitest';
import { exampleAssessments } from './exampleAssessments.ts';
import { CRITERIA, evaluateAssessment, message, planTimepoints, type Assessment, type MeasuredField } from '../core';
import { evaluationText, messageText } from './index.ts';

const FIELDS: MeasuredField[] = ['viableLongestDiameterMm', 'viablePerpendicularDiameterMm', 'longestDiameterMm', 'shortAxisMm'];
/** A camelCase identifier such as `viablePerpendicularDiameterMm` or `minAbsoluteIncreaseMm`. */
const FIELD_NAME = /\b[a-z]+(?:[A-Z][a-z]+)+\b/;

/** Findings that make the engine name a missing field, a small baseline and the absolute-increase option. */
const TRICKY: Assessment = {
  format: 'tumor-response-assessment',
  version: 1,
  criteria: 'EASL',
  options: { minAbsoluteIncreaseMm: 5 },
  timepoints: [
    { id: 'BL', date: '2026-01-05' },
    { id: 'FU1', date: '2026-02-16' },
  ],
  lesions: [
    { id: 'T1', role: 'target', organ: 'liver', findings: { BL: { viableLongestDiameterMm: 8, longestDiameterMm: 8 }, FU1: { viableLongestDiameterMm: 6 } } },
    { id: 'T2', role: 'target', organ: 'lymph node', kind: 'lymph-node', findings: { BL: { shortAxisMm: 12 }, FU1: { viableLongestDiameterMm: 4 } } },
    { id: 'N1', role: 'new', organ: 'liver', findings: { FU1: { status: 'present', pattern: 'atypical' } } },
  ],
};

describe('English messages', () => {
  it('name every measured field in words', () => {
    const words = FIELDS.map((field) => messageText(message('lesion-value-missing', { lesionId: 'T1', timepointId: 'FU1', field })));
    expect(words).toEqual([
      'T1 has no viable longest diameter at FU1',
      'T1 has no viable perpendicular diameter at FU1',
      'T1 has no longest diameter at FU1',
      'T1 has no short axis at FU1',
    ]);
  });

  it('never show a field name in the reasons and warnings of any example under any criteria', () => {
    const sentences = [...exampleAssessments(), TRICKY].flatMap((assessment) =>
      CRITERIA.flatMap((criteria) => {
        const result = evaluationText(evaluateAssessment(assessment, { criteria }));
        return [...result.warnings, ...result.timepoints.flatMap((t) => t.reasons)];
      }),
    );
    expect(sentences.length).toBeGreaterThan(50);
    expect(sentences.filter((sentence) => FIELD_NAME.test(sentence))).toEqual([]);
    expect(sentences).toContain('the minimum absolute increase in mm is a diameter rule and is not applied under EASL');
    expect(sentences).toContain('T1 has no viable perpendicular diameter at FU1; T2 has no viable perpendicular diameter at FU1; with a target missing only PD could be proven, and it is not: NE');
  });

  it('keep the spec output object: the same fields, with reasons and warnings as strings', () => {
    const structured = evaluateAssessment(TRICKY, { criteria: 'mRECIST' });
    const words = evaluationText(structured);
    expect(Object.keys(words)).toEqual(Object.keys(structured));
    expect(words.timepoints[0]).toMatchObject({ ...structured.timepoints[0], reasons: expect.any(Array) });
    expect(words.warnings).toEqual([
      'target T1 measures 8.0 mm (viable longest diameter) at baseline BL, below the 10.0 mm minimum for a measurable lesion',
      'target T2 measures 12.0 mm (short axis) at baseline BL, below the 15.0 mm minimum for a measurable node',
      'FU1: new lesion N1 (liver, atypical pattern) is recorded present but does not qualify as a new lesion under mRECIST: an atypical liver lesion needs a longest diameter to show growth',
    ]);
  });

  it('say why a study is left out', () => {
    const { excluded } = planTimepoints([
      { studyInstanceUid: 'a', date: '2026-01-20', description: 'LIVER', modalities: ['XA'] },
      { studyInstanceUid: 'b', date: '2026-01-20', description: 'CT POST TACE', modalities: ['CT'] },
      { studyInstanceUid: 'c', date: '2026-01-21', description: 'LIVER', modalities: ['CT'], sopClassUids: ['1.2.840.10008.5.1.4.1.1.13.1.1'] },
    ]);
    expect(excluded.map((e) => messageText(e.reason))).toEqual([
      'intra-procedural imaging (angiography / cone-beam CT): modality XA',
      'intra-procedural imaging (angiography / cone-beam CT): it names the procedure (“TACE”) on the day of the procedure imaging of 2026-01-20',
      'intra-procedural imaging (angiography / cone-beam CT): X-ray angiography images',
    ]);
  });
});
