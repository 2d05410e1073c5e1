import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import dicomParser from 'dicom-parser';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, onTestFailed } from 'vitest';
import type { BrowserSession } from './support/browser';
import { openDemoSession } from './support/demoSession';
import { DEMO_DIR, isoDate, readGroundTruth, type GroundTruth, type Vec3 } from './support/groundTruth';
import { drawCaliper, lesionTable, showSliceOf } from './support/measuring';
import { studyBrowser, viewport } from './support/pageObjects';

// The reader's aids around the image: one toolbar row of icons, a scale bar, cine,
// the tag browser, thumbnails to tell series apart, and the calipers of the other
// phases of a study shown faintly where they lie.

/** A header value of a demo series' first file, read in Node (not through the app). */
function headerOf(truth: GroundTruth, studyTimepoint: string, description: string, tag: string): string {
  const study = truth.studies.find((s) => s.timepoint === studyTimepoint)!;
  const series = study.series.find((s) => s.SeriesDescription === description)!;
  const folder = path.join(DEMO_DIR, series.folder);
  const first = readdirSync(folder).filter((name) => name.endsWith('.dcm')).sort()[0]!;
  return dicomParser.parseDicom(readFileSync(path.join(folder, first))).string(tag) ?? '';
}

/** How far the content of `locator` sticks out of it sideways, CSS px (0 when it fits). */
const overflowPx = (locator: Locator) => locator.evaluate((el) => el.scrollWidth - el.clientWidth);

describe.each([
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
])('view aids at $width×$height', (windowSize) => {
  let session: BrowserSession;
  let truth: GroundTruth;
  let baseline: string;

  beforeAll(async () => {
    truth = readGroundTruth();
    baseline = isoDate(truth.studies.find((s) => s.timepoint === 'BL')!.StudyDate);
    session = await openDemoSession(inject('baseUrl'), windowSize);
    const stackId = await studyBrowser.open(session.page, 'ART 2.5mm', baseline);
    await viewport.waitState(session.page, 'rendered', { stackId });
  });

  beforeEach(({ task }) => {
    onTestFailed(async () => {
      await session.page.screenshot({ path: path.join('e2e-artifacts', `viewBits-${windowSize.width}-${task.name.replace(/\W+/g, '-')}.png`) });
    });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('puts the tools in one row above the images, as icons named for what they do', async () => {
    const { page } = session;
    const header = page.locator('.app-header');
    const headerBox = (await header.boundingBox())!;
    expect(headerBox.height).toBeLessThanOrEqual(44);
    expect(await overflowPx(header)).toBeLessThanOrEqual(0);
    // The caliper tools and undo share that row: every one of them lies inside it, none clipped.
    for (const testId of ['open-folder', 'export-json', 'tool-ViableDiameter', 'tool-WholeDiameter', 'tool-ViableBidirectional', 'tool-ShortAxis', 'undo', 'redo', 'layout-2x2']) {
      const box = (await page.getByTestId(testId).boundingBox())!;
      expect(box.y, testId).toBeGreaterThanOrEqual(headerBox.y);
      expect(box.y + box.height, testId).toBeLessThanOrEqual(headerBox.y + headerBox.height);
      expect(box.x + box.width, testId).toBeLessThanOrEqual(windowSize.width);
    }
    expect(await page.locator('.measure-toolbar').evaluate((el) => el.closest('.app-header') !== null)).toBe(true);
    // Icons keep their words: an accessible name and a tooltip on every toolbar button.
    const unnamed = await page.locator('.app-header button, [data-testid="viewport-toolbar"] button').evaluateAll((buttons) =>
      buttons.filter((b) => !(b.getAttribute('aria-label') || b.textContent?.trim()) || !b.getAttribute('title')).map((b) => b.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
    expect(await page.getByTestId('tool-ViableDiameter').getAttribute('aria-label')).toBe('Viable Ø');
    expect(await page.getByTestId('tool-ViableDiameter').locator('svg').count()).toBe(1);
    // Help is an icon button like the others, with a name and a tooltip; the button and the ? key open it.
    const help = page.getByTestId('open-shortcut-help');
    expect(await help.getAttribute('aria-label')).toBe('Keyboard shortcuts');
    expect(await help.getAttribute('title')).toMatch(/\(\?\)$/);
    expect(await help.locator('svg').count()).toBe(1);
    expect(await help.evaluate((el) => el.classList.contains('icon-button'))).toBe(true);
    await help.click();
    await page.getByTestId('shortcut-help').waitFor();
    await page.getByTestId('close-shortcut-help').click();
    await page.locator('body').press('?');
    await page.getByTestId('shortcut-help').waitFor();
    await page.getByTestId('close-shortcut-help').click();
    expect(await page.getByTestId('shortcut-help').count()).toBe(0);
    expect(await overflowPx(viewport.pane(page).getByTestId('viewport-toolbar'))).toBeLessThanOrEqual(0);
  });

  it('fits both pane toolbars in Compare', async () => {
    const { page } = session;
    await page.getByTestId('compare').click();
    await viewport.waitState(page, 'rendered', { viewportId: 'vp-1' });
    for (const id of ['vp-0', 'vp-1']) {
      const toolbar = viewport.pane(page, id).getByTestId('viewport-toolbar');
      expect(await overflowPx(toolbar), id).toBeLessThanOrEqual(0);
      expect((await toolbar.boundingBox())!.height, id).toBeLessThanOrEqual(34);
    }
    await page.getByTestId('layout-1x1').click();
    const stackId = await studyBrowser.open(page, 'ART 2.5mm', baseline);
    await viewport.waitState(page, 'rendered', { stackId });
  });

  it("draws a scale bar as long as its mm are in the image's pixels", async () => {
    const { page } = session;
    const [rowSpacingMm, columnSpacingMm] = headerOf(truth, 'BL', 'ART 2.5mm', 'x00280030').split('\\').map(Number) as [number, number];
    expect(rowSpacingMm).toBeGreaterThan(0);
    const bar = viewport.pane(page).getByTestId('scale-bar');
    const lengthMm = Number(await bar.getAttribute('data-length-mm'));
    const barPx = (await bar.getByTestId('scale-bar-line').boundingBox())!.width;
    // Screen pixels per image column, from where the viewer draws two pixel centres.
    const pxPerColumn = await page.evaluate(() => {
      const handle = window.__viable!.viewports['vp-0']!;
      const [x1, y1] = handle.pixelToCanvas({ column: 0, row: 0 })!;
      const [x2, y2] = handle.pixelToCanvas({ column: 100, row: 0 })!;
      return Math.hypot(x2 - x1, y2 - y1) / 100;
    });
    expect(lengthMm).toBeGreaterThan(0);
    expect(barPx).toBeCloseTo((lengthMm / columnSpacingMm) * pxPerColumn, 0);
    expect(await bar.innerText()).toBe(`${lengthMm} mm`);
  });

  it('plays the slices as a cine and stops when paused', async () => {
    const { page } = session;
    const pane = viewport.pane(page);
    await pane.getByTestId('cine-fps').selectOption('20');
    await pane.getByTestId('cine-toggle').click();
    expect(await pane.getByTestId('cine-toggle').getAttribute('aria-pressed')).toBe('true');
    const seen = new Set<number>();
    await expect
      .poll(async () => {
        seen.add(Number(await pane.getAttribute('data-slice-index')));
        return seen.size;
      }, { timeout: 20_000 })
      .toBeGreaterThanOrEqual(4);
    await pane.getByTestId('cine-toggle').click();
    expect(await pane.getByTestId('cine-toggle').getAttribute('aria-pressed')).toBe('false');
    // Paused: the frame being decoded when pause was pressed may still land (within
    // 500 ms on a busy machine); after it, no slice changes over the time of 16 frames.
    const changes = await pane.evaluate(
      (el) =>
        new Promise<number>((resolve) => {
          let count = 0;
          const observer = new MutationObserver(() => count++);
          setTimeout(() => observer.observe(el, { attributes: true, attributeFilter: ['data-slice-index'] }), 500);
          setTimeout(() => {
            observer.disconnect();
            resolve(count);
          }, 1300);
        }),
    );
    expect(changes).toBe(0);
  });

  it('browses the tags of the image on screen, by keyboard, with search', async () => {
    const { page } = session;
    const t1 = truth.lesions.find((l) => l.id === 'T1')!.timepoints.find((t) => t.timepoint === 'BL')!;
    await showSliceOf(page, t1.viableEndpointsMm![0]);
    const zOnScreen = Number(/z (-?\d+(?:\.\d+)?) mm/.exec(await viewport.pane(page).getByTestId('overlay-slice').innerText())?.[1]);
    const opener = viewport.pane(page).getByTestId('open-tag-browser');
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('tag-browser');
    await dialog.getByTestId('tag-row').first().waitFor();
    const value = (keyword: string) => dialog.locator(`[data-testid="tag-row"][data-keyword="${keyword}"] [data-testid="tag-value"]`).first().innerText();
    expect(await value('SeriesDescription')).toBe('ART 2.5mm');
    expect(await value('PixelSpacing')).toBe(headerOf(truth, 'BL', 'ART 2.5mm', 'x00280030'));
    // The image on screen, not the series' first: its position is the overlay's.
    expect(Number((await value('ImagePositionPatient')).split('\\')[2])).toBeCloseTo(zOnScreen, 1);
    // Focus starts in the search box; typing narrows the list.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tag-search');
    await page.keyboard.type('pixelspac');
    await expect.poll(() => dialog.getByTestId('tag-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-keyword')))).toEqual(['PixelSpacing']);
    // Keys typed in the dialog are not shortcuts, and Escape closes it with focus back on its button.
    expect(await page.getByTestId('tool-ViableDiameter').getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('open-tag-browser');
  });

  it('shows thumbnails big enough to tell series apart', async () => {
    const { page } = session;
    const stackId = await studyBrowser.item(page, 'PV 2.5mm', baseline).getAttribute('data-stack-id');
    const thumbnail = await studyBrowser.waitThumbnail(page, stackId ?? '');
    const box = (await thumbnail.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(96);
    expect(box.height).toBeGreaterThanOrEqual(96);
    expect(await studyBrowser.thumbnailLitFraction(thumbnail)).toBeGreaterThan(0.05);
  });

  it('shows an arterial caliper faintly on the portal-venous series at its slice, changing nothing', async () => {
    const { page } = session;
    const t1 = truth.lesions.find((l) => l.id === 'T1')!.timepoints.find((t) => t.timepoint === 'BL')!;
    const [from, to] = t1.viableEndpointsMm! as [Vec3, Vec3];
    await drawCaliper(page, 'ViableDiameter', from, to);
    await lesionTable.row(page, 'T1').waitFor();
    // The new caliper is selected: its one action fits the tool row, whatever words give way.
    const toolRow = (await page.locator('.measure-toolbar').boundingBox())!;
    const action = (await page.getByTestId('caliper-to-new-target').boundingBox())!;
    expect(action.x + action.width).toBeLessThanOrEqual(toolRow.x + toolRow.width + 0.5);
    expect(action.width).toBeGreaterThan(60);
    const sum = await page.getByTestId('baseline-sum').innerText();
    const cell = await lesionTable.cell(page, 'T1', baseline).innerText();
    const calipers = await page.getByTestId('caliper-item').count();
    expect(await viewport.pane(page).getByTestId('projected-caliper').count()).toBe(0); // not over its own series

    const pvStack = await studyBrowser.open(page, 'PV 2.5mm', baseline);
    await viewport.waitState(page, 'rendered', { stackId: pvStack });
    await showSliceOf(page, from);
    const projected = viewport.pane(page).getByTestId('projected-caliper');
    await projected.waitFor();
    expect(await projected.getAttribute('data-label')).toBe('T1 viable (arterial)');
    expect(await projected.locator('text').textContent()).toBe('T1 viable (arterial)');
    // Drawn where the caliper lies in patient space, and transparent to the pointer.
    const line = await projected.locator('line').evaluate((l) => {
      const svgLine = l as unknown as SVGLineElement;
      return [svgLine.x1, svgLine.y1, svgLine.x2, svgLine.y2].map((a) => a.baseVal.value);
    });
    const expected = await page.evaluate(
      ([a, b]) => [...window.__viable!.viewports['vp-0']!.worldToCanvas(a), ...window.__viable!.viewports['vp-0']!.worldToCanvas(b)],
      [from, to] as [Vec3, Vec3],
    );
    line.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 0));
    expect(await projected.evaluate((g) => getComputedStyle((g as unknown as SVGGElement).ownerSVGElement!).pointerEvents)).toBe('none');
    const style = await projected.locator('line').evaluate((l) => ({ dash: getComputedStyle(l).strokeDasharray, opacity: Number(getComputedStyle(l).opacity) }));
    expect(style.dash).not.toBe('none');
    expect(style.opacity).toBeLessThan(1);
    // No annotation of it on this series: nothing to select, move or count.
    const annotations = await viewport.pane(page).locator('[data-annotation-uid]').count();
    expect(annotations).toBe(0);
    expect(await page.getByTestId('baseline-sum').innerText()).toBe(sum);
    expect(await lesionTable.cell(page, 'T1', baseline).innerText()).toBe(cell);
    expect(await page.getByTestId('caliper-item').count()).toBe(calipers);

    // Three slices (7.5 mm) away it is not shown at all.
    const index = Number(await viewport.pane(page).getAttribute('data-slice-index'));
    await page.evaluate((i) => window.__viable!.viewports['vp-0']!.scrollToIndex(i), index + 3);
    await viewport.pane(page).and(page.locator(`[data-slice-index="${index + 3}"][data-render-state="rendered"]`)).waitFor();
    expect(await projected.count()).toBe(0);
  });
});
