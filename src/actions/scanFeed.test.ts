import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildIndex, scanFiles, type ScannedInstance } from '../dicom';
import { fileOf, makeDicom } from '../dicom/testing/makeDicom';
import { createAppStore, selectIndex, selectTimepointLabels, type AppStore } from '../store';
import { openPatientAssessment } from './openPatientAssessment';
import { createScanFeed, MIN_FLUSH_INTERVAL_MS } from './scanFeed';

/** A patient with a baseline and a follow-up, each with arterial and portal-venous series, written out of date order. */
function folder() {
  const studies = [
    { uid: '2.25.60.2', date: '20260310', label: 'follow-up' },
    { uid: '2.25.60.1', date: '20260112', label: 'baseline' },
  ];
  const written = studies.flatMap((study) =>
    ['ART', 'PV'].flatMap((phase, p) =>
      Array.from({ length: 12 }, (_, i) => ({
        path: `${study.label}/${phase}/IM${i}`,
        bytes: makeDicom({
            PatientID: 'P1',
            StudyInstanceUID: study.uid,
            StudyDate: study.date,
            SeriesInstanceUID: `${study.uid}.${p + 1}`,
            SeriesNumber: p + 1,
            SeriesDescription: phase === 'ART' ? 'Arterial 2.5mm' : 'Portal venous 2.5mm',
            SOPInstanceUID: `${study.uid}.${p + 1}.${i}`,
            InstanceNumber: i + 1,
            ImagePositionPatient: [0, 0, -5 * i],
          }),
      })),
    ),
  );
  const files = written.map(({ path, bytes }) => fileOf(path, bytes));
  files.push(fileOf('copy/IM0', written[0]!.bytes)); // the same image twice: the first file's copy is kept
  return files;
}

/** The batches of a scan, in a scrambled arrival order, with their duplicate. */
async function scrambledBatches(files: ReturnType<typeof folder>): Promise<ScannedInstance[][]> {
  const batches: ScannedInstance[][] = [];
  await scanFiles(files, { batchSize: 5, onBatch: ({ instances }) => batches.push(instances) });
  return batches.reverse();
}

describe('progressive index', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fills the study browser while the scan runs, shows a stack at the first burst, and ends with the same index and timepoints as a scan added at once', async () => {
    const files = folder();
    const result = await scanFiles(files);
    const batches = await scrambledBatches(files);

    const progressive: AppStore = createAppStore();
    progressive.getState().scanStarted(files.length);
    const feed = createScanFeed(progressive);
    feed.add(batches[0]!);
    expect(progressive.getState().instances).toHaveLength(batches[0]!.length); // at once: no timer's hop
    const firstShown = progressive.getState().viewportStackIds[0];
    expect(firstShown).toBe(feed.provisionalStackId);
    expect(firstShown).toBeTruthy();

    const seriesCounts: number[] = [];
    for (const batch of batches.slice(1)) {
      feed.add(batch);
      await vi.advanceTimersByTimeAsync(100);
      seriesCounts.push(selectIndex(progressive.getState()).patients.flatMap((p) => p.studies.flatMap((s) => s.series)).length);
    }
    await vi.advanceTimersByTimeAsync(1000);
    expect(seriesCounts.at(-1)).toBe(4);
    expect(seriesCounts[0]).toBeLessThan(4); // grew in bursts, not at the end
    expect(progressive.getState().viewportStackIds[0]).toBe(firstShown); // never moved under the reader
    feed.stop();
    progressive.getState().scanFinished({ instances: result.instances, skipped: [] });
    await openPatientAssessment(progressive, async () => undefined);

    const atOnce = createAppStore();
    atOnce.getState().scanStarted(files.length);
    atOnce.getState().scanFinished({ instances: result.instances, skipped: [] });
    await openPatientAssessment(atOnce, async () => undefined);

    expect(progressive.getState().instances).toEqual(result.instances);
    expect(selectIndex(progressive.getState())).toEqual(buildIndex(result.instances));
    expect(selectIndex(progressive.getState())).toEqual(selectIndex(atOnce.getState()));
    expect(progressive.getState().assessment?.timepoints).toHaveLength(2);
    expect(progressive.getState().assessment?.timepoints).toEqual(atOnce.getState().assessment?.timepoints);
    expect(selectTimepointLabels(progressive.getState())).toEqual(selectTimepointLabels(atOnce.getState()));
    expect(selectIndex(progressive.getState()).patients[0]!.studies.flatMap((s) => s.series.map((x) => x.stacks[0]!.phase.phase))).toEqual([
      'arterial',
      'portal-venous',
      'arterial',
      'portal-venous',
    ]);
  });

  it('spaces the bursts: a batch arriving right after one is held back until the interval has passed', async () => {
    const batches = await scrambledBatches(folder());
    const store = createAppStore();
    store.getState().scanStarted(50);
    const feed = createScanFeed(store);
    feed.add(batches[0]!);
    await vi.advanceTimersByTimeAsync(0);
    feed.add(batches[1]!);
    await vi.advanceTimersByTimeAsync(MIN_FLUSH_INTERVAL_MS - 100);
    expect(store.getState().instances).toHaveLength(batches[0]!.length);
    await vi.advanceTimersByTimeAsync(200);
    expect(store.getState().instances).toHaveLength(batches[0]!.length + batches[1]!.length);
  });

  it('drops what a cancelled scan had found and keeps what was open before it', async () => {
    const batches = await scrambledBatches(folder());
    const store = createAppStore();
    store.getState().scanStarted(10);
    store.getState().scanFinished({ instances: batches[0]!, skipped: [] });
    store.getState().scanStarted(50);
    const feed = createScanFeed(store);
    feed.add(batches[1]!);
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().instances).toHaveLength(batches[0]!.length + batches[1]!.length);
    feed.stop();
    feed.add(batches[2]!);
    store.getState().scanStopped('cancelled');
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.getState().instances).toEqual(batches[0]);
  });
});
