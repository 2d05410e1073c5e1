/**
 * Page objects for the comparison layout: open it, read which slice each pane
 * shows, and the slice a pane would show for a patient point (test hook).
 */
import type { Page } from 'playwright-core';
import type { GroundTruth, TruthSeries, TruthStudy, Vec3 } from './groundTruth';
import { viewport } from './pageObjects';

export const comparison = {
  /** Clicks Compare (1×2) or Compare 2×2 and waits until every pane has rendered its stack. */
  async open(page: Page, variant: 'compare' | 'compare-2x2'): Promise<void> {
    await page.getByTestId(variant).click();
    const panes = variant === 'compare' ? 2 : 4;
    for (let i = 0; i < panes; i++) await viewport.waitState(page, 'rendered', { viewportId: `vp-${i}` });
  },

  /** The stack id a pane shows. */
  stackOf: async (page: Page, viewportId: string): Promise<string> => (await viewport.pane(page, viewportId).getAttribute('data-stack-id')) ?? '',

  /** The slice index a pane shows (its render signal). */
  sliceOf: async (page: Page, viewportId: string): Promise<number> => Number(await viewport.pane(page, viewportId).getAttribute('data-slice-index')),

  /** Index of the slice of `viewportId` nearest to `pointMm`. */
  async nearestSlice(page: Page, viewportId: string, pointMm: Vec3): Promise<number> {
    const index = await page.evaluate(({ id, point }) => window.__viable!.viewports[id]!.sliceIndexNearest(point), { id: viewportId, point: pointMm });
    if (index === undefined) throw new Error(`no slice of ${viewportId} near ${pointMm.join(', ')}`);
    return index;
  },

  /** Waits until the pane has rendered a slice in [min, max] and returns it. */
  async waitSliceIn(page: Page, viewportId: string, min: number, max: number, timeout = 15_000): Promise<number> {
    await page.waitForFunction(
      ({ id, lo, hi }) => {
        const pane = document.querySelector<HTMLElement>(`[data-testid="viewport-pane"][data-viewport-id="${id}"]`);
        const index = Number(pane?.dataset.sliceIndex);
        return pane?.dataset.renderState === 'rendered' && index >= lo && index <= hi;
      },
      { id: viewportId, lo: min, hi: max },
      { timeout },
    );
    return comparison.sliceOf(page, viewportId);
  },

  status: (page: Page) => page.getByTestId('alignment-status'),

  /** The ground-truth study and series of the stack a pane shows. */
  async studyInPane(page: Page, truth: GroundTruth, viewportId: string): Promise<{ study: TruthStudy; series: TruthSeries }> {
    const seriesUid = (await comparison.stackOf(page, viewportId)).split(':')[0];
    const study = truth.studies.find((s) => s.series.some((series) => series.SeriesInstanceUID === seriesUid));
    if (!study) throw new Error(`${viewportId} shows no ground-truth series`);
    return { study, series: study.series.find((series) => series.SeriesInstanceUID === seriesUid)! };
  },
};
