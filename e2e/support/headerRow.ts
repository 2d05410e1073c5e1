import type { Page } from 'playwright-core';
import { expect } from 'vitest';

// The header's one row above the images, as the reading-room tests check it
// (with a folder scan or a PACS retrieval running, one pane or several).

/** Whether `inner` lies wholly inside `outer` (page coordinates, half a pixel of slack). */
export function inside(inner: { x: number; y: number; width: number; height: number }, outer: { x: number; y: number; width: number; height: number }) {
  return (
    inner.x >= outer.x - 0.5 &&
    inner.y >= outer.y - 0.5 &&
    inner.x + inner.width <= outer.x + outer.width + 0.5 &&
    inner.y + inner.height <= outer.y + outer.height + 0.5
  );
}

/**
 * Every visible control of the header (and anything marked a toolbar outside the panes) lies wholly
 * inside the window, and all toolbar rows above the images are one: the header's.
 */
export async function expectOneToolbarRow(page: Page, windowSize: { width: number; height: number }, when: string) {
  const header = await box(page, 'app-header');
  const grid = await box(page, 'viewport-grid');
  const clipped = await page.locator('.app-header').evaluate((el, size) => {
    const row = el.getBoundingClientRect();
    return Array.from(el.querySelectorAll<HTMLElement>('button, select, input, label, [role="status"]'))
      // Hidden file inputs have no box.
      .filter((c) => c.getClientRects().length > 0 && !(c instanceof HTMLInputElement && c.type === 'file'))
      .map((c) => ({ id: c.dataset.testid ?? c.getAttribute('aria-label') ?? c.textContent ?? c.tagName, r: c.getBoundingClientRect() }))
      .filter(({ r }) => r.left < -0.5 || r.right > size.width + 0.5 || r.top < row.top - 0.5 || r.bottom > row.bottom + 0.5)
      .map(({ id, r }) => `${id} ${Math.round(r.left)}..${Math.round(r.right)}`);
  }, windowSize);
  expect(clipped, when).toEqual([]);
  expect(await page.locator('.app-header').evaluate((el) => el.scrollWidth - el.clientWidth), when).toBeLessThanOrEqual(0);
  // The comparison tools are in that row, not a second one.
  expect(inside(await box(page, 'comparison-bar'), header), when).toBe(true);
  const toolbarsAboveImages = await page.locator('[role="toolbar"], [role="group"]').evaluateAll(
    (bars, top) => bars.filter((b) => b.getClientRects().length > 0 && b.getBoundingClientRect().bottom <= top + 0.5 && !b.closest('.app-header')).length,
    grid.y,
  );
  expect(toolbarsAboveImages, when).toBe(0);
  expect(header.height, when).toBeLessThanOrEqual(44);
  // The images start right below that row: nothing (a scan strip, a notice) sits between.
  expect(grid.y - (header.y + header.height), when).toBeLessThanOrEqual(1);
}

/** The page box of the element with `testId`. */
export async function box(page: Page, testId: string) {
  const found = await page.getByTestId(testId).boundingBox();
  if (!found) throw new Error(`${testId} has no box`);
  return found;
}
