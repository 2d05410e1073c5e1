// Issue 15.4: the lipiodol overlay marks the known deposit and not the viable nodule;
// the subtraction view shows the viable nodule bright and the deposit near 0 HU.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { BrowserSession } from './support/browser';
import { openDemoSession } from './support/demoSession';
import { readGroundTruth, type NamedVoxel, type Vec3 } from './support/groundTruth';
import { drawCaliper, lesionTable, pagePointOf, showSliceOf } from './support/measuring';
import { studyBrowser, viewport } from './support/pageObjects';

const truth = readGroundTruth();
const fu1 = truth.studies.find((s) => s.id === 'CT_FU1')!;
const voxel = (description: string, name: string): NamedVoxel => {
  const found = fu1.series.find((s) => s.SeriesDescription === description)?.namedVoxels?.find((v) => v.name === name);
  if (!found) throw new Error(`no ${name} in FU1 ${description}`);
  return found;
};
const LIPIODOL = voxel('ART 2.5mm', 'T1Lipiodol');
const VIABLE = voxel('ART 2.5mm', 'T1ViableCentre');
const NC_LIPIODOL = voxel('NC 5mm', 'T1Lipiodol');
const NC_VIABLE = voxel('NC 5mm', 'T1ViableCentre');
const fu1Date = `${fu1.StudyDate.slice(0, 4)}-${fu1.StudyDate.slice(4, 6)}-${fu1.StudyDate.slice(6)}`;

const control = (page: Page, testId: string) => viewport.pane(page).getByTestId(testId);

/** RGBA of the overlay canvas under a patient point of the slice on screen. */
async function overlayAt(page: Page, pointMm: Vec3): Promise<number[]> {
  const [x, y] = await page.evaluate((p) => window.__viable!.viewports['vp-0']!.worldToCanvas(p), pointMm);
  return control(page, 'lipiodol-overlay').evaluate((canvas: HTMLCanvasElement, [cx, cy]) => {
    const ratio = canvas.width / canvas.clientWidth;
    return [...canvas.getContext('2d')!.getImageData(Math.floor(cx! * ratio), Math.floor(cy! * ratio), 1, 1).data];
  }, [x, y]);
}

/** The value the cursor readout shows over a patient point (the number before "HU"). */
async function readoutAt(page: Page, pointMm: Vec3): Promise<number> {
  const [x, y] = await pagePointOf(page, pointMm);
  await page.mouse.move(Math.round(x), Math.round(y));
  const text = await control(page, 'overlay-readout').innerText();
  const value = /(-?[\d.]+) HU$/.exec(text)?.[1];
  if (value === undefined) throw new Error(`no HU in readout "${text}"`);
  return Number(value);
}

describe('lipiodol-aware measuring aid', () => {
  let session: BrowserSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  // Both of Cornerstone's rendering paths: the pixels branch may move software WebGL to the CPU path.
  it.each(['/', '/?render=cpu'])('marks the lipiodol deposit (≥ 300 HU) on the arterial CT and not the viable nodule, following zoom; MR and cone-beam CT say why there is no overlay (%s)', async (start) => {
    session = await openDemoSession(inject('baseUrl'), undefined, start);
    const { page, log } = session;
    const stackId = await studyBrowser.open(page, 'ART 2.5mm', fu1Date);
    await viewport.waitState(page, 'rendered', { stackId });
    await showSliceOf(page, LIPIODOL.positionMm);
    await control(page, 'lipiodol-toggle').click();
    await control(page, 'lipiodol-overlay').and(page.locator('[data-marked-count]')).waitFor();
    expect(Number(await control(page, 'lipiodol-overlay').getAttribute('data-marked-count'))).toBeGreaterThan(0);

    const onDeposit = await overlayAt(page, LIPIODOL.positionMm);
    expect(onDeposit[3]).toBeGreaterThan(0); // drawn
    expect(onDeposit.slice(0, 3)).toEqual([0, 220, 255]); // in the mask colour
    expect((await overlayAt(page, VIABLE.positionMm))[3]).toBe(0);

    // It follows zoom: after zooming in, the deposit is still under the mask and the nodule is not.
    const zoomBefore = await control(page, 'overlay-zoom').innerText();
    await page.getByTestId('tool-zoom').click();
    const [x, y] = await pagePointOf(page, VIABLE.positionMm);
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y - 80, { steps: 4 });
    await page.mouse.up();
    await page.getByTestId('tool-windowlevel').click();
    expect(await control(page, 'overlay-zoom').innerText()).not.toBe(zoomBefore);
    await expect.poll(async () => (await overlayAt(page, LIPIODOL.positionMm))[3]).toBeGreaterThan(0);
    expect((await overlayAt(page, VIABLE.positionMm))[3]).toBe(0);

    // A higher threshold than the deposit (450 HU) leaves it unmarked, and is remembered.
    await control(page, 'lipiodol-threshold').fill('600');
    await control(page, 'lipiodol-threshold').press('Enter');
    await expect.poll(async () => (await overlayAt(page, LIPIODOL.positionMm))[3]).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('viable.lipiodolThresholdHu'))).toBe('600');

    await studyBrowser.open(page, 'T1 VIBE ART', '2026-02-24');
    await expect.poll(() => control(page, 'lipiodol-unavailable').innerText()).toContain('not Hounsfield units');
    expect(await control(page, 'lipiodol-toggle').isDisabled()).toBe(true);
    await studyBrowser.open(page, 'CBCT ART', '2026-01-20');
    await expect.poll(() => control(page, 'lipiodol-unavailable').innerText()).toContain('cone-beam CT');
    expect(log.pageErrors).toEqual([]);
  });

  it.each(['/', '/?render=cpu'])('offers arterial − non-contrast per study: the viable nodule stays bright, the deposit cancels, and a viable caliper drawn there counts (%s)', async (start) => {
    session = await openDemoSession(inject('baseUrl'), undefined, start);
    const { page, log } = session;
    // What the arterial and non-contrast images read at the nodule and the deposit.
    const readSeries = async (description: string) => {
      const id = await studyBrowser.open(page, description, fu1Date);
      await viewport.waitState(page, 'rendered', { stackId: id });
      await showSliceOf(page, VIABLE.positionMm);
      return { viable: await readoutAt(page, VIABLE.positionMm), lipiodol: await readoutAt(page, LIPIODOL.positionMm) };
    };
    const arterial = await readSeries('ART 2.5mm');
    const nonContrast = await readSeries('NC 5mm');
    expect(arterial.lipiodol).toBeGreaterThan(300); // on the arterial image the deposit is as bright as contrast

    const item = page.locator(`[data-testid="study-item"][data-study-date="${fu1Date}"] [data-testid="subtraction-item"]`);
    expect(await item.locator('.series-label').innerText()).toBe('ART 2.5mm − NC 5mm');
    const stackId = (await item.getAttribute('data-stack-id'))!;
    await item.locator('button').click();
    await viewport.waitState(page, 'rendered', { stackId });
    await showSliceOf(page, VIABLE.positionMm);
    const viable = await readoutAt(page, VIABLE.positionMm);
    const lipiodol = await readoutAt(page, LIPIODOL.positionMm);
    // Pixel for pixel the difference of the two scans at the same patient position…
    expect(Math.abs(viable - (arterial.viable - nonContrast.viable))).toBeLessThanOrEqual(1);
    expect(Math.abs(lipiodol - (arterial.lipiodol - nonContrast.lipiodol))).toBeLessThanOrEqual(1);
    // …which is the enhancement: 130 − 40 HU for the nodule, 450 − 450 for the deposit, within 4σ of the two scans' noise.
    const tolerance = 4 * Math.SQRT2 * LIPIODOL.noiseSigma;
    expect(Math.abs(viable - (VIABLE.expectedValue - NC_VIABLE.expectedValue))).toBeLessThanOrEqual(tolerance);
    expect(Math.abs(lipiodol - (LIPIODOL.expectedValue - NC_LIPIODOL.expectedValue))).toBeLessThanOrEqual(tolerance);
    expect(viable - lipiodol).toBeGreaterThan(45);

    // A viable diameter drawn on the subtraction is filed at FU1 and counts under mRECIST with no phase warning.
    const t1 = truth.lesions.find((l) => l.id === 'T1')!.timepoints.find((t) => t.timepoint === 'FU1')!;
    await drawCaliper(page, 'ViableDiameter', ...t1.viableEndpointsMm!);
    const [lesionId] = await page.getByTestId('lesion-row').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.lesionId));
    await expect.poll(() => lesionTable.firstNumber(page, lesionId!, fu1Date)).toBeGreaterThan(0);
    expect(Math.abs((await lesionTable.firstNumber(page, lesionId!, fu1Date)) - t1.viableLongestDiameterMm)).toBeLessThanOrEqual(1);
    expect(await page.getByTestId('notice').count()).toBe(0);
    await lesionTable.cell(page, lesionId!, fu1Date).click();
    const caliper = page.getByTestId('caliper-item');
    expect(await caliper.innerText()).toContain('arterial-subtraction');
    expect(await caliper.getAttribute('data-counted')).toBe('true');
    // Filed on the arterial image (the DICOM instance an export names), drawn back on the subtraction image.
    const measurementId = (await caliper.getAttribute('data-measurement-id'))!;
    expect(await page.evaluate((id) => window.__viable!.caliperImageId(id), measurementId)).toMatch(/^subtraction:/);
    expect(log.pageErrors).toEqual([]);
  });
});
