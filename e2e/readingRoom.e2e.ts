import { linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, onTestFailed } from 'vitest';
import { openApp, type BrowserSession } from './support/browser';
import { openDemoSession } from './support/demoSession';
import { DEMO_DIR, isoDate, readGroundTruth, type GroundTruth } from './support/groundTruth';
import { box, expectOneToolbarRow, inside } from './support/headerRow';
import { largeFolder } from './support/largeFolder';
import { drawCaliper, lesionTable, showSliceOf } from './support/measuring';
import { opener, studyBrowser, viewport } from './support/pageObjects';

// The reading room on a laptop and on a desktop screen: a fixed frame whose panels
// scroll on their own, the response always in view while measuring, side panels
// the reader resizes and collapses.

/** Whether two boxes share any area (touching edges do not count). */
function overlaps(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) {
  return a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
}

describe.each([
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
])('reading room at $width×$height', (windowSize) => {
  let session: BrowserSession;
  let truth: GroundTruth;
  const screen = { x: 0, y: 0, ...windowSize };

  beforeAll(async () => {
    truth = readGroundTruth();
    session = await openDemoSession(inject('baseUrl'), windowSize);
    const { page } = session;
    await page.getByTestId('import-json-input').setInputFiles(path.resolve('test-data/assessments/synthetic-demo.json'));
    await lesionTable.row(page, 'T1').waitFor();
    const baseline = isoDate(truth.studies.find((s) => s.timepoint === 'BL')!.StudyDate);
    const stackId = await studyBrowser.open(page, 'ART 2.5mm', baseline);
    await viewport.waitState(page, 'rendered', { stackId });
    await lesionTable.activate(page, 'T1');
  });

  /** The caliper texts drawn over the image in `viewportId`, with the line width of their caliper. */
  const caliperTexts = (page: Page, viewportId = 'vp-0') =>
    page.locator(`[data-viewport-id="${viewportId}"] [data-testid="viewport-element"] svg`).evaluate((svg) =>
      Array.from(svg.querySelectorAll('text'), (text) => text.textContent ?? '').filter((t) => t.trim() !== ''),
    );

  beforeEach(({ task }) => {
    onTestFailed(async () => {
      await session.page.screenshot({ path: path.join('e2e-artifacts', `readingRoom-${windowSize.width}-${task.name.replace(/\W+/g, '-')}.png`) });
    });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows the import notice beside the images, covering none of them, inside the window', async () => {
    const { page } = session;
    const notice = opener.notice(page, 'assessment-imported');
    await notice.waitFor();
    const noticeBox = (await notice.boundingBox())!;
    expect(inside(noticeBox, screen)).toBe(true);
    expect(overlaps(noticeBox, await box(page, 'viewport-grid'))).toBe(false);
    expect(overlaps(noticeBox, await box(page, 'app-header'))).toBe(false);
    // It does not hide the response either: the glance stays above it.
    expect(overlaps(noticeBox, await box(page, 'response-glance'))).toBe(false);
    await page.getByTestId('dismiss-notice').click();
    expect(await page.getByTestId('notice').count()).toBe(0);
  });

  it('has one row of tools above the images, every control inside the window, with and without Compare', async () => {
    const { page } = session;
    await expectOneToolbarRow(page, windowSize, 'one pane');
    // Words where there is room: the calipers keep theirs with one pane on a laptop.
    expect(await page.getByTestId('tool-ViableDiameter').locator('.button-label').isVisible()).toBe(true);
    for (const [variant, panes] of [['compare', 2], ['layout-phases', 4]] as const) {
      await page.getByTestId(variant).click();
      for (let i = 0; i < panes; i++) await viewport.waitState(page, 'rendered', { viewportId: `vp-${i}` });
      await expectOneToolbarRow(page, windowSize, variant);
      // The labels stay discoverable: every comparison control has a name and a tooltip.
      const unnamed = await page.locator('[data-testid="comparison-bar"] button, [data-testid="comparison-bar"] select').evaluateAll((controls) =>
        controls.filter((c) => !c.getAttribute('aria-label') || !c.getAttribute('title')).map((c) => c.outerHTML.slice(0, 80)),
      );
      expect(unnamed).toEqual([]);
      expect(await page.getByTestId('alignment-status').getAttribute('aria-label')).not.toBe('');
      // Each pane chooses its own series on the pane.
      for (let i = 0; i < panes; i++) expect(inside(await box(page, `pane-phase-${i}`), await box(page, 'viewport-grid'))).toBe(true);
    }
    await page.getByTestId('layout-1x1').click();
    await expectOneToolbarRow(page, windowSize, 'back to one pane');
  });

  it('never scrolls the document: the wheel over the series list scrolls the list', async () => {
    const { page } = session;
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(windowSize.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(windowSize.width);
    const list = await box(page, 'study-browser');
    await page.mouse.move(list.x + list.width / 2, Math.min(list.y + list.height, windowSize.height) - 20);
    await page.mouse.wheel(0, 3000);
    await expect.poll(() => page.locator('.sidebar').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    expect(await page.evaluate(() => [window.scrollY, document.documentElement.scrollTop])).toEqual([0, 0]);
  });

  it('keeps the response (overall category, sums, change) in view with a lesion selected', async () => {
    const { page } = session;
    await page.getByTestId('assessment-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const panel = await box(page, 'assessment-panel');
    const glance = await box(page, 'response-glance');
    expect(inside(glance, panel) && inside(glance, screen)).toBe(true);
    const summary = (await page.getByTestId('response-summary').innerText()).replace(/\s+/g, ' ');
    expect(summary).toBe('mRECIST FU1 PR FU2 PD best PR');
    const rows = await page.getByTestId('glance-row').allInnerTexts();
    expect(rows.map((r) => r.replace(/\s+/g, ' '))).toEqual(['FU1 14.0 mm -80.0% -80.0%', 'FU2 24.0 mm -65.7% +71.4%']);
    // The full table further down fits the panel's width: its Overall column is not cut off.
    const scroller = await page.getByTestId('assessment-scroll').evaluate((el) => el.clientWidth);
    expect(await page.locator('.response-table').evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(scroller);
  });

  it('resizes and collapses the side panels', async () => {
    const { page } = session;
    const before = await box(page, 'assessment-panel');
    const grid = await box(page, 'viewport-grid');
    const separator = page.getByRole('separator', { name: 'Resize the assessment' });
    const handle = (await separator.boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + 10);
    await page.mouse.down();
    await page.mouse.move(handle.x + handle.width / 2 - 80, handle.y + 10, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => Math.round((await box(page, 'assessment-panel')).width - before.width)).toBeGreaterThan(60);

    await page.getByTestId('toggle-assessment').click();
    await expect.poll(() => page.getByTestId('assessment-panel').evaluate((el) => el.getBoundingClientRect().width)).toBeLessThan(2);
    expect((await box(page, 'viewport-grid')).width).toBeGreaterThan(grid.width + 300);
    await page.getByTestId('toggle-assessment').click();
    await expect.poll(async () => (await box(page, 'assessment-panel')).width).toBeGreaterThan(300);

    await page.getByTestId('toggle-sidebar').click();
    await expect.poll(() => page.getByTestId('study-browser').evaluate((el) => el.getBoundingClientRect().width)).toBeLessThan(2);
    await page.getByTestId('toggle-sidebar').click();
    await expect.poll(async () => (await box(page, 'study-browser')).width).toBeGreaterThan(100);
  });

  it('labels each caliper on the image with its lesion, kind and value, the active lesion drawn thicker', async () => {
    const { page } = session;
    const t1 = truth.lesions.find((l) => l.id === 'T1')!.timepoints.find((t) => t.timepoint === 'BL')!;
    const t2 = truth.lesions.find((l) => l.id === 'T2')!.timepoints.find((t) => t.timepoint === 'BL')!;
    await lesionTable.activate(page, 'T1');
    await drawCaliper(page, 'WholeDiameter', ...t1.wholeEndpointsMm!);
    await expect.poll(() => caliperTexts(page)).toContainEqual(expect.stringMatching(/^T1 whole \d+\.\d mm$/));
    await lesionTable.activate(page, 'T2');
    await drawCaliper(page, 'ViableDiameter', ...t2.viableEndpointsMm!);
    await expect.poll(() => caliperTexts(page)).toContainEqual(expect.stringMatching(/^T2 viable \d+\.\d mm$/));
    // Widths of the caliper lines on the slice shown, without Cornerstone's 1 px text-box links.
    const widths = async () =>
      [
        ...new Set(
          await page.locator('[data-viewport-id="vp-0"] [data-testid="viewport-element"] svg').evaluate((svg) =>
            Array.from(svg.querySelectorAll('line'), (line) => Number(line.getAttribute('stroke-width'))),
          ),
        ),
      ].filter((width) => width > 1);
    await expect.poll(widths).toEqual([4]);
    await lesionTable.activate(page, 'T1');
    await showSliceOf(page, t2.viableEndpointsMm![0]);
    await expect.poll(widths).toEqual([2]);
    // VIABLE_DOCS_SCREENSHOTS=1 refreshes the README's picture of the reading room, labelled calipers in view.
    if (process.env.VIABLE_DOCS_SCREENSHOTS && windowSize.width === 1366) {
      const dismiss = page.getByTestId('dismiss-notice');
      if (await dismiss.isVisible()) await dismiss.click();
      await page.screenshot({ path: 'docs/reading-room-1366.png' });
    }
  });

  it('keeps the window and the zoom in mm per screen pixel when ] moves to the next timepoint', async () => {
    const { page } = session;
    const pane = viewport.pane(page, 'vp-0');
    const inPane = (testId: string) => pane.getByTestId(testId);
    const pixelsPer10Mm = () => viewport.pixelsPer10Mm(page);
    await viewport.applyPreset(page, 'liver');
    await expect.poll(() => inPane('overlay-wl').innerText()).toBe('W 150 L 90');
    await inPane('tool-zoom').click();
    const box = (await inPane('viewport-element').boundingBox())!;
    const [x, y] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y + 80, { steps: 5 });
    await page.mouse.up();
    await inPane('tool-windowlevel').click();
    await expect.poll(() => inPane('overlay-zoom').innerText()).not.toBe('Zoom 100%');
    const scale = await pixelsPer10Mm();
    const stackBefore = await pane.getAttribute('data-stack-id');

    await page.locator('body').press(']');
    await expect.poll(() => pane.getAttribute('data-stack-id')).not.toBe(stackBefore);
    await viewport.waitState(page, 'rendered', { stackId: (await pane.getAttribute('data-stack-id')) ?? '' });
    await expect.poll(() => inPane('overlay-wl').innerText()).toBe('W 150 L 90');
    expect(await pixelsPer10Mm()).toBeCloseTo(scale, 1);
  });

  it('keeps a zoomed image where it was when a side panel closes and opens again', async () => {
    const { page } = session;
    // The pane is still zoomed from the test before. A point of the patient keeps its scale while the pane
    // widens, and comes back to where it was on screen when the pane narrows again.
    const canvasPoint = () => page.evaluate(() => window.__viable!.viewports['vp-0']!.worldToCanvas([0, 0, 0]));
    expect(await viewport.pane(page, 'vp-0').getByTestId('overlay-zoom').innerText()).not.toBe('Zoom 100%');
    const [before, scale] = [await canvasPoint(), await viewport.pixelsPer10Mm(page)];
    const paneWidth = async () => (await box(page, 'viewport-grid')).width;
    const narrow = await paneWidth();
    await page.getByTestId('toggle-assessment').click();
    await expect.poll(paneWidth).toBeGreaterThan(narrow + 300);
    // The pane's canvas follows its size a frame or two later (a ResizeObserver).
    await expect.poll(() => viewport.pixelsPer10Mm(page)).toBeCloseTo(scale, 1);
    await page.getByTestId('toggle-assessment').click();
    await expect.poll(paneWidth).toBeCloseTo(narrow, 0);
    const moved = async () => {
      const after = await canvasPoint();
      return Math.hypot(after[0] - before[0], after[1] - before[1]);
    };
    await expect.poll(moved).toBeLessThan(1);
    expect(await viewport.pixelsPer10Mm(page)).toBeCloseTo(scale, 1);
  });

  it("Compare's prior chooser lists each study once", async () => {
    const { page } = session;
    await page.getByTestId('compare').click();
    await viewport.waitState(page, 'rendered', { viewportId: 'vp-1' });
    const priors = await page.getByTestId('compare-prior').locator('option').allInnerTexts();
    expect(priors).toHaveLength(truth.studies.filter((s) => s.timepoint).length - 1);
    expect(new Set(priors).size).toBe(priors.length);
    await page.getByTestId('layout-1x1').click();
  });

  it('says plainly what the buttons do, and disabled buttons look disabled', async () => {
    const { page } = session;
    await lesionTable.activate(page, 'T1');
    expect(await page.getByTestId('caliper-target').innerText()).toBe('New calipers go to T1');
    expect(await page.getByTestId('wl-preset-header').innerText()).toBe('Image default');
    expect(await page.getByTestId('redo').isDisabled()).toBe(true);
    const opacity = (testId: string) => page.getByTestId(testId).evaluate((el) => Number(getComputedStyle(el).opacity));
    expect(await opacity('redo')).toBeLessThan(0.6);
    expect(await opacity('undo')).toBe(1);
    // The checkbox sits on the line of its label, not above it.
    const checkbox = (await page.getByTestId('lesion-enhancing').boundingBox())!;
    const label = (await page.locator('label:has([data-testid="lesion-enhancing"])').boundingBox())!;
    expect(label.height).toBeLessThan(checkbox.height * 2);
    expect(label.width).toBeGreaterThan(checkbox.width * 5);
  });

  it('offers to resume the last assessment after a reload', async () => {
    const { page } = session;
    await page.reload();
    const resume = page.getByTestId('resume-saved');
    await expect.poll(() => resume.innerText(), { timeout: 15_000 }).toMatch(/^Resume VIABLE, DEMO, \d+ lesions, last edited \S/);
    await resume.click();
    await lesionTable.row(page, 'T1').waitFor();
  });
});

/** Files after the demo's arterial series in the scanned folder: enough that the scan is still running when the first series is on screen. */
const FILLER_FILES = 12_000;

describe.each([
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
])('reading room while a folder scan runs, at $width×$height', (windowSize) => {
  let workDir = '';
  let folder = '';
  let session: BrowserSession | undefined;

  beforeAll(() => {
    workDir = mkdtempSync(path.join(tmpdir(), 'viable-scanning-room-'));
    folder = path.join(workDir, 'exam');
    // Files are read in path order: the arterial series first, then a long tail that keeps the scan running.
    const art = readGroundTruth().studies.find((s) => s.timepoint === 'BL')!.series.find((s) => s.SeriesDescription === 'ART 2.5mm')!;
    mkdirSync(path.join(folder, 'A_ART'), { recursive: true });
    for (const name of readdirSync(path.join(DEMO_DIR, art.folder))) linkSync(path.join(DEMO_DIR, art.folder, name), path.join(folder, 'A_ART', name));
    largeFolder(path.join(folder, 'B_TAIL'), FILLER_FILES);
  });

  afterAll(async () => {
    await session?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('keeps the scan progress in the one row above the images and draws thumbnails before the scan ends', async () => {
    session = await openApp(inject('baseUrl'), '/', windowSize);
    const { page } = session;
    await opener.waitWarmedUp(page);
    await opener.openFolder(page, folder);
    await page.locator('[data-testid="viewport-pane"][data-viewport-id="vp-0"][data-render-state="rendered"]').waitFor({ timeout: 120_000 });
    // Read in one look while the scan runs: the many boxes the toolbar check measures take seconds on a busy machine.
    const [status, title] = await opener.scanProgress(page).evaluate((bar) => [bar.getAttribute('data-status'), bar.getAttribute('title')]);
    expect(status).toBe('scanning');
    // The detail is in the tooltip, the count in the row.
    expect(title).toMatch(/^Reading \d+\/\d+ files \(\d+%\) · \d+ DICOM · \d+ skipped$/);
    expect(inside(await box(page, 'scan-progress'), await box(page, 'app-header'))).toBe(true);
    await expectOneToolbarRow(page, windowSize, 'while a folder scan runs');

    // The arterial series' thumbnail shows the CT (many grey levels, not a blank or uniform canvas) while the scan still runs.
    const thumbnail = page.locator('[data-testid="series-item"]', { hasText: 'ART 2.5mm' }).getByTestId('stack-thumbnail');
    const sample = () =>
      thumbnail.evaluate((canvas: HTMLCanvasElement) => {
        const copy = document.createElement('canvas');
        copy.width = canvas.width;
        copy.height = canvas.height;
        const context = copy.getContext('2d')!;
        context.drawImage(canvas, 0, 0);
        const { data } = context.getImageData(0, 0, copy.width, copy.height);
        const greys = new Set<number>();
        for (let i = 0; i < data.length; i += 4) greys.add(data[i]!);
        return { greys: greys.size, scan: document.querySelector('[data-testid="scan-progress"]')?.getAttribute('data-status') ?? null };
      });
    // Thumbnails are drawn once scrolled into view: the reader scrolls the list to the series.
    await thumbnail.scrollIntoViewIfNeeded();
    let seen = { greys: 0, scan: null as string | null };
    await expect.poll(async () => (seen = await sample()).greys, { timeout: 60_000 }).toBeGreaterThan(16);
    expect(seen.scan).toBe('scanning');
    await opener.cancelScan(page);
  });
});
