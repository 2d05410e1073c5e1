import { beforeEach, describe, expect, it, vi } from 'vitest';
import { scanned } from '../dicom/testing/scanned';
import { createAppStore, selectIndex, type AppStore } from '../store';
import { followActivePatient } from './followActivePatient';
import { excludedStudies, openPatientAssessment, setStudyIncluded, type RestoredAssessment } from './openPatientAssessment';

/** One CT slice per study of patient P1, like a baseline, a TACE cone-beam CT and two follow-ups. */
function studyInstance(n: number, date: string, description: string) {
  return scanned(`f${n}`, {
    StudyInstanceUID: `2.25.9.${n}`,
    SeriesInstanceUID: `2.25.9.${n}.1`,
    StudyDate: date,
    StudyDescription: description,
    SeriesDescription: 'ART 2.5mm',
    PatientID: 'P1',
    PatientBirthDate: '19580314',
  });
}

const nothingSaved = async () => undefined;

/** Work saved for P1 when only its baseline was known: target T1, 30 mm, under RECIST 1.1. */
function savedBaselineWork(): RestoredAssessment {
  return {
    assessment: {
      format: 'tumor-response-assessment',
      version: 1,
      criteria: 'RECIST1.1',
      timepoints: [{ id: '2026-01-12', date: '2026-01-12', studyInstanceUid: '2.25.9.1' }],
      lesions: [{ id: 'T1', role: 'target', organ: 'liver', findings: { '2026-01-12': { longestDiameterMm: 30 } } }],
    },
    measurements: {},
    studyChoices: { forceIncluded: [], forceExcluded: [] },
  };
}
let store: AppStore;

beforeEach(() => {
  store = createAppStore();
  store.getState().scanFinished({
    instances: [
      studyInstance(1, '20260112', 'CT LIVER'),
      studyInstance(2, '20260120', 'ANGIO TACE'),
      studyInstance(3, '20260223', 'CT LIVER'),
    ],
    skipped: [],
  });
});

describe('openPatientAssessment', () => {
  it('starts an mRECIST assessment with one timepoint per visit and the patient from DICOM', async () => {
    expect(await openPatientAssessment(store, nothingSaved)).toBe(true);
    const { assessment, assessmentKey } = store.getState();
    expect(assessmentKey).toBe('P1');
    expect(assessment).toMatchObject({ criteria: 'mRECIST', patient: { id: 'P1', birthDate: '1958-03-14' }, lesions: [] });
    expect(assessment!.timepoints.map((t) => [t.id, t.studyInstanceUid])).toEqual([
      ['2026-01-12', '2.25.9.1'],
      ['2026-02-23', '2.25.9.3'],
    ]);
    expect(excludedStudies(store).get('2.25.9.2')).toMatchObject({ code: 'study-intra-procedural' });
  });

  it('restores the saved assessment for the same patient', async () => {
    const saved = savedBaselineWork();
    await openPatientAssessment(store, async (key) => (key === 'P1' ? saved : undefined));
    const { assessment } = store.getState();
    expect(assessment!.criteria).toBe('RECIST1.1');
    expect(assessment!.lesions).toEqual(saved.assessment.lesions);
    // The follow-up loaded now but unknown to the saved file joins as a timepoint.
    expect(assessment!.timepoints.map((t) => t.id)).toEqual(['2026-01-12', '2026-02-23']);
  });

  it('links timepoints of another naming (BL, FU1) to the open studies of their dates', async () => {
    const saved: RestoredAssessment = {
      assessment: {
        format: 'tumor-response-assessment',
        version: 1,
        criteria: 'mRECIST',
        timepoints: [
          { id: 'BL', date: '2026-01-12' },
          { id: 'FU1', date: '2026-02-23' },
        ],
        lesions: [{ id: 'T1', role: 'target', organ: 'liver', findings: { BL: { viableLongestDiameterMm: 30 }, FU1: { viableLongestDiameterMm: 12 } } }],
      },
      measurements: {},
      studyChoices: { forceIncluded: [], forceExcluded: [] },
    };
    await openPatientAssessment(store, async () => saved);
    expect(store.getState().assessment!.timepoints).toEqual([
      { id: 'BL', date: '2026-01-12', studyInstanceUid: '2.25.9.1' },
      { id: 'FU1', date: '2026-02-23', studyInstanceUid: '2.25.9.3' },
    ]);
  });

  it('adds studies of a later scan to the open assessment', async () => {
    await openPatientAssessment(store, nothingSaved);
    store.getState().addLesion('target');
    store.getState().scanFinished({ instances: [studyInstance(4, '20260420', 'CT LIVER')], skipped: [] });
    await openPatientAssessment(store, nothingSaved);
    expect(store.getState().assessment!.timepoints.map((t) => t.id)).toEqual(['2026-01-12', '2026-02-23', '2026-04-20']);
    expect(store.getState().assessment!.lesions).toHaveLength(1);
  });

  it('lets the reader include the cone-beam CT and leave out a follow-up', async () => {
    await openPatientAssessment(store, nothingSaved);
    setStudyIncluded(store, '2.25.9.2', true);
    setStudyIncluded(store, '2.25.9.3', false);
    expect(store.getState().assessment!.timepoints.map((t) => t.studyInstanceUid)).toEqual(['2.25.9.1', '2.25.9.2']);
    expect(excludedStudies(store).get('2.25.9.3')).toEqual({ code: 'study-left-out-by-reader', params: {} });
  });
});

describe('opening once', () => {
  it('restores and opens the patient once when a scan ends and its first series is shown at the same time', async () => {
    const saved = savedBaselineWork();
    const restore = vi.fn(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return saved;
    });
    const openAssessment = vi.spyOn(store.getState(), 'openAssessment');
    const stop = followActivePatient(store, restore);
    // As openLocalFiles does: the first series is shown (followActivePatient asks), then the scan's own open.
    const firstStack = selectIndex(store.getState()).patients[0]!.studies[0]!.series[0]!.stacks[0]!;
    store.getState().showStack(0, firstStack.stackId);
    await openPatientAssessment(store, restore);
    await vi.waitFor(() => expect(store.getState().assessmentKey).toBe('P1'));
    stop();
    expect(restore).toHaveBeenCalledTimes(1);
    expect(openAssessment).toHaveBeenCalledTimes(1);
    // The saved work, with the follow-up of the scan linked as a timepoint.
    expect(store.getState().assessment!.timepoints.map((t) => t.id)).toEqual(['2026-01-12', '2026-02-23']);
  });

  it('starts a new assessment when the saved work cannot be read', async () => {
    const unreadable = async () => {
      throw new DOMException('IndexedDB is disabled by policy', 'SecurityError');
    };
    expect(await openPatientAssessment(store, unreadable)).toBe(true);
    expect(store.getState()).toMatchObject({ assessmentKey: 'P1', assessment: { criteria: 'mRECIST', lesions: [] } });
  });
});

describe('several patients', () => {
  it('follows the patient of the active viewport, keeping each assessment apart', async () => {
    const saved = new Map<string, RestoredAssessment>();
    const restore = async (key: string) => saved.get(key);
    await openPatientAssessment(store, restore);
    store.getState().addLesion('target');
    const other = scanned('g1', { PatientID: 'P2', StudyInstanceUID: '2.25.8.1', SeriesInstanceUID: '2.25.8.1.1', StudyDate: '20250301' });
    store.getState().scanFinished({ instances: [other], skipped: [] });
    // After a scan the open patient's assessment stays, whichever patient sorts first.
    await openPatientAssessment(store, restore);
    expect(store.getState().assessmentKey).toBe('P1');
    const { assessment, measurements, studyChoices } = store.getState();
    saved.set('P1', { assessment: assessment!, measurements, studyChoices });

    const stop = followActivePatient(store, restore);
    const otherStack = selectIndex(store.getState()).patients.find((p) => p.patientKey === 'P2')!.studies[0]!.series[0]!.stacks[0]!;
    store.getState().showStack(0, otherStack.stackId);
    await expect.poll(() => store.getState().assessmentKey).toBe('P2');
    expect(store.getState().assessment!.lesions).toEqual([]);
    const firstStack = selectIndex(store.getState()).patients.find((p) => p.patientKey === 'P1')!.studies[0]!.series[0]!.stacks[0]!;
    store.getState().showStack(0, firstStack.stackId);
    await expect.poll(() => store.getState().assessmentKey).toBe('P1');
    expect(store.getState().assessment!.lesions.map((l) => l.id)).toEqual(['T1']);
    stop();
  });
});
