import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { makeDicom, MEDIA_STORAGE_DIRECTORY } from '../src/dicom/testing/makeDicom';
import { openApp, type BrowserSession } from './support/browser';
import { DEMO_DIR, readGroundTruth, type TruthSeries } from './support/groundTruth';
import { dateDigits, opener, recordFirstDraws, skippedFiles, studyBrowser, viewport } from './support/pageObjects';

const imagesOf = (series: TruthSeries): number => series.numberOfFrames ?? series.sliceCount;

/** Deterministic bytes that are no DICOM: a random-looking binary that cannot flake into a valid header. */
function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1664525 + 1013904223) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

describe('opening local folders, files and zips (production build)', () => {
  const truth = readGroundTruth();
  const baseline = [...truth.studies].sort((a, b) => a.StudyDate.localeCompare(b.StudyDate))[0]!;
  const baselineArt = baseline.series.find((s) => s.phase === 'arterial')!;
  const baselineNc = baseline.series.find((s) => s.phase === 'non-contrast')!;
  let workDir = '';
  let session: BrowserSession | undefined;

  /** The baseline arterial series plus files a real CD folder may hold beside images. */
  function messyFolder(): string {
    const dir = path.join(workDir, 'messy');
    mkdirSync(path.join(dir, 'IMAGES'), { recursive: true });
    const artDir = path.join(DEMO_DIR, baselineArt.folder);
    const names = readdirSync(artDir).sort();
    for (const name of names) copyFileSync(path.join(artDir, name), path.join(dir, 'IMAGES', name));
    writeFileSync(path.join(dir, 'README.txt'), 'Patient CD. Insert into a computer and open the viewer.\n');
    writeFileSync(path.join(dir, 'truncated.dcm'), readFileSync(path.join(artDir, names[0]!)).subarray(0, 300));
    writeFileSync(path.join(dir, 'random.bin'), pseudoRandomBytes(8192, 42));
    writeFileSync(path.join(dir, 'DICOMDIR'), makeDicom({ SOPClassUID: MEDIA_STORAGE_DIRECTORY, Modality: 'OT' }, { noPixelData: true }));
    return dir;
  }

  /** The baseline non-contrast series zipped, as a hospital's download portal hands it out. */
  function zippedSeries(): string {
    const seriesDir = path.join(DEMO_DIR, baselineNc.folder);
    const entries: Record<string, Uint8Array> = {};
    for (const name of readdirSync(seriesDir)) entries[`NC/${name}`] = readFileSync(path.join(seriesDir, name));
    const zipPath = path.join(workDir, 'baseline-nc.zip');
    writeFileSync(zipPath, zipSync(entries, { level: 0 }));
    return zipPath;
  }

  /**
   * Thousands of copies of one tiny DICOM file: the scan's cost is per file, so this
   * keeps it running long enough to be cancelled with only a few megabytes on disk
   * (copies share a SOP Instance UID, which the scan sorts out only at its end).
   */
  function largeFolder(fileCount: number): string {
    const dir = path.join(workDir, 'large');
    mkdirSync(dir, { recursive: true });
    const bytes = makeDicom({ SeriesInstanceUID: '2.25.77.1' });
    for (let i = 0; i < fileCount; i++) writeFileSync(path.join(dir, `IM${String(i).padStart(5, '0')}`), bytes);
    return dir;
  }

  beforeAll(() => {
    workDir = mkdtempSync(path.join(tmpdir(), 'viable-open-e2e-'));
  });
  afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('lists the patient, every study with its date and every series with its phase from the folder input', async () => {
    session = await openApp(inject('baseUrl'));
    const { page, log } = session;
    await opener.openFolder(page, DEMO_DIR);
    const expectedSeriesCount = truth.studies.reduce((n, study) => n + study.series.length, 0);
    await opener.waitScan(page, 'done');
    await studyBrowser.waitSeries(page, expectedSeriesCount);

    const patients = await studyBrowser.read(page);
    expect(patients.map((p) => p.patientId)).toEqual([truth.patient.PatientID]);
    const studies = patients[0]!.studies;
    // Oldest first, as the reader works through a treatment course.
    expect(studies.map((s) => dateDigits(s.date))).toEqual(truth.studies.map((s) => s.StudyDate).sort());

    for (const truthStudy of truth.studies) {
      const listed = studies.find((s) => dateDigits(s.date) === truthStudy.StudyDate);
      expect(listed, `study of ${truthStudy.StudyDate}`).toBeDefined();
      const listedSeries = listed!.series.map((s) => ({ description: s.description, phase: s.phase, images: s.imageCount }));
      const expectedSeries = truthStudy.series.map((s) => ({ description: s.SeriesDescription, phase: s.phase, images: imagesOf(s) }));
      expect(listedSeries).toEqual(expect.arrayContaining(expectedSeries));
      expect(listedSeries).toHaveLength(expectedSeries.length);
    }

    // The baseline's arterial phase opens by itself.
    const artItem = studyBrowser.item(page, baselineArt.SeriesDescription, baseline.StudyDate);
    const pane = await viewport.waitState(page, 'rendered', { stackId: (await artItem.getAttribute('data-stack-id')) ?? '' });
    expect(Number(await pane.getAttribute('data-image-count'))).toBe(imagesOf(baselineArt));
    expect(log.pageErrors).toEqual([]);
  });

  it('lists non-DICOM, truncated, random and DICOMDIR files as skipped with reasons and loads the rest', async () => {
    const dir = messyFolder();
    session = await openApp(inject('baseUrl'));
    const { page, log } = session;
    const firstDraws = await recordFirstDraws(page);
    await opener.openFolder(page, dir);
    const progress = await opener.waitScan(page, 'done');
    expect(progress).toContain(`${imagesOf(baselineArt)} DICOM`);
    expect(progress).toContain('4 skipped');

    const skipped = await skippedFiles.read(page);
    const reasonOf = (name: string) => skipped.find((s) => s.path.endsWith(`/${name}`))?.reason;
    expect(skipped).toHaveLength(4);
    expect(reasonOf('README.txt')).toMatch(/not a DICOM file/);
    expect(reasonOf('random.bin')).toMatch(/not a DICOM file/);
    expect(reasonOf('truncated.dcm')).toMatch(/truncated/);
    expect(reasonOf('DICOMDIR')).toMatch(/DICOMDIR/);

    await studyBrowser.waitSeries(page, 1);
    const [series, ...others] = (await studyBrowser.read(page)).flatMap((p) => p.studies.flatMap((s) => s.series));
    expect(others).toEqual([]);
    expect(series).toMatchObject({ description: baselineArt.SeriesDescription, phase: 'arterial', imageCount: imagesOf(baselineArt) });
    const pane = await viewport.waitState(page, 'rendered', { stackId: series!.stackId });
    expect(Number(await pane.getAttribute('data-image-count'))).toBe(imagesOf(baselineArt));

    // Its thumbnail (drawn without waiting for the viewport) shows the body, not a black square.
    const thumbnail = await studyBrowser.waitThumbnail(page, series!.stackId);
    expect(await studyBrowser.thumbnailLitFraction(thumbnail)).toBeGreaterThan(0.05);
    const { viewportAt, thumbnailAt } = await firstDraws.read();
    expect(viewportAt).toBeGreaterThan(0);
    expect(thumbnailAt).toBeGreaterThan(0);
    expect(log.pageErrors).toEqual([]);
  });

  it('reads a .zip picked in the files input as a folder', async () => {
    const zipPath = zippedSeries();
    session = await openApp(inject('baseUrl'));
    const { page, log } = session;
    await opener.openFiles(page, [zipPath]);
    await opener.waitScan(page, 'done');
    await studyBrowser.waitSeries(page, 1);
    const listed = (await studyBrowser.read(page)).flatMap((p) => p.studies.flatMap((s) => s.series));
    expect(listed.map((s) => ({ description: s.description, phase: s.phase, images: s.imageCount }))).toEqual([
      { description: baselineNc.SeriesDescription, phase: baselineNc.phase, images: imagesOf(baselineNc) },
    ]);
    await viewport.waitState(page, 'rendered', { stackId: listed[0]!.stackId });
    expect(await page.getByTestId('skipped-file').count()).toBe(0);
    expect(log.pageErrors).toEqual([]);
  });

  it('lets the reader override a phase, and says the reader set it', async () => {
    session = await openApp(inject('baseUrl'));
    const { page } = session;
    await opener.openFolder(page, path.join(DEMO_DIR, baselineArt.folder));
    await studyBrowser.waitSeries(page, 1);
    const item = studyBrowser.item(page, baselineArt.SeriesDescription, baseline.StudyDate);
    expect(await item.getAttribute('data-phase')).toBe('arterial');
    expect(await item.getByTestId('phase-source').innerText()).not.toMatch(/reader/);

    await studyBrowser.overridePhase(page, baselineArt.SeriesDescription, baseline.StudyDate, 'portal-venous');
    await page.locator(`[data-testid="series-item"][data-phase="portal-venous"]`).waitFor();
    expect(await item.getByTestId('phase-select').inputValue()).toBe('portal-venous');
    expect(await item.getByTestId('phase-source').innerText()).toMatch(/set by the reader/);
  });

  it('"Close all" empties the browser and returns to the start page', async () => {
    session = await openApp(inject('baseUrl'));
    const { page, log } = session;
    await opener.openFolder(page, path.join(DEMO_DIR, baselineArt.folder));
    await studyBrowser.waitSeries(page, 1);
    await viewport.waitState(page, 'rendered');
    await opener.closeAll(page);
    expect(await page.getByTestId('series-item').count()).toBe(0);
    // The workspace stays mounted, unseen, for the next pick (see warmUp.e2e.ts).
    expect(await opener.workspaceSeen(page)).toBe(false);
    expect(await page.getByTestId('load-demo').isVisible()).toBe(true);
    expect(log.pageErrors).toEqual([]);
  });

  it('stops a running scan on Cancel and reports it as cancelled', async () => {
    const fileCount = 2000;
    const dir = largeFolder(fileCount);
    session = await openApp(inject('baseUrl'));
    const { page, log } = session;
    await opener.openFolder(page, dir);
    await opener.waitScan(page, 'scanning');
    await opener.cancelScan(page);
    const text = await opener.waitScan(page, 'cancelled');
    const filesRead = Number(/(\d+)\/(\d+) files/.exec(text)?.[1]);
    expect(filesRead).toBeLessThan(fileCount);
    expect(await page.getByTestId('scan-cancel').count()).toBe(0);
    // Nothing of the interrupted scan was added. The start page returns one deferred render after the scan ends
    // (App's showWorkspace is a deferred value), so it is waited for, not read in the same instant.
    await page.getByTestId('start-page').waitFor({ timeout: 5_000 });
    expect(await page.getByTestId('start-page').isVisible()).toBe(true);
    expect(await page.getByTestId('series-item').count()).toBe(0);
    expect(log.pageErrors).toEqual([]);
  });
});
