import { describe, expect, it } from 'vitest';
import { messageText } from '../../text/index.ts';
import { message } from '../messages.ts';
import { linkTimepoints, planTimepoints, timepointLabels, timepointPlaces, type StudySummary } from './planTimepoints.ts';

const study = (uid: string, date: string | undefined, description = 'CT ABDOMEN', modalities = ['CT']): StudySummary => ({
  studyInstanceUid: uid,
  date,
  description,
  modalities,
});

// The synthetic demo: baseline CT, cone-beam CT during TACE, two follow-up CTs and an MRI the day after FU1.
const DEMO = [
  study('mr', '2026-02-24', 'MR LIVER', ['MR']),
  study('bl', '2026-01-12'),
  study('cbct', '2026-01-20', 'ANGIO TACE'),
  study('fu1', '2026-02-23'),
  study('fu2', '2026-04-20'),
];

describe('planTimepoints', () => {
  it('makes one timepoint per visit, sorted by date, with reasons for what it leaves out', () => {
    const { timepoints, excluded } = planTimepoints(DEMO);
    expect(timepoints).toEqual([
      { id: '2026-01-12', date: '2026-01-12', studyInstanceUid: 'bl' },
      { id: '2026-02-23', date: '2026-02-23', studyInstanceUid: 'fu1' },
      { id: '2026-04-20', date: '2026-04-20', studyInstanceUid: 'fu2' },
    ]);
    expect(excluded).toEqual([
      { studyInstanceUid: 'cbct', reason: message('study-intra-procedural', { evidence: { kind: 'description', term: 'ANGIO' } }) },
      { studyInstanceUid: 'mr', reason: message('study-same-visit', { withinDays: 7, visitDate: '2026-02-23' }) },
    ]);
    expect(excluded.map((e) => messageText(e.reason))).toEqual([
      'intra-procedural imaging (angiography / cone-beam CT): the description says “ANGIO”',
      'within 7 days of the study of 2026-02-23 (same visit)',
    ]);
  });

  it('follows the reader: a forced study is included, a refused one left out', () => {
    const { timepoints, excluded } = planTimepoints(DEMO, { forceIncluded: ['mr'], forceExcluded: ['fu2'] });
    expect(timepoints.map((t) => t.studyInstanceUid)).toEqual(['bl', 'fu1', 'mr']);
    expect(excluded).toContainEqual({ studyInstanceUid: 'fu2', reason: message('study-left-out-by-reader', {}) });
  });

  it('never gives two timepoints the same date, and needs a date', () => {
    const { timepoints, excluded } = planTimepoints([study('a', '2026-01-12'), study('b', '2026-01-12'), study('c', undefined)], {
      forceIncluded: ['b'],
    });
    expect(timepoints.map((t) => t.studyInstanceUid)).toEqual(['a']);
    expect(excluded.map((e) => messageText(e.reason))).toEqual([
      'the study has no date',
      'another study of 2026-01-12 is already a timepoint (one timepoint per date)',
    ]);
  });

  it('treats XA studies as intra-procedural whatever their description', () => {
    expect(planTimepoints([study('x', '2026-01-12', 'LIVER', ['XA'])]).timepoints).toEqual([]);
  });

  it('makes a diagnostic CT "POST TACE" a follow-up with a response, not intra-procedural imaging (issue 9.1)', () => {
    const studies = [study('bl', '2026-01-12', 'CT LIVER'), study('cbct', '2026-01-20', 'CBCT TACE'), study('fu', '2026-03-02', 'CT LIVER POST TACE')];
    const { timepoints, excluded } = planTimepoints(studies);
    expect(timepoints.map((t) => t.studyInstanceUid)).toEqual(['bl', 'fu']);
    expect(excluded.map((e) => e.studyInstanceUid)).toEqual(['cbct']);
  });

  it('keeps a study exactly 7 days after the previous one', () => {
    expect(planTimepoints([study('a', '2026-01-01'), study('b', '2026-01-08')]).timepoints).toHaveLength(2);
  });
});

describe('timepointLabels', () => {
  const timepoints = planTimepoints(DEMO).timepoints;
  it('labels the earliest as baseline and numbers follow-ups with days since baseline', () => {
    expect(timepointLabels(timepoints, undefined)).toEqual({
      '2026-01-12': 'Baseline',
      '2026-02-23': 'FU1 +42 d',
      '2026-04-20': 'FU2 +98 d',
    });
  });
  it('gives each label as data (place, follow-up number, days) for the UI to word in its language', () => {
    expect(timepointPlaces(timepoints, '2026-02-23')).toEqual({
      '2026-01-12': { kind: 'prior', days: 42 },
      '2026-02-23': { kind: 'baseline' },
      '2026-04-20': { kind: 'follow-up', number: 1, days: 56 },
    });
  });
  it('labels timepoints before a chosen baseline as priors', () => {
    expect(timepointLabels(timepoints, '2026-02-23')).toEqual({
      '2026-01-12': 'Prior \u221242 d',
      '2026-02-23': 'Baseline',
      '2026-04-20': 'FU1 +56 d',
    });
  });
});

describe('linkTimepoints', () => {
  const planned = planTimepoints(DEMO).timepoints;

  it('keeps existing ids, links them to the open study of their date and adds new visits', () => {
    const imported = [
      { id: 'BL', date: '2026-01-12', label: 'before TACE' },
      { id: 'FU1', date: '2026-02-23', studyInstanceUid: 'elsewhere' },
    ];
    expect(linkTimepoints(imported, planned)).toEqual([
      { id: 'BL', date: '2026-01-12', label: 'before TACE', studyInstanceUid: 'bl' },
      { id: 'FU1', date: '2026-02-23', studyInstanceUid: 'elsewhere' },
      { id: '2026-04-20', date: '2026-04-20', studyInstanceUid: 'fu2' },
    ]);
  });

  it('keeps timepoints whose study is not open', () => {
    expect(linkTimepoints([{ id: 'X', date: '2025-12-01' }], [])).toEqual([{ id: 'X', date: '2025-12-01' }]);
  });
});
