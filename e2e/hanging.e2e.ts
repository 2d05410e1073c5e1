import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, onTestFailed } from 'vitest';
import type { BrowserSession } from './support/browser';
import { comparison } from './support/comparison';
import { openDemoSession } from './support/demoSession';
import { isoDate, readGroundTruth, type GroundTruth, type Vec3 } from './support/groundTruth';
import { drawCaliper, lesionTable, showSliceOf } from './support/measuring';
import { studyBrowser, viewport } from './support/pageObjects';

// The pre/post-TACE hanging on a laptop and on a desktop screen: series open in a
// liver window at the lesion being read, Compare opens aligned at that lesion by
// its own calipers (no Link pressed), window and scale follow across panes and
// across timepoints.

describe.each([
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
])('hanging at $width×$height', (windowSize) => {
  let session: BrowserSession;
  let truth: GroundTruth;

  const dateOf = (timepoint: string) => isoDate(truth.studies.find((s) => s.timepoint === timepoint)!.StudyDate);
  const lesionAt = (lesionId: string, timepoint: string) => truth.lesions.find((l) => l.id === lesionId)!.timepoints.find((t) => t.timepoint === timepoint)!;
  const centreOf = (lesionId: string, timepoint: string): Vec3 => lesionAt(lesionId, timepoint).centreMm!;
  const text = (page: Page, viewportId: string, testId: string) => viewport.pane(page, viewportId).getByTestId(testId).innerText();
  const pixelsPer10Mm = (page: Page, viewportId: string) => viewport.pixelsPer10Mm(page, viewportId);
  /** Waits until a pane shows the slice nearest a patient point, give or take one slice; returns [shown, nearest]. */
  const expectNear = async (page: Page, viewportId: string, pointMm: Vec3) => {
    const nearest = await comparison.nearestSlice(page, viewportId, pointMm);
    const shown = await comparison.waitSliceIn(page, viewportId, nearest - 1, nearest + 1);
    return [shown, nearest];
  };
  /** Draws a viable caliper of a lesion at a timepoint on the pane's series and waits until its label shows. */
  const measure = async (page: Page, lesionId: string, timepoint: string) => {
    await lesionTable.activate(page, lesionId);
    await drawCaliper(page, 'ViableDiameter', ...lesionAt(lesionId, timepoint).viableEndpointsMm!);
    const labels = () =>
      page.locator('[data-viewport-id="vp-0"] [data-testid="viewport-element"] svg').evaluate((svg) => Array.from(svg.querySelectorAll('text'), (t) => t.textContent ?? ''));
    await expect.poll(labels).toContainEqual(expect.stringMatching(new RegExp(`^${lesionId} viable \\d`)));
  };
  const openSeries = async (page: Page, description: string, timepoint: string) => {
    const stackId = await studyBrowser.open(page, description, dateOf(timepoint));
    await viewport.waitState(page, 'rendered', { stackId });
  };

  beforeAll(async () => {
    truth = readGroundTruth();
    session = await openDemoSession(inject('baseUrl'), windowSize);
    const { page } = session;
    await page.getByTestId('import-json-input').setInputFiles(path.resolve('test-data/assessments/synthetic-demo.json'));
    await lesionTable.row(page, 'T1').waitFor();
    // A reader dismisses the import notice once read.
    await page.getByTestId('dismiss-notice').click();
    await openSeries(page, 'ART 2.5mm', 'BL');
  });

  beforeEach(({ task }) => {
    onTestFailed(async () => {
      await session.page.screenshot({ path: path.join('e2e-artifacts', `hanging-${windowSize.width}-${task.name.replace(/\W+/g, '-')}.png`) });
    });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('opens abdominal CT in the liver window, not the header window', async () => {
    const { page } = session;
    // The reader's choice of opening window sits with the window shortcuts.
    await page.locator('body').press('?');
    expect(await page.getByTestId('opening-window').inputValue()).toBe('liver');
    await page.getByTestId('close-shortcut-help').click();
    await expect.poll(() => text(page, 'vp-0', 'overlay-wl')).toBe('W 150 L 90');
  });

  it('Compare opens at the lesion on both panes, aligned by its calipers without Link, window and scale synced', async () => {
    const { page } = session;
    await measure(page, 'T1', 'BL');
    await measure(page, 'T2', 'BL');
    // Cornerstone draws a selected or pointed-at caliper green; only the active lesion's may stay so.
    const greenCaliperLines = () =>
      page.locator('[data-viewport-id="vp-0"] [data-testid="viewport-element"] svg').evaluate(
        (svg) =>
          Array.from(svg.querySelectorAll('line')).filter(
            (l) => /^rgb\(0, (220|255), 0\)$/.test(l.getAttribute('stroke') ?? '') && Number(l.getAttribute('stroke-width')) > 1,
          ).length,
      );
    await lesionTable.cell(page, 'T2', 'BL').click();
    await expect.poll(greenCaliperLines).toBeGreaterThan(0);
    // A new lesion becomes active without moving the image: T2's caliper stays on screen, no longer green.
    await page.getByTestId('add-target').click();
    await lesionTable.row(page, 'T3').waitFor();
    await expect.poll(greenCaliperLines).toBe(0);
    await openSeries(page, 'ART 2.5mm', 'FU2');
    await measure(page, 'T1', 'FU2');
    await showSliceOf(page, [0, 0, -80]);

    await comparison.open(page, 'compare');
    await expect.poll(() => comparison.status(page).getAttribute('data-state')).toBe('aligned');
    // The badge says the alignment comes from T1's calipers (derived, not saved).
    expect(await comparison.status(page).getAttribute('aria-label')).toBe("Aligned on T1's calipers");
    expect(await comparison.status(page).getAttribute('title')).toBe("Aligned on T1's calipers");
    expect((await comparison.studyInPane(page, truth, 'vp-0')).study.timepoint).toBe('BL');
    expect((await comparison.studyInPane(page, truth, 'vp-1')).study.timepoint).toBe('FU2');
    const figures = [`T1 BL ${await expectNear(page, 'vp-0', centreOf('T1', 'BL'))}`, `T1 FU2 ${await expectNear(page, 'vp-1', centreOf('T1', 'FU2'))}`];
    expect(await comparison.sliceOf(page, 'vp-0')).toBe(lesionAt('T1', 'BL').viableSlice!.sliceIndex);

    // T2 was measured at baseline only: the follow-up pane goes where T1's calipers put it, ringed.
    await lesionTable.activate(page, 'T2');
    figures.push(`T2 FU2 predicted ${await expectNear(page, 'vp-1', centreOf('T2', 'FU2'))}`);
    await viewport.pane(page, 'vp-1').getByTestId('prediction-marker').waitFor({ state: 'visible' });
    console.info(`Compare at ${windowSize.width}: shown vs ground-truth slice ${figures.join('; ')}`);
    // VIABLE_DOCS_SCREENSHOTS=1 refreshes the README's picture of Compare.
    if (process.env.VIABLE_DOCS_SCREENSHOTS && windowSize.width === 1366) {
      const dismiss = page.getByTestId('dismiss-notice');
      if (await dismiss.isVisible()) await dismiss.click();
      await page.screenshot({ path: 'docs/compare-1366.png' });
    }

    await viewport.applyPreset(page, 'abdomen');
    await expect.poll(() => text(page, 'vp-1', 'overlay-wl')).toBe('W 400 L 40');
    const pane = await viewport.pane(page, 'vp-0').getByTestId('viewport-element').boundingBox();
    await viewport.pane(page, 'vp-0').getByTestId('tool-zoom').click();
    const [x, y] = [Math.round(pane!.x + pane!.width / 2), Math.round(pane!.y + pane!.height / 2)];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y + 60, { steps: 5 });
    await page.mouse.up();
    await viewport.pane(page, 'vp-0').getByTestId('tool-windowlevel').click();
    await expect.poll(async () => Math.abs((await pixelsPer10Mm(page, 'vp-1')) - (await pixelsPer10Mm(page, 'vp-0')))).toBeLessThan(0.05);
    await expect.poll(() => text(page, 'vp-1', 'overlay-zoom')).toBe(await text(page, 'vp-0', 'overlay-zoom'));
  });

  it('Art + PV: arterial above portal venous, prior left and latest right, at the lesion', async () => {
    const { page } = session;
    // On screen, not clipped off the end of its toolbar.
    const button = (await page.getByTestId('layout-phases').boundingBox())!;
    expect(button.x + button.width).toBeLessThanOrEqual(windowSize.width);
    await page.getByTestId('layout-phases').click();
    for (const id of ['vp-0', 'vp-1', 'vp-2', 'vp-3']) await viewport.waitState(page, 'rendered', { viewportId: id });
    const shown = await Promise.all(
      ['vp-0', 'vp-1', 'vp-2', 'vp-3'].map(async (id) => {
        const { study, series } = await comparison.studyInPane(page, truth, id);
        return `${study.timepoint} ${series.phase}`;
      }),
    );
    expect(shown).toEqual(['BL arterial', 'FU2 arterial', 'BL portal-venous', 'FU2 portal-venous']);
    await expectNear(page, 'vp-2', centreOf('T2', 'BL'));
    await expectNear(page, 'vp-3', centreOf('T2', 'FU2'));
    // Panes that joined the comparison took the reader's window.
    for (const id of ['vp-2', 'vp-3']) await expect.poll(() => text(page, id, 'overlay-wl')).toBe('W 400 L 40');
  });

  it('] keeps the window and the scale in mm and lands on the active lesion, predicted through the alignment', async () => {
    const { page } = session;
    await page.getByTestId('layout-1x1').click();
    await openSeries(page, 'ART 2.5mm', 'FU1');
    const scale = await pixelsPer10Mm(page, 'vp-0');
    const zoomLabel = await text(page, 'vp-0', 'overlay-zoom');
    const fu2 = (await studyBrowser.item(page, 'ART 2.5mm', dateOf('FU2')).getAttribute('data-stack-id')) ?? '';
    await page.locator('body').press(']');
    await viewport.waitState(page, 'rendered', { stackId: fu2 });
    const [landed, nearest] = await expectNear(page, 'vp-0', centreOf('T2', 'FU2'));
    console.info(`] at ${windowSize.width}: T2 FU2 slice ${landed}, ground truth ${nearest}`);
    await expect.poll(() => text(page, 'vp-0', 'overlay-wl')).toBe('W 400 L 40');
    expect(await pixelsPer10Mm(page, 'vp-0')).toBeCloseTo(scale, 1);
    expect(await text(page, 'vp-0', 'overlay-zoom')).toBe(zoomLabel);
  });

  it('pans the other pane through the alignment, and the badge tells a saved alignment from a lesion-derived one', async () => {
    const { page } = session;
    await lesionTable.activate(page, 'T1');
    await comparison.open(page, 'compare');
    const status = comparison.status(page);
    await expect.poll(() => status.getAttribute('aria-label')).toBe("Aligned on T1's calipers");
    // The lesion-derived alignment: T1's viable caliper centres at BL (vp-0) and FU2 (vp-1).
    const mid = (timepoint: string) => {
      const [p, q] = lesionAt('T1', timepoint).viableEndpointsMm!;
      return p.map((v, i) => (v + q[i]!) / 2);
    };
    const offsetMm = mid('FU2').map((v, i) => v - mid('BL')[i]!);
    const focal = (viewportId: string) => page.evaluate((id) => window.__viable!.viewports[id]!.focalPointMm(), viewportId);
    /** How far vp-1's centre is from vp-0's centre moved by the alignment, in the axial plane, mm. */
    const misalignmentMm = async () => {
      const [a, b] = [await focal('vp-0'), await focal('vp-1')];
      return Math.hypot(b[0] - a[0] - offsetMm[0]!, b[1] - a[1] - offsetMm[1]!);
    };
    const pan = async (dx: number, dy: number) => {
      const pane = (await viewport.pane(page, 'vp-0').getByTestId('viewport-element').boundingBox())!;
      const [x, y] = [Math.round(pane.x + pane.width / 2), Math.round(pane.y + pane.height / 2)];
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + dx, y + dy, { steps: 5 });
      await page.mouse.up();
    };
    await viewport.pane(page, 'vp-0').getByTestId('tool-pan').click();
    const before = await focal('vp-0');
    await pan(60, 40);
    await expect.poll(async () => Math.hypot(...(await focal('vp-0')).map((v, i) => v - before[i]!))).toBeGreaterThan(10);
    // The anatomy at the centre of the baseline pane is at the centre of the follow-up pane, not the pan copied as it is.
    await expect.poll(misalignmentMm).toBeLessThan(1);
    const [a0, b0] = [await focal('vp-0'), await focal('vp-1')];
    await pan(-30, 50);
    await expect.poll(misalignmentMm).toBeLessThan(1);
    const [a1, b1] = [await focal('vp-0'), await focal('vp-1')];
    for (const axis of [0, 1]) expect(Math.abs(b1[axis]! - b0[axis]! - (a1[axis]! - a0[axis]!))).toBeLessThan(1);
    await viewport.pane(page, 'vp-0').getByTestId('tool-windowlevel').click();

    // Link saves an alignment: the badge says so; Unlink drops it and the lesion's.
    await page.getByTestId('link-panes').click();
    await expect.poll(() => status.getAttribute('aria-label')).toBe('Aligned (saved)');
    await page.getByTestId('clear-alignments').click();
    await expect.poll(() => status.getAttribute('data-state')).toBe('not-aligned');
  });

  it('syncs W/L only between panes of the same modality: a CT window never reaches an MR pane', async () => {
    const { page } = session;
    await comparison.open(page, 'compare');
    const mr = truth.studies.find((s) => s.series.some((series) => series.modality === 'MR'))!;
    const mrSeries = mr.series.find((series) => series.modality === 'MR')!;
    await viewport.applyPreset(page, 'liver', 'vp-0');
    await expect.poll(() => text(page, 'vp-1', 'overlay-wl')).toBe('W 150 L 90');
    // The follow-up pane turns to the MR: it keeps its own window on joining, not the CT's.
    await viewport.pane(page, 'vp-1').getByTestId('viewport-element').click();
    const mrStack = await studyBrowser.open(page, mrSeries.SeriesDescription, isoDate(mr.StudyDate));
    await viewport.waitState(page, 'rendered', { stackId: mrStack, viewportId: 'vp-1' });
    const mrWindow = await text(page, 'vp-1', 'overlay-wl');
    expect(mrWindow).not.toBe('W 150 L 90');
    // A window set on the CT pane stays there.
    await viewport.applyPreset(page, 'abdomen', 'vp-0');
    await expect.poll(() => text(page, 'vp-0', 'overlay-wl')).toBe('W 400 L 40');
    await viewport.pane(page, 'vp-0').getByTestId('viewport-element').click();
    expect(await text(page, 'vp-1', 'overlay-wl')).toBe(mrWindow);
    // Back on CT, the pane joins the CT window again.
    await viewport.pane(page, 'vp-1').getByTestId('viewport-element').click();
    const ctStack = await studyBrowser.open(page, 'ART 2.5mm', dateOf('FU2'));
    await viewport.waitState(page, 'rendered', { stackId: ctStack, viewportId: 'vp-1' });
    await expect.poll(() => text(page, 'vp-1', 'overlay-wl')).toBe('W 400 L 40');
  });
});
