import 'fake-indexeddb/auto';
import { data as dcmjsData } from 'dcmjs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DicomJsonDataSet } from '../../dicom';
import { BASIC_TEXT_SR, makeDicom } from '../../dicom/testing/makeDicom';
import { scanned } from '../../dicom/testing/scanned';
import { PacsError, pacsErrorOfStatus, type InstanceRef, type PacsClient } from '../../io';
import { createAppStore, selectIndex, type AppStore } from '../../store';
import { getRetrievalStatus } from './retrievalStatus';

// The viewer is Cornerstone, which needs a browser: here it only has to register
// the remote files and report them fetched.
const viewer = vi.hoisted(() => ({
  fetched: [] as string[],
  registered: new Map<string, () => Promise<ArrayBuffer>>(),
  /** Holds every pixel fetch until the test lets the pixels come. */
  pixelsMayCome: Promise.resolve(),
}));
vi.mock('../../viewer', () => ({
  registerRemoteFile: (fileId: string, fetchBytes: () => Promise<ArrayBuffer>) => {
    viewer.registered.set(fileId, fetchBytes);
    return `pacs:${fileId}`;
  },
  baseImageIdOf: (fileId: string) => (viewer.registered.has(fileId) ? `pacs:${fileId}` : undefined),
  fetchRemoteFile: async (baseImageId: string) => {
    await viewer.pixelsMayCome;
    await viewer.registered.get(baseImageId.slice('pacs:'.length))!();
    viewer.fetched.push(baseImageId);
  },
  imageLookupFor: () => ({ bySop: () => undefined }),
  patientPointsOf: async () => [],
}));

const { cancelPacsRetrieval, openFromPacs } = await import('./openFromPacs');

const STUDY = '2.25.77';
const dicomJson = (tags: Record<string, unknown>): DicomJsonDataSet =>
  JSON.parse(JSON.stringify(dcmjsData.DicomMessage.readFile(makeDicom({ StudyInstanceUID: STUDY, PatientID: 'P1', StudyDate: '20260112', ...tags }).buffer).dict));

const slices = (series: string, description: string, count: number) =>
  Array.from({ length: count }, (_, i) =>
    dicomJson({ SeriesInstanceUID: series, SOPInstanceUID: `${series}.${i}`, SeriesDescription: description, InstanceNumber: i + 1, ImagePositionPatient: [0, 0, i * 2.5] }),
  );

/** A PACS with one study: an arterial and a portal-venous series, and an SR; `failing` series cannot be described. */
function fakePacs(options: { failing?: Record<string, PacsError>; refuseAll?: PacsError; slowMetadata?: boolean } = {}) {
  const series = {
    '2.25.77.1': slices('2.25.77.1', 'ART 2.5mm', 4),
    '2.25.77.2': slices('2.25.77.2', 'PV 2.5mm', 3),
    '2.25.77.3': [dicomJson({ SeriesInstanceUID: '2.25.77.3', SOPInstanceUID: '2.25.77.3.0', SOPClassUID: BASIC_TEXT_SR, Modality: 'SR' })],
  };
  const retrieved: InstanceRef[] = [];
  const client: PacsClient = {
    origin: 'http://pacs.test',
    testConnection: async () => undefined,
    searchStudies: async () => ({ studies: [], offset: 0, hasMore: false }),
    searchSeries: async () => {
      if (options.refuseAll) throw options.refuseAll;
      return Object.entries(series).map(([SeriesInstanceUID, [first]]) => ({ SeriesInstanceUID, Modality: String(first!['00080060']?.Value?.[0]), SeriesDescription: '' }));
    },
    seriesMetadata: async (_study, uid, signal) => {
      if (options.slowMetadata) {
        // A server that takes its time: only the reader's cancel ends the wait.
        await new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(new PacsError({ code: 'cancelled' }))));
      }
      const failure = options.failing?.[uid];
      if (failure) throw failure;
      return series[uid as keyof typeof series];
    },
    retrieveInstance: async (ref) => {
      retrieved.push(ref);
      return new ArrayBuffer(8);
    },
    store: async () => ({ stored: 0, refused: 0 }),
  };
  return { client, retrieved };
}

let store: AppStore;
beforeEach(() => {
  store = createAppStore();
  viewer.fetched.length = 0;
  viewer.registered.clear();
  viewer.pixelsMayCome = Promise.resolve();
});

describe('openFromPacs', () => {
  it('builds the index from the metadata before any pixel, then fetches every image in the background', async () => {
    const pacs = fakePacs();
    let letPixelsCome = () => undefined as void;
    viewer.pixelsMayCome = new Promise((resolve) => (letPixelsCome = resolve));
    await openFromPacs(store, pacs.client, [STUDY]);
    expect(viewer.fetched).toEqual([]);
    expect(getRetrievalStatus()).toMatchObject({ state: 'retrieving', arrived: 0, total: 7 });
    const [patient] = selectIndex(store.getState()).patients;
    expect(patient?.studies[0]?.series.map((s) => [s.SeriesDescription, s.stacks[0]?.frames.length])).toEqual(
      expect.arrayContaining([
        ['ART 2.5mm', 4],
        ['PV 2.5mm', 3],
      ]),
    );
    expect(store.getState().scan.status).toBe('done');
    expect(store.getState().assessment?.patient?.id).toBe('P1');
    // The SR is no image: listed as skipped, and fetched to be offered.
    expect(store.getState().skippedFiles).toEqual([expect.objectContaining({ reason: expect.objectContaining({ code: 'not-an-image', object: 'structured-report' }) })]);
    expect(pacs.retrieved.map((r) => r.SOPInstanceUID)).toContain('2.25.77.3.0');
    letPixelsCome();
    await vi.waitFor(() => expect(getRetrievalStatus()).toEqual({ state: 'done', total: 7, arrived: 7, failed: 0 }));
    // The stack shown first came first, from its middle slice.
    const shownStack = store.getState().viewportStackIds[0];
    const shown = patient!.studies[0]!.series.flatMap((s) => s.stacks).find((s) => s.stackId === shownStack)!;
    expect(viewer.fetched[0]).toBe(`pacs:${shown.frames[Math.floor((shown.frames.length - 1) / 2)]!.fileId}`);
  });

  it('opens the series it can when the server fails on one, saying which and why', async () => {
    const pacs = fakePacs({ failing: { '2.25.77.2': pacsErrorOfStatus(500, 'http://pacs.test') } });
    await openFromPacs(store, pacs.client, [STUDY]);
    expect(store.getState().instances).toHaveLength(4);
    expect(store.getState().skippedFiles).toContainEqual({
      path: expect.stringContaining('http://pacs.test'),
      reason: { code: 'series-unavailable', problem: { code: 'serverError', origin: 'http://pacs.test', status: 500 } },
    });
  });

  it('fetches only what it opened, not the local files open beside it', async () => {
    store.getState().scanFinished({ instances: [scanned('local-1', { StudyInstanceUID: '2.25.5', SeriesInstanceUID: '2.25.5.1', PatientID: 'P1' })], skipped: [] });
    await openFromPacs(store, fakePacs().client, [STUDY]);
    await vi.waitFor(() => expect(getRetrievalStatus()).toEqual({ state: 'done', total: 7, arrived: 7, failed: 0 }));
    expect(viewer.fetched).not.toContain('pacs:local-1');
  });

  it('stops with the reason on 401 and leaves what was open as it was', async () => {
    await openFromPacs(store, fakePacs().client, [STUDY]);
    const before = store.getState().instances;
    const refused = pacsErrorOfStatus(401, 'http://pacs.test');
    await expect(openFromPacs(store, fakePacs({ refuseAll: refused }).client, ['2.25.78'])).rejects.toBe(refused);
    expect(store.getState().scan).toMatchObject({ status: 'failed', error: { code: 'pacs', problem: { code: 'unauthorized', origin: 'http://pacs.test' } } });
    expect(store.getState().instances).toEqual(before);
  });

  it('cancels a slow server while it describes the series, opening nothing of it and keeping what was open', async () => {
    await openFromPacs(store, fakePacs().client, [STUDY]);
    const before = store.getState().instances;
    const opening = openFromPacs(store, fakePacs({ slowMetadata: true }).client, ['2.25.78']);
    await vi.waitFor(() => expect(store.getState().scan.status).toBe('scanning'));
    cancelPacsRetrieval();
    await opening;
    expect(store.getState().scan.status).toBe('cancelled');
    expect(store.getState().instances).toEqual(before);
  });
});
