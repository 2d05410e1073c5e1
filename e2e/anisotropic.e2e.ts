import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserSession } from './support/browser';
import { openDemoSession } from './support/demoSession';
import { isoDate, readGroundTruth, type NamedVoxel } from './support/groundTruth';
import { drawCaliper, lesionTable } from './support/measuring';
import { studyBrowser, viewport } from './support/pageObjects';

// The MR series has rectangular pixels (0.68 mm between rows, 0.9 mm between
// columns): a caliper's length must use both spacings the right way round.

let session: BrowserSession;

beforeAll(async () => {
  session = await openDemoSession(inject('baseUrl'));
});

afterAll(async () => {
  await session?.close();
});

describe('anisotropic pixel spacing', () => {
  it('measures calipers on the MR in mm from both spacings, each the right way round', async () => {
    const { page } = session;
    const truth = readGroundTruth();
    const mr = truth.studies.find((s) => s.series.some((se) => se.SeriesDescription === 'T1 VIBE ART'))!;
    const voxels = mr.series[0]!.namedVoxels!;
    const byName = (name: string) => voxels.find((v) => v.name === name) as NamedVoxel;
    const date = isoDate(mr.StudyDate);

    // The MR, the day after a CT follow-up, is left out by default; the reader includes it.
    await page.locator(`[data-testid="study-item"][data-study-date="${date}"]`).getByTestId('study-included').check();
    const stackId = await studyBrowser.open(page, 'T1 VIBE ART', date);
    await viewport.waitState(page, 'rendered', { stackId });

    // Mostly across columns (0.9 mm), then mostly across rows (0.68 mm): square pixels
    // of either size, or swapped spacings, put at least one of them off by over 8 mm.
    const calipers = [
      { lesionId: 'T1', from: byName('ivc'), to: byName('aortaCentre') },
      { lesionId: 'T2', from: byName('vertebralBody'), to: byName('subcutaneousFat') },
    ];
    for (const { lesionId, from, to } of calipers) {
      expect(from.sliceIndex).toBe(to.sliceIndex);
      await page.getByTestId('add-target').click();
      await lesionTable.row(page, lesionId).waitFor();
      await drawCaliper(page, 'WholeDiameter', from.positionMm, to.positionMm);
      await expect.poll(() => lesionTable.wholeNumber(page, lesionId, date)).toBeGreaterThan(0);
      const expectedMm = Math.hypot(...from.positionMm.map((v, i) => v - to.positionMm[i]!));
      expect(Math.abs((await lesionTable.wholeNumber(page, lesionId, date)) - expectedMm)).toBeLessThanOrEqual(0.5);
    }
  });

  it('draws a scale bar that is the same length in mm along rows and along columns', async () => {
    const { page } = session;
    const bar = viewport.pane(page).getByTestId('scale-bar');
    const lengthMm = Number(await bar.getAttribute('data-length-mm'));
    const barPx = (await bar.getByTestId('scale-bar-line').boundingBox())!.width;
    // Screen pixels per image column and per image row, from where the viewer draws pixel centres.
    const { perColumn, perRow } = await page.evaluate(() => {
      const handle = window.__viable!.viewports['vp-0']!;
      const [x0, y0] = handle.pixelToCanvas({ column: 0, row: 0 })!;
      const [xc, yc] = handle.pixelToCanvas({ column: 100, row: 0 })!;
      const [xr, yr] = handle.pixelToCanvas({ column: 0, row: 100 })!;
      return { perColumn: Math.hypot(xc - x0, yc - y0) / 100, perRow: Math.hypot(xr - x0, yr - y0) / 100 };
    });
    // 0.9 mm between columns, 0.68 mm between rows (the series' PixelSpacing).
    expect(barPx).toBeCloseTo((lengthMm / 0.9) * perColumn, 0);
    expect(barPx).toBeCloseTo((lengthMm / 0.68) * perRow, 0);
  });
});
