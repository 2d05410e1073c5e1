import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from '../store';
import { sampleAssessment, sampleMeasurements } from '../io/testing/fixtures';
import { deleteSavedAssessment, exportCsv, exportFilename, exportJson, importJson, importJsonFile, listSavedAssessments } from './assessmentFiles';
import { closeAssessmentDatabase, loadAssessmentRecord, saveAssessmentRecord } from './persistence';

const NOW = new Date(2026, 2, 14, 9, 30);
let store: AppStore;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  store = createAppStore();
  store.getState().openAssessment('KEY-1', sampleAssessment(), sampleMeasurements(), { forceIncluded: [], forceExcluded: ['x'] });
});

afterEach(() => closeAssessmentDatabase());

describe('export', () => {
  it('names files after the patient and the day', () => {
    expect(exportJson(store, NOW)).toMatchObject({ filename: 'viable-VIABLE-001-2026-03-14.json', mimeType: 'application/json', problems: [] });
    expect(exportCsv(store, NOW).filename).toBe('viable-VIABLE-001-2026-03-14.csv');
    store.getState().openAssessment('a/b c', { ...sampleAssessment(), patient: { id: '../x:y' } });
    expect(exportFilename(store.getState(), 'json', NOW)).toBe('viable-x_y-2026-03-14.json');
  });

  it('exports the CSV with both criteria filled in', () => {
    const { text } = exportCsv(store, NOW);
    expect(text.split('\r\n')[2]).toMatch(/,18\.5,PD,,PD,finding,/);
  });

  it("exports the CSV in the reader's language, and the JSON the same in every language", () => {
    const json = exportJson(store, NOW).text;
    store.getState().setLocale('zh-CN');
    const lines = exportCsv(store, NOW).text.split('\r\n');
    expect(lines[0]!.startsWith('患者 ID,病灶 ID,病灶类别,')).toBe(true);
    expect(lines[2]).toMatch(/^VIABLE-001,T1,靶病灶,肝脏,VII,实质病灶,FU1,随访1 \+42 天,2026-02-23,.*,18\.5,疾病进展（PD）,,疾病进展（PD）,病灶所见,/);
    expect(exportJson(store, NOW).text).toBe(json);
  });

  it('reports what would make the file fail on import', () => {
    const assessment = sampleAssessment();
    assessment.timepoints[1]!.date = assessment.timepoints[0]!.date;
    store.getState().openAssessment('KEY-1', assessment);
    expect(exportJson(store, NOW).problems).toEqual([expect.stringContaining('timepoints[1].date: same date')]);
  });

  it('throws when nothing is open', () => {
    store.getState().closeAssessment();
    expect(() => exportJson(store)).toThrow('no assessment is open');
  });
});

describe('importJson', () => {
  it('replaces the open assessment, keeps the study choices, and can be taken back', () => {
    const text = exportJson(store, NOW).text;
    store.getState().addLesion('target');
    const before = store.getState();
    const outcome = importJson(store, text);
    expect(outcome.ok).toBe(true);
    const after = store.getState();
    expect(after.assessment!.lesions.map((l) => l.id)).toEqual(['T1', 'NT1', 'N1']);
    expect(after.measurements).toEqual(sampleMeasurements());
    expect(after.studyChoices).toEqual({ forceIncluded: [], forceExcluded: ['x'] });
    expect(after.assessmentKey).toBe('KEY-1');
    // The export of the imported state is the imported file.
    expect(exportJson(store, NOW).text).toBe(text);

    // One undo step takes the import back, with what it replaced.
    expect(outcome).toEqual({ ok: true, replaced: { lesions: before.assessment!.lesions.length, calipers: Object.keys(before.measurements).length } });
    expect(after.undoStack).toHaveLength(before.undoStack.length + 1);
    store.getState().undo();
    expect(store.getState().assessment).toBe(before.assessment);
    expect(store.getState().measurements).toBe(before.measurements);
  });

  it('tells the reader in the notice: imported with Undo, or not imported with the located errors', () => {
    const text = exportJson(store, NOW).text;
    importJsonFile(store, 'reading.json', text);
    expect(store.getState().notice).toEqual({
      messages: [{ code: 'assessment-imported', filename: 'reading.json', replacedLesions: 3, replacedCalipers: 4 }],
      actions: [{ kind: 'undo' }],
    });
    importJsonFile(store, 'broken.json', '{');
    expect(store.getState().notice?.messages).toEqual([{ code: 'assessment-not-imported', filename: 'broken.json', errors: [{ path: '(root)', code: 'invalid', detail: expect.stringContaining('line 1, column 2') }] }]);
    expect(store.getState().notice?.actions).toBeUndefined();
  });

  it('refuses an invalid file with located errors and leaves the work untouched', () => {
    const before = store.getState();
    const file = JSON.parse(exportJson(store, NOW).text);
    file.lesions[0].findings.FU1.viableLongestDiameterMm = 'big';
    expect(importJson(store, JSON.stringify(file))).toEqual({
      ok: false,
      errors: [{ path: 'lesions[0].findings.FU1.viableLongestDiameterMm', code: 'invalid', detail: 'must be a number >= 0' }],
    });
    expect(importJson(store, '{')).toMatchObject({ ok: false, errors: [{ path: '(root)', code: 'invalid', detail: expect.stringContaining('line 1, column 2') }] });
    const after = store.getState();
    expect([after.assessment, after.measurements, after.undoStack]).toEqual([before.assessment, before.measurements, before.undoStack]);
    expect(after.assessment).toBe(before.assessment);
  });

  it("refuses another patient's file", () => {
    const text = JSON.stringify({ ...sampleAssessment(), patient: { id: 'SOMEONE-ELSE' } });
    expect(importJson(store, text)).toEqual({
      ok: false,
      errors: [{ path: 'patient.id', code: 'other-patient', filePatient: 'SOMEONE-ELSE', openPatient: 'VIABLE-001' }],
    });
  });

  it('refuses when no patient is open', () => {
    store.getState().closeAssessment();
    expect(importJson(store, JSON.stringify(sampleAssessment()))).toEqual({ ok: false, errors: [{ path: '(root)', code: 'no-patient-open' }] });
  });
});

describe('saved assessments', () => {
  it('lists them marking the open one, and keeps the open one from deletion', async () => {
    const record = (key: string, savedAt: string) => ({
      key,
      patientId: key,
      patientName: '',
      studyInstanceUids: [],
      assessment: sampleAssessment(),
      measurements: {},
      studyChoices: { forceIncluded: [], forceExcluded: [] },
      savedAt,
    });
    await saveAssessmentRecord(record('KEY-1', '2026-03-01T00:00:00.000Z'));
    await saveAssessmentRecord(record('KEY-2', '2026-03-02T00:00:00.000Z'));
    expect((await listSavedAssessments(store)).map((s) => [s.key, s.isOpen])).toEqual([
      ['KEY-2', false],
      ['KEY-1', true],
    ]);
    expect(await deleteSavedAssessment(store, 'KEY-1')).toBe(false);
    expect(await deleteSavedAssessment(store, 'KEY-2')).toBe(true);
    expect(await loadAssessmentRecord('KEY-2')).toBeUndefined();
    expect(await loadAssessmentRecord('KEY-1')).toBeDefined();
  });
});
