import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openApp, type BrowserSession } from './support/browser';
import { GROUND_TRUTH_FILE, readGroundTruth, type TruthSeries, type TruthStudy } from './support/groundTruth';
import { opener, studyBrowser, viewport } from './support/pageObjects';

function truthSeries(studyId: string, description: string): { study: TruthStudy; series: TruthSeries } {
  const truth = readGroundTruth();
  const study = truth.studies.find((s) => s.id === studyId);
  const series = study?.series.find((s) => s.SeriesDescription === description);
  if (!study || !series) throw new Error(`no ${studyId} / ${description} in ${GROUND_TRUTH_FILE}`);
  return { study, series };
}

/** What a reader does in one pane (vp-0) beyond the shared page objects: open and wait, hover a patient position, read overlays. */
const pane = {
  /** Shows a series in the active pane (vp-0) and waits until its first image is drawn. */
  async open(page: Page, description: string, studyDate: string) {
    const stackId = await studyBrowser.open(page, description, studyDate);
    return viewport.waitState(page, 'rendered', { stackId });
  },

  /** Shows the slice nearest to `positionMm` and moves the mouse onto that point. */
  async hover(page: Page, positionMm: [number, number, number]) {
    const index = await page.evaluate((p) => window.__viable?.viewports['vp-0']?.sliceIndexNearest(p), positionMm);
    expect(index).toBeTypeOf('number');
    await page.evaluate((i) => window.__viable?.viewports['vp-0']?.scrollToIndex(i), index as number);
    await viewport.pane(page).and(page.locator(`[data-slice-index="${index}"][data-render-state="rendered"]`)).waitFor();
    const [x, y] = (await page.evaluate((p) => window.__viable?.viewports['vp-0']?.worldToCanvas(p), positionMm)) ?? [NaN, NaN];
    const box = await page.locator('[data-viewport-id="vp-0"] [data-testid="viewport-element"]').boundingBox();
    if (!box) throw new Error('viewport element has no box');
    // Mouse events carry whole CSS pixels (fractions are truncated); rounding keeps
    // the pointer within half a CSS pixel of the voxel centre, inside the voxel while one spans over a CSS pixel.
    await page.mouse.move(Math.round(box.x + x), Math.round(box.y + y));
    return index as number;
  },

  readout: (page: Page) => page.locator('[data-viewport-id="vp-0"] [data-testid="overlay-readout"]').innerText(),
  text: (page: Page, testId: string) => page.locator(`[data-viewport-id="vp-0"] [data-testid="${testId}"]`).innerText(),
};

/**
 * A copy of a Part 10 file that claims another transfer syntax: the header
 * still parses, the pixel data cannot be decoded. Only group 0002 changes,
 * so (0002,0010) and the group length are rewritten in place.
 */
function withTransferSyntax(file: Buffer, uid: string): Buffer {
  const value = Buffer.from(uid.length % 2 ? `${uid}\0` : uid, 'latin1');
  let offset = 132; // preamble + "DICM"
  let groupLengthAt = -1;
  while (file.readUInt16LE(offset) === 0x0002) {
    const element = file.readUInt16LE(offset + 2);
    const length = file.readUInt16LE(offset + 6); // group 0002 is explicit VR LE with short lengths (UL, UI, OB aside)
    const vr = file.toString('latin1', offset + 4, offset + 6);
    const header = vr === 'OB' ? 12 : 8;
    const valueLength = vr === 'OB' ? file.readUInt32LE(offset + 8) : length;
    if (element === 0x0000) groupLengthAt = offset + 8;
    if (element === 0x0010) {
      const out = Buffer.concat([file.subarray(0, offset + 8), value, file.subarray(offset + 8 + valueLength)]);
      out.writeUInt16LE(value.length, offset + 6);
      if (groupLengthAt >= 0) out.writeUInt32LE(out.readUInt32LE(groupLengthAt) + value.length - valueLength, groupLengthAt);
      return out;
    }
    offset += header + valueLength;
  }
  throw new Error('no (0002,0010) in file meta');
}

/**
 * Asserts that the readout at the aorta centre names the ground-truth pixel and
 * a value within 4σ: HU for CT, the unitless stored value for MR.
 */
async function expectAortaReadout(page: Page, studyId: string, description: string) {
  const { study, series } = truthSeries(studyId, description);
  const aorta = series.namedVoxels?.find((v) => v.name === 'aortaCentre');
  if (!aorta) throw new Error(`ground truth has no aortaCentre in ${description}`);
  await pane.open(page, series.SeriesDescription, study.StudyDate);
  await pane.hover(page, aorta.positionMm);
  const text = await pane.readout(page);
  const unit = studyId.startsWith('MR') ? '' : ' HU';
  const match = new RegExp(`^\\((\\d+), (\\d+)\\) · \\(([-\\d.]+), ([-\\d.]+), ([-\\d.]+)\\) mm · (-?[\\d.]+)${unit}$`).exec(text);
  expect(match, text).not.toBeNull();
  const [, column, row, , , z, value] = match!.map(Number);
  expect([column, row]).toEqual([aorta.column, aorta.row]);
  expect(z).toBeCloseTo(aorta.positionMm[2], 1);
  expect(Math.abs(value! - aorta.expectedValue)).toBeLessThanOrEqual(4 * aorta.noiseSigma);
}

describe('stack viewport', () => {
  let session: BrowserSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('reads HU (CT) and stored values (MR) under the cursor, scrolls, windows, and shows RLE and multi-frame series', async () => {
    session = await openApp(inject('baseUrl'));
    const { page, log } = session;
    await opener.loadDemo(page);
    await studyBrowser.waitSeries(page);
    await expectAortaReadout(page, 'MR_LIVER', 'T1 VIBE ART');
    await expectAortaReadout(page, 'CT_BL', 'ART 2.5mm');

    const vp0 = viewport.pane(page);
    const index = Number(await vp0.getAttribute('data-slice-index'));
    const sliceBefore = await pane.text(page, 'overlay-slice');
    await page.mouse.down(); // a click without drag focuses the pane and leaves W/L as it is
    await page.mouse.up();
    await page.keyboard.press('ArrowDown');
    await vp0.and(page.locator(`[data-slice-index="${index + 1}"][data-render-state="rendered"]`)).waitFor();
    expect(await pane.text(page, 'overlay-slice')).not.toBe(sliceBefore);
    await page.mouse.wheel(0, -120);
    await vp0.and(page.locator(`[data-slice-index="${index}"][data-render-state="rendered"]`)).waitFor();
    expect(await pane.text(page, 'overlay-slice')).toBe(sliceBefore);

    await viewport.applyPreset(page, 'liver');
    await expect.poll(() => pane.text(page, 'overlay-wl')).toBe('W 150 L 90');
    await viewport.applyPreset(page, 'bone');
    await expect.poll(() => pane.text(page, 'overlay-wl')).toBe('W 1800 L 400');

    const rle = truthSeries('CT_FU2', 'NC 5mm');
    await pane.open(page, rle.series.SeriesDescription, rle.study.StudyDate);
    expect(Number(await vp0.getAttribute('data-image-count'))).toBe(rle.series.sliceCount);

    const cbct = truthSeries('ANGIO_TACE', 'CBCT ART');
    await pane.open(page, cbct.series.SeriesDescription, cbct.study.StudyDate);
    expect(Number(await vp0.getAttribute('data-image-count'))).toBe(cbct.series.numberOfFrames);
    expect(await page.locator('[data-viewport-id="vp-0"] [data-testid="viewport-error"]').count()).toBe(0);
    expect(log.pageErrors).toEqual([]);
  });

  it('shows an axial CT head first: Im 1 is the most superior slice, the index is the ground truth\'s sliceIndex, down goes to the feet', async () => {
    session = await openApp(inject('baseUrl'));
    const { page, log } = session;
    await opener.loadDemo(page);
    await studyBrowser.waitSeries(page);
    const { study, series } = truthSeries('CT_BL', 'ART 2.5mm');
    const voxels = series.namedVoxels ?? [];
    expect(voxels.length).toBeGreaterThan(0);
    const vp0 = await pane.open(page, series.SeriesDescription, study.StudyDate);
    const n = series.sliceCount;
    // The ground truth's slices are evenly spaced and count from the most superior one (IM0001).
    const zOf = (index: number) => (voxels[0]!.positionMm[2] + (voxels[0]!.sliceIndex - index) * series.sliceSpacingMm).toFixed(1);
    const slice = (index: number) => `Im ${index + 1}/${n} · z ${zOf(index)} mm`;
    const rendered = (index: number) => vp0.and(page.locator(`[data-slice-index="${index}"][data-render-state="rendered"]`)).waitFor();

    await rendered(0);
    expect(await pane.text(page, 'overlay-slice')).toBe(slice(0));
    expect(Number(zOf(0))).toBeGreaterThan(Number(zOf(n - 1)));

    for (const voxel of voxels) {
      const nearest = await page.evaluate((p) => window.__viable?.viewports['vp-0']?.sliceIndexNearest(p), voxel.positionMm);
      expect(nearest, voxel.name).toBe(voxel.sliceIndex);
      await page.evaluate((i) => window.__viable?.viewports['vp-0']?.scrollToIndex(i), voxel.sliceIndex);
      await rendered(voxel.sliceIndex);
      expect(await pane.text(page, 'overlay-slice'), voxel.name).toBe(`Im ${voxel.sliceIndex + 1}/${n} · z ${voxel.positionMm[2].toFixed(1)} mm`);
    }

    // ArrowDown, PageDown and the wheel step toward the feet (z falls); ArrowUp back toward the head.
    const start = voxels[0]!.sliceIndex;
    await page.evaluate((i) => window.__viable?.viewports['vp-0']?.scrollToIndex(i), start);
    await rendered(start);
    const box = await page.locator('[data-viewport-id="vp-0"] [data-testid="viewport-element"]').boundingBox();
    if (!box) throw new Error('viewport element has no box');
    await page.mouse.move(Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2));
    await page.mouse.down(); // a click without drag focuses the pane
    await page.mouse.up();
    await page.keyboard.press('ArrowDown');
    await rendered(start + 1);
    expect(await pane.text(page, 'overlay-slice')).toBe(slice(start + 1));
    await page.mouse.wheel(0, 120);
    await rendered(start + 2);
    expect(await pane.text(page, 'overlay-slice')).toBe(slice(start + 2));
    await page.keyboard.press('ArrowUp');
    await rendered(start + 1);
    expect(await pane.text(page, 'overlay-slice')).toBe(slice(start + 1));
    expect(log.pageErrors).toEqual([]);
  });

  it('windows by drag and shortcut, zooms, fits, inverts, resets and follows the slice slider', async () => {
    session = await openApp(inject('baseUrl'));
    const { page } = session;
    await opener.loadDemo(page);
    await studyBrowser.waitSeries(page);
    const { study, series } = truthSeries('CT_BL', 'ART 2.5mm');
    const vp0 = await pane.open(page, series.SeriesDescription, study.StudyDate);
    const button = (testId: string) => page.locator(`[data-viewport-id="vp-0"] [data-testid="${testId}"]`);
    const headerWindow = await pane.text(page, 'overlay-wl');
    const box = await button('viewport-element').boundingBox();
    if (!box) throw new Error('viewport element has no box');
    const drag = async (dx: number, dy: number) => {
      const [x, y] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + dx, y + dy, { steps: 5 });
      await page.mouse.up();
    };

    await drag(60, 30);
    await expect.poll(() => pane.text(page, 'overlay-wl')).not.toBe(headerWindow);
    // Zoom is physical (100% = one screen pixel per mm): Fit returns to the fitted image's own percentage.
    const fitted = await pane.text(page, 'overlay-zoom');
    await button('tool-zoom').click();
    await drag(0, 80);
    await expect.poll(() => pane.text(page, 'overlay-zoom')).not.toBe(fitted);
    await button('viewport-fit').click();
    await expect.poll(() => pane.text(page, 'overlay-zoom')).toBe(fitted);
    await button('viewport-invert').click();
    // The pressed state follows the next IMAGE_RENDERED, not the click.
    await expect.poll(() => button('viewport-invert').getAttribute('aria-pressed')).toBe('true');
    await button('viewport-reset').click();
    await expect.poll(() => pane.text(page, 'overlay-wl')).toBe(headerWindow);
    await expect.poll(() => button('viewport-invert').getAttribute('aria-pressed')).toBe('false');

    // The app's shortcuts reach the active pane through the store: 1 = liver window, P = pan on left drag.
    await page.keyboard.press('1');
    await expect.poll(() => pane.text(page, 'overlay-wl')).toBe('W 150 L 90');
    await page.keyboard.press('p');
    await expect.poll(() => button('tool-pan').getAttribute('aria-pressed')).toBe('true');

    const slider = await button('slice-slider').boundingBox();
    if (!slider) throw new Error('slice slider has no box');
    await page.mouse.click(Math.round(slider.x + slider.width - 2), Math.round(slider.y + slider.height / 2));
    await vp0.and(page.locator(`[data-slice-index="${series.sliceCount - 1}"][data-render-state="rendered"]`)).waitFor();
    // The slider's far end is the last image: the most inferior slice.
    const lowest = Math.min(...(series.namedVoxels ?? []).map((v) => v.positionMm[2] - (series.sliceCount - 1 - v.sliceIndex) * series.sliceSpacingMm));
    expect(await pane.text(page, 'overlay-slice')).toBe(`Im ${series.sliceCount}/${series.sliceCount} · z ${lowest.toFixed(1)} mm`);
  });

  it('renders and reads the same values with the CPU fallback', async () => {
    session = await openApp(inject('baseUrl'), '/?render=cpu');
    const { page, log } = session;
    expect(await page.locator('html').getAttribute('data-render-mode')).toBe('cpu');
    await opener.loadDemo(page);
    await studyBrowser.waitSeries(page);
    await expectAortaReadout(page, 'CT_BL', 'ART 2.5mm');
    const rle = truthSeries('CT_FU2', 'NC 5mm');
    await pane.open(page, rle.series.SeriesDescription, rle.study.StudyDate);
    expect(log.pageErrors).toEqual([]);
  });

  it('says why a series cannot be displayed', async () => {
    const { study, series } = truthSeries('CT_FU2', 'NC 5mm');
    const source = readFileSync(path.join('test-data/generated/synthetic', series.folder, 'IM0001.dcm'));
    const dir = mkdtempSync(path.join(tmpdir(), 'viable-ts-'));
    const file = path.join(dir, 'mpeg2.dcm');
    writeFileSync(file, withTransferSyntax(source, '1.2.840.10008.1.2.4.100'));
    try {
      session = await openApp(inject('baseUrl'));
      const { page } = session;
      await opener.openFiles(page, [file]);
      await studyBrowser.waitSeries(page);
      const stackId = await studyBrowser.open(page, series.SeriesDescription, study.StudyDate);
      await viewport.waitState(page, 'error', { stackId });
      expect(await page.locator('[data-viewport-id="vp-0"] [data-testid="viewport-error"]').innerText()).toBe(
        'Cannot display: unsupported transfer syntax 1.2.840.10008.1.2.4.100',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
