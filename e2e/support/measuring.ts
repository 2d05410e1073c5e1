/**
 * Page objects for measuring: draw a caliper between two patient points on the
 * slice that holds them, and read the lesion table and the response panel.
 */
import type { Page } from 'playwright-core';
import { viewport } from './pageObjects';
import type { Vec3 } from './groundTruth';

/** Scrolls `viewportId` to the slice nearest `pointMm` and waits until it is rendered. */
export async function showSliceOf(page: Page, pointMm: Vec3, viewportId = 'vp-0'): Promise<void> {
  const index = await page.evaluate(
    ({ id, point }) => window.__viable!.viewports[id]!.sliceIndexNearest(point),
    { id: viewportId, point: pointMm },
  );
  if (index === undefined) throw new Error(`no slice near ${pointMm.join(', ')}`);
  await page.evaluate(({ id, i }) => window.__viable!.viewports[id]!.scrollToIndex(i), { id: viewportId, i: index });
  await page
    .locator(`[data-testid="viewport-pane"][data-viewport-id="${viewportId}"][data-slice-index="${index}"][data-render-state="rendered"]`)
    .waitFor();
}

/** Page coordinates of a patient point in a viewport (through the app's test hook). */
export async function pagePointOf(page: Page, pointMm: Vec3, viewportId = 'vp-0'): Promise<[number, number]> {
  const element = viewport.pane(page, viewportId).getByTestId('viewport-element');
  const box = await element.boundingBox();
  if (!box) throw new Error('viewport element has no box');
  const [x, y] = await page.evaluate(({ id, point }) => window.__viable!.viewports[id]!.worldToCanvas(point), { id: viewportId, point: pointMm });
  return [box.x + x, box.y + y];
}

/** Drags the active caliper tool from `fromMm` to `toMm` on the slice that holds them. */
export async function drawCaliper(page: Page, tool: string, fromMm: Vec3, toMm: Vec3, viewportId = 'vp-0'): Promise<void> {
  await page.getByTestId(`tool-${tool}`).click();
  await showSliceOf(page, fromMm, viewportId);
  // Mouse events carry whole CSS pixels and truncate fractions; rounding keeps each
  // endpoint within half a pixel of the patient point, whatever size the pane has.
  const [x1, y1] = (await pagePointOf(page, fromMm, viewportId)).map(Math.round) as [number, number];
  const [x2, y2] = (await pagePointOf(page, toMm, viewportId)).map(Math.round) as [number, number];
  await page.mouse.move(x1, y1);
  await page.mouse.down();
  await page.mouse.move((x1 + x2) / 2, (y1 + y2) / 2, { steps: 3 });
  await page.mouse.move(x2, y2, { steps: 3 });
  await page.mouse.up();
  // Back to window/level so that the next click on the image does not start a caliper.
  await page.getByTestId(`tool-${tool}`).click();
}

export const lesionTable = {
  cell: (page: Page, lesionId: string, timepointId: string) =>
    page.locator(`[data-testid="finding-cell"][data-lesion-id="${lesionId}"][data-timepoint-id="${timepointId}"]`),
  row: (page: Page, lesionId: string) => page.locator(`[data-testid="lesion-row"][data-lesion-id="${lesionId}"]`),

  /** Makes a lesion the active one by clicking its name (a click on a finding cell would also jump to that caliper). */
  async activate(page: Page, lesionId: string): Promise<void> {
    await lesionTable.row(page, lesionId).locator('th').click();
    await page.locator(`[data-testid="lesion-row"][data-lesion-id="${lesionId}"].active`).waitFor();
  },

  /** The first number a cell shows (the viable diameter for targets, the size for new lesions), or NaN. */
  async firstNumber(page: Page, lesionId: string, timepointId: string): Promise<number> {
    const text = await lesionTable.cell(page, lesionId, timepointId).innerText();
    return Number(/(\d+(?:\.\d+)?)/.exec(text)?.[1] ?? NaN);
  },
  /** The number in parentheses (whole-lesion diameter of a target), or NaN. */
  async wholeNumber(page: Page, lesionId: string, timepointId: string): Promise<number> {
    const text = await lesionTable.cell(page, lesionId, timepointId).innerText();
    return Number(/\((\d+(?:\.\d+)?)\)/.exec(text)?.[1] ?? NaN);
  },
};

export interface PanelCategories {
  /** Overall response per timepoint id under the panel's criteria. */
  overall: Record<string, string>;
  /** mRECIST and RECIST 1.1 side by side: per timepoint id. */
  mrecist: Record<string, string>;
  recist: Record<string, string>;
  mrecistBor: string;
  recistBor: string;
}

/** Reads the response panel's categories. */
export async function readResponsePanel(page: Page): Promise<PanelCategories> {
  return page.getByTestId('response-panel').evaluate((panel) => {
    const byTimepoint = (selector: string, cell: string) =>
      Object.fromEntries(
        Array.from(panel.querySelectorAll<HTMLElement>(selector), (row) => [row.dataset.timepointId ?? '', row.querySelector(cell)?.textContent ?? '']),
      );
    return {
      overall: byTimepoint('[data-testid="response-row"]', '[data-testid="response-overall"]'),
      mrecist: byTimepoint('[data-testid="compare-row"]', '[data-testid="compare-mrecist"]'),
      recist: byTimepoint('[data-testid="compare-row"]', '[data-testid="compare-recist"]'),
      mrecistBor: panel.querySelector('[data-testid="compare-mrecist-bor"]')?.textContent ?? '',
      recistBor: panel.querySelector('[data-testid="compare-recist-bor"]')?.textContent ?? '',
    };
  });
}
