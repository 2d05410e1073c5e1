import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from '../store';
import { caliper, sampleAssessment, sampleMeasurements } from '../io/testing/fixtures';
import {
  closeAssessmentDatabase,
  deleteAssessmentRecord,
  flushAutosave,
  getAutosaveStatus,
  listAssessmentRecords,
  loadAssessmentRecord,
  recordFromState,
  saveAssessmentRecord,
  startAutosave,
  type AssessmentRecord,
} from './persistence';

let store: AppStore;
let stopAutosave: (() => void) | undefined;
let saved: AssessmentRecord[];

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  store = createAppStore();
  saved = [];
});

afterEach(async () => {
  stopAutosave?.();
  stopAutosave = undefined;
  await flushAutosave();
  await closeAssessmentDatabase();
});

function autosave() {
  stopAutosave = startAutosave(store, { onSaved: (record) => saved.push(record) });
}

function record(key: string, savedAt: string, lesions = 3): AssessmentRecord {
  const assessment = sampleAssessment();
  return {
    key,
    patientId: key,
    patientName: 'Doe^Jane',
    studyInstanceUids: ['1.2.3.1', '1.2.3.2'],
    assessment: { ...assessment, lesions: assessment.lesions.slice(0, lesions) },
    measurements: sampleMeasurements(),
    studyChoices: { forceIncluded: [], forceExcluded: ['1.2.3.9'] },
    savedAt,
  };
}

describe('assessment records', () => {
  it('saves, loads, lists (newest first) and deletes', async () => {
    await saveAssessmentRecord(record('A', '2026-03-01T10:00:00.000Z'));
    await saveAssessmentRecord(record('B', '2026-03-02T10:00:00.000Z', 1));
    expect(await loadAssessmentRecord('A')).toEqual(record('A', '2026-03-01T10:00:00.000Z'));
    expect(await loadAssessmentRecord('nobody')).toBeUndefined();
    expect(await listAssessmentRecords()).toEqual([
      { key: 'B', patientId: 'B', patientName: 'Doe^Jane', savedAt: '2026-03-02T10:00:00.000Z', lesionCount: 1, timepointCount: 2 },
      { key: 'A', patientId: 'A', patientName: 'Doe^Jane', savedAt: '2026-03-01T10:00:00.000Z', lesionCount: 3, timepointCount: 2 },
    ]);
    await deleteAssessmentRecord('B');
    expect((await listAssessmentRecords()).map((s) => s.key)).toEqual(['A']);
  });

  it('replaces the record of the same key', async () => {
    await saveAssessmentRecord(record('A', '2026-03-01T10:00:00.000Z'));
    await saveAssessmentRecord(record('A', '2026-03-01T11:00:00.000Z', 0));
    expect(await listAssessmentRecords()).toMatchObject([{ key: 'A', lesionCount: 0 }]);
  });

  it('brings an assessment back exactly into a fresh store', async () => {
    store.getState().openAssessment('A', sampleAssessment(), sampleMeasurements(), { forceIncluded: ['x'], forceExcluded: [] });
    await saveAssessmentRecord(recordFromState(store.getState())!);
    const restored = (await loadAssessmentRecord('A'))!;
    const fresh = createAppStore();
    fresh.getState().openAssessment(restored.key, restored.assessment, restored.measurements, restored.studyChoices);
    const { assessment, measurements, studyChoices } = fresh.getState();
    expect({ assessment, measurements, studyChoices }).toEqual({
      assessment: sampleAssessment(),
      measurements: sampleMeasurements(),
      studyChoices: { forceIncluded: ['x'], forceExcluded: [] },
    });
    expect(restored).toMatchObject({ patientId: 'VIABLE-001', patientName: 'Doe^Jane', studyInstanceUids: ['1.2.3.1', '1.2.3.2'] });
  });
});

describe('startAutosave', () => {
  it('saves on opening and on every edit, with the latest state', async () => {
    autosave();
    store.getState().openAssessment('A', sampleAssessment());
    await flushAutosave();
    expect(saved).toHaveLength(1);

    store.getState().addLesion('target');
    await flushAutosave();
    store.getState().upsertMeasurement(caliper('m1', 'T2', 'BL', 11));
    await flushAutosave();
    const loaded = (await loadAssessmentRecord('A'))!;
    expect(loaded.assessment.lesions.map((l) => l.id)).toEqual(['T1', 'NT1', 'N1', 'T2']);
    expect(Object.keys(loaded.measurements)).toEqual(['m1']);
    expect(saved).toHaveLength(3);
  });

  it('writes nothing for unrelated changes', async () => {
    store.getState().openAssessment('A', sampleAssessment());
    autosave();
    store.getState().setActiveLesion('NT1');
    store.getState().scanStarted(10);
    await flushAutosave();
    expect(saved).toHaveLength(0);
    expect(await loadAssessmentRecord('A')).toBeUndefined();
  });

  it('saves when only the study choices change, and after undo', async () => {
    store.getState().openAssessment('A', sampleAssessment());
    autosave();
    store.setState({ studyChoices: { forceIncluded: [], forceExcluded: ['1.2.3.2'] } });
    await flushAutosave();
    expect((await loadAssessmentRecord('A'))!.studyChoices.forceExcluded).toEqual(['1.2.3.2']);

    store.getState().deleteLesion('T1');
    await flushAutosave();
    store.getState().undo();
    await flushAutosave();
    expect((await loadAssessmentRecord('A'))!.assessment.lesions.map((l) => l.id)).toEqual(['T1', 'NT1', 'N1']);
  });

  it('never loses the last state when edits arrive while a write is in flight', async () => {
    store.getState().openAssessment('A', sampleAssessment());
    autosave();
    for (let i = 0; i < 20; i++) {
      store.getState().upsertMeasurement(caliper(`m${i}`, 'T1', 'BL', 10 + i));
      // Let some writes start, so that later edits queue behind one in flight.
      if (i % 3 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await flushAutosave();
    const loaded = (await loadAssessmentRecord('A'))!;
    expect(Object.keys(loaded.measurements)).toHaveLength(20);
    expect(saved.length).toBeLessThan(20); // edits of one tick became one write
    // Writes landed in order: each saved record has at least as many calipers as the one before.
    const counts = saved.map((r) => Object.keys(r.measurements).length);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts.at(-1)).toBe(20);
  });

  it('keeps the last state of a patient when another one is opened in the same tick', async () => {
    autosave();
    store.getState().openAssessment('A', sampleAssessment());
    store.getState().addLesion('new');
    store.getState().openAssessment('B', { ...sampleAssessment(), lesions: [] });
    await flushAutosave();
    expect((await loadAssessmentRecord('A'))!.assessment.lesions).toHaveLength(4);
    expect((await loadAssessmentRecord('B'))!.assessment.lesions).toHaveLength(0);
  });

  it('deletes nothing on close and stops after unsubscribe', async () => {
    autosave();
    store.getState().openAssessment('A', sampleAssessment());
    await flushAutosave();
    store.getState().closeAssessment();
    await flushAutosave();
    expect(await loadAssessmentRecord('A')).toBeDefined();

    stopAutosave!();
    store.getState().openAssessment('C', sampleAssessment());
    await flushAutosave();
    expect(await loadAssessmentRecord('C')).toBeUndefined();
  });

  it('reports a failed write and carries on', async () => {
    const errors: unknown[] = [];
    stopAutosave = startAutosave(store, { onError: (error) => errors.push(error), onSaved: (r) => saved.push(r) });
    // A function cannot be cloned into IndexedDB.
    store.getState().openAssessment('A', { ...sampleAssessment(), bad: () => 1 });
    await flushAutosave();
    expect(errors).toHaveLength(1);
    expect(getAutosaveStatus()).toMatchObject({ state: 'failed', error: expect.any(String) });
    store.getState().openAssessment('A', sampleAssessment());
    // The failure stays shown while the next save runs.
    expect(getAutosaveStatus().state).toBe('failed');
    await flushAutosave();
    expect(saved).toHaveLength(1);
    expect(getAutosaveStatus()).toEqual({ state: 'saved', savedAt: saved[0]!.savedAt });
  });

  it('turns autosave off, saying why, for a patient whose saved work cannot be read, and never writes over it', async () => {
    await saveAssessmentRecord(record('A', '2026-03-01T10:00:00.000Z'));
    const working = globalThis.indexedDB;
    const broken = Object.create(working) as IDBFactory;
    broken.open = () => {
      throw new DOMException('IndexedDB is disabled by policy', 'SecurityError');
    };
    await closeAssessmentDatabase();
    globalThis.indexedDB = broken;
    await expect(loadAssessmentRecord('A')).rejects.toThrow('disabled by policy');
    expect(getAutosaveStatus()).toMatchObject({ state: 'off', error: 'IndexedDB is disabled by policy' });

    // The storage comes back (same connection, nothing reset): A's new, empty work is still not written over the saved one.
    globalThis.indexedDB = working;
    autosave();
    store.getState().openAssessment('A', { ...sampleAssessment(), lesions: [] });
    await flushAutosave();
    expect(saved).toEqual([]);
    expect(getAutosaveStatus().state).toBe('off');
    expect((await loadAssessmentRecord('A'))!.assessment.lesions).toHaveLength(3);
    // Another patient is saved as usual.
    store.getState().openAssessment('B', sampleAssessment());
    await flushAutosave();
    expect(saved.map((r) => r.key)).toEqual(['B']);
  });

  it('reports saving, then saved with the time of the last save', async () => {
    autosave();
    store.getState().openAssessment('A', sampleAssessment());
    expect(getAutosaveStatus().state).toBe('saving');
    store.getState().addLesion('target');
    await flushAutosave();
    expect(getAutosaveStatus()).toEqual({ state: 'saved', savedAt: saved.at(-1)!.savedAt });
  });
});
