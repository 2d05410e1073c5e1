import { spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { adaptersSR } from '@cornerstonejs/adapters';
import { metaData } from '@cornerstonejs/core';
import dcmjs from 'dcmjs';
import dicomParser from 'dicom-parser';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { importAssessmentJson } from '../src/io';
import { openApp, type BrowserSession } from './support/browser';
import { openDemoSession } from './support/demoSession';
import { DEMO_DIR, readGroundTruth, type GroundTruth } from './support/groundTruth';
import { readResponsePanel } from './support/measuring';
import { opener } from './support/pageObjects';
import { truthAssessment } from './support/truthAssessment';

const ARTERIAL_STUDIES = ['CT_BL_20260112', 'CT_FU1_20260223', 'CT_FU2_20260420'];

// DICOM SR export from the viewer: the ground truth's calipers imported, "Export SR"
// pressed, then each timepoint's SR checked with dciodvfy, read back with dcmjs,
// and read through @cornerstonejs/adapters' MeasurementReport (the path OHIF uses
// to turn SR into Cornerstone annotations) against the images' own geometry.

interface ImagePlane {
  frameOfReferenceUID: string;
  rows: number;
  columns: number;
  imagePositionPatient: number[];
  rowCosines: number[];
  columnCosines: number[];
  rowPixelSpacing: number;
  columnPixelSpacing: number;
}

/** The image planes of the arterial series, keyed by an image id of our own: `sop:<SOPInstanceUID>`. */
function arterialPlanes(): Map<string, ImagePlane> {
  const planes = new Map<string, ImagePlane>();
  for (const study of ARTERIAL_STUDIES) {
    const folder = path.join(DEMO_DIR, study, 'ART_2.5mm');
    for (const name of readdirSync(folder)) {
      const data = dicomParser.parseDicom(new Uint8Array(readFileSync(path.join(folder, name))), { untilTag: 'x7fe00010' });
      const numbers = (tag: string, count: number) => Array.from({ length: count }, (_, i) => data.floatString(tag, i)!);
      const iop = numbers('x00200037', 6);
      const [rowSpacing, columnSpacing] = numbers('x00280030', 2);
      planes.set(`sop:${data.string('x00080018')}`, {
        frameOfReferenceUID: data.string('x00200052')!,
        rows: data.uint16('x00280010')!,
        columns: data.uint16('x00280011')!,
        imagePositionPatient: numbers('x00200032', 3),
        rowCosines: iop.slice(0, 3),
        columnCosines: iop.slice(3),
        rowPixelSpacing: rowSpacing!,
        columnPixelSpacing: columnSpacing!,
      });
    }
  }
  return planes;
}

const distance = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

describe('DICOM SR export', () => {
  let session: BrowserSession | undefined;
  let dir: string;
  let truth: GroundTruth;
  let files: Record<string, Uint8Array>;
  let caliperFile: ReturnType<typeof truthAssessment>;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'viable-sr-e2e-'));
    truth = readGroundTruth();
    session = await openDemoSession(inject('baseUrl'));
    const { page } = session;
    await page.locator('[data-testid="export-json"]:not([disabled])').waitFor({ timeout: 90_000 });
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
    caliperFile = truthAssessment(JSON.parse(readFileSync(await json.path(), 'utf8')), truth);
    const file = path.join(dir, 'truth.json');
    writeFileSync(file, JSON.stringify(caliperFile, null, 2));
    await page.getByTestId('import-json-input').setInputFiles(file);
    await opener.notice(page, 'assessment-imported').waitFor();
    const [zip] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-sr').click()]);
    expect(zip.suggestedFilename()).toMatch(/^viable-VIABLE-DEMO-001-\d{4}-\d{2}-\d{2}\.sr\.zip$/);
    files = unzipSync(new Uint8Array(readFileSync(await zip.path())));
  });
  afterAll(async () => {
    await session?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes one SR per timepoint that dciodvfy passes without errors and dcmjs reads back', () => {
    expect(Object.keys(files).sort()).toEqual(caliperFile.timepoints.map((t) => expect.stringMatching(new RegExp(`^SR-${t.date}-.*\\.dcm$`))));
    for (const [name, bytes] of Object.entries(files)) {
      const file = path.join(dir, name);
      writeFileSync(file, bytes);
      const result = spawnSync('dciodvfy', [file], { encoding: 'utf8' });
      expect(`${result.stdout}${result.stderr}`.split('\n').filter((line) => line.startsWith('Error')), name).toEqual([]);
      const dataset = dcmjs.data.DicomMetaDictionary.naturalizeDataset(dcmjs.data.DicomMessage.readFile(bytes.slice().buffer).dict);
      expect(dataset.Modality).toBe('SR');
      const timepoint = caliperFile.timepoints.find((t) => name.startsWith(`SR-${t.date}`))!;
      expect(dataset.StudyInstanceUID).toBe(timepoint.studyInstanceUid);
    }
  });

  it("@cornerstonejs/adapters' MeasurementReport returns every caliper's line on its image, at the drawn endpoints", () => {
    const planes = arterialPlanes();
    metaData.addProvider((type: string, imageId: string) => (type === 'imagePlaneModule' ? planes.get(imageId) : undefined), 10_000);
    const sopToImageId = Object.fromEntries([...planes.keys()].map((imageId) => [`${imageId.slice(4)}:1`, imageId]));
    // The calipers of the file the test imported, by SOP Instance UID.
    type Caliper = { kind: string; image: { sopInstanceUid: string }; pointsMm: number[][] };
    const calipers: Caliper[] = (caliperFile.lesions as { findings: Record<string, { measurements?: Caliper[] }> }[]).flatMap((lesion) =>
      Object.values(lesion.findings).flatMap((finding) => finding.measurements ?? []),
    );
    let lines = 0;
    for (const bytes of Object.values(files)) {
      const dataset = dcmjs.data.DicomMetaDictionary.naturalizeDataset(dcmjs.data.DicomMessage.readFile(bytes.slice().buffer).dict);
      const state = adaptersSR.Cornerstone3D.MeasurementReport.generateToolState(dataset, sopToImageId, metaData, {}) as Record<string, Array<{ sopInstanceUid: string; annotation: { metadata: { referencedImageId: string }; data: { handles: { points: number[][] } } } }>>;
      for (const line of state.Length ?? []) {
        lines++;
        const caliper = calipers.find((c) => c.image.sopInstanceUid === line.sopInstanceUid && distance(c.pointsMm[0]!, line.annotation.data.handles.points[0]!) < 0.01);
        expect(caliper, `a caliper at ${line.annotation.data.handles.points[0]}`).toBeDefined();
        expect(line.annotation.metadata.referencedImageId).toBe(`sop:${caliper!.image.sopInstanceUid}`);
        expect(distance(caliper!.pointsMm[1]!, line.annotation.data.handles.points[1]!)).toBeLessThan(0.01);
      }
    }
    expect(lines).toBe(calipers.length);
  });

  it('re-imports into Viable on a fresh profile: the images and the SR files opened, each SR loaded, the same lesions, calipers and categories', async () => {
    const panelBefore = await readResponsePanel(session!.page);
    const [before] = await Promise.all([session!.page.waitForEvent('download'), session!.page.getByTestId('export-json').click()]);
    const exported = importAssessmentJson(readFileSync(await before.path(), 'utf8'));
    if (!exported.ok) throw new Error(exported.errors.join('\n'));

    // A folder with the arterial series (hard links, no copies) and the SR files.
    const folder = path.join(dir, 'reopen');
    for (const study of ARTERIAL_STUDIES) {
      mkdirSync(path.join(folder, study), { recursive: true });
      for (const name of readdirSync(path.join(DEMO_DIR, study, 'ART_2.5mm'))) linkSync(path.join(DEMO_DIR, study, 'ART_2.5mm', name), path.join(folder, study, name));
    }
    mkdirSync(path.join(folder, 'SR'));
    for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(folder, 'SR', name), bytes);

    const fresh = await openApp(inject('baseUrl'));
    try {
      const { page } = fresh;
      await opener.openFolder(page, folder);
      await opener.waitScan(page, 'done');
      await page.locator('[data-testid="export-json"]:not([disabled])').waitFor();
      const offers = page.getByTestId('sr-offer');
      await expect.poll(() => offers.count()).toBe(3);
      expect(await offers.evaluateAll((all) => all.map((o) => (o as HTMLElement).dataset.studyDate))).toEqual(['2026-01-12', '2026-02-23', '2026-04-20']);
      for (let i = 0; i < 3; i++) {
        await offers.nth(i).getByTestId('load-sr').click();
        await page.getByTestId('sr-load-status').filter({ hasText: (await offers.nth(i).getAttribute('data-study-date'))! }).waitFor();
      }

      const [after] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
      const reloaded = importAssessmentJson(readFileSync(await after.path(), 'utf8'));
      if (!reloaded.ok) throw new Error(reloaded.errors.join('\n'));
      const dateOf = (assessment: typeof exported.assessment, id: string) => assessment.timepoints.find((t) => t.id === id)!.date;
      const lesionsOf = (reading: typeof exported) =>
        reading.assessment.lesions
          .map((l) => ({ ...l, findings: Object.fromEntries(Object.entries(l.findings).map(([id, f]) => [dateOf(reading.assessment, id), f])) }))
          .sort((a, b) => a.id.localeCompare(b.id));
      expect(lesionsOf(reloaded)).toEqual(lesionsOf(exported));
      // The imported file named no Frame of Reference; the SR import takes it from the image.
      const calipersOf = (reading: typeof exported) =>
        Object.values(reading.measurements)
          .map(({ image: { frameOfReferenceUid: _for, ...image }, ...m }) => ({ ...m, image, timepointId: dateOf(reading.assessment, m.timepointId) }))
          .sort((a, b) => a.id.localeCompare(b.id));
      const [was, now] = [calipersOf(exported), calipersOf(reloaded)];
      expect(now.map(({ pointsMm: _p, ...rest }) => rest)).toEqual(was.map(({ pointsMm: _p, ...rest }) => rest));
      now.forEach((m, i) => m.pointsMm.forEach((point, j) => expect(distance(point, was[i]!.pointsMm[j]!)).toBeLessThan(0.01)));

      const panelAfter = await readResponsePanel(page);
      expect(Object.values(panelAfter.mrecist)).toEqual(Object.values(panelBefore.mrecist));
      expect(Object.values(panelAfter.recist)).toEqual(Object.values(panelBefore.recist));
      expect([panelAfter.mrecistBor, panelAfter.recistBor]).toEqual([panelBefore.mrecistBor, panelBefore.recistBor]);
      expect(Object.values(panelAfter.mrecist)).toEqual(['PR', 'PD']);
      expect(fresh.log.pageErrors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});
