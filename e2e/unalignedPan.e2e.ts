import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, onTestFailed } from 'vitest';
import type { BrowserSession } from './support/browser';
import { comparison } from './support/comparison';
import { openDemoSession } from './support/demoSession';
import { isoDate, readGroundTruth, type Vec3 } from './support/groundTruth';
import { studyBrowser, viewport } from './support/pageObjects';

// Compare with no alignment at all (no calipers, none saved): a pan of one pane is
// copied to the other from image centre to image centre, in mm and in patient
// directions, so that two series on different grids (CT 0.7 mm pixels, MR 0.9 × 0.68
// mm pixels off the table's centre) move alike. Cornerstone's CPU `setPan(getPan())`
// moved images not centred on the patient origin; this watches that it stays fixed.

let session: BrowserSession;

const focalPointMm = async (page: Page, viewportId: string): Promise<Vec3> => [...(await page.evaluate((id) => window.__viable!.viewports[id]!.focalPointMm(), viewportId))] as Vec3;
const minus = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];

/** Drags across the middle of a pane with the pane's tool `toolTestId`, by (dx, dy) screen pixels, and goes back to W/L. */
async function drag(page: Page, viewportId: string, toolTestId: string, dx: number, dy: number): Promise<void> {
  const pane = viewport.pane(page, viewportId);
  await pane.getByTestId(toolTestId).click();
  const area = (await pane.getByTestId('viewport-element').boundingBox())!;
  const [x, y] = [Math.round(area.x + area.width / 2), Math.round(area.y + area.height / 2)];
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps: 6 });
  await page.mouse.up();
  await pane.getByTestId('tool-windowlevel').click();
}

/**
 * Pans `leader` by a drag of known size and returns how far (mm, patient LPS) each
 * pane's centre moved, with the leader's scale in screen pixels per mm.
 */
async function panAndMeasure(page: Page, leader: string, follower: string, dx: number, dy: number) {
  const [leaderBefore, followerBefore] = [await focalPointMm(page, leader), await focalPointMm(page, follower)];
  const pixelsPerMm = (await viewport.pixelsPer10Mm(page, leader)) / 10;
  await drag(page, leader, 'tool-pan', dx, dy);
  // The follower is moved on the leader's camera event: wait until it has settled to the leader's move.
  await expect.poll(async () => Math.hypot(...minus(await focalPointMm(page, follower), followerBefore))).toBeGreaterThan(5);
  return {
    leaderMovedMm: minus(await focalPointMm(page, leader), leaderBefore),
    followerMovedMm: minus(await focalPointMm(page, follower), followerBefore),
    pixelsPerMm,
  };
}

/** The leader's centre moved opposite to the drag (the image follows the pointer), by its length in mm; the follower's by as much, the same way. */
function expectSamePan(moved: Awaited<ReturnType<typeof panAndMeasure>>, dx: number, dy: number, what: string) {
  const { leaderMovedMm, followerMovedMm, pixelsPerMm } = moved;
  // Axial panes: screen right is the patient's left (+x), screen down posterior (+y).
  expect(leaderMovedMm[0], `${what}: leader x`).toBeCloseTo(-dx / pixelsPerMm, 0);
  expect(leaderMovedMm[1], `${what}: leader y`).toBeCloseTo(-dy / pixelsPerMm, 0);
  expect(leaderMovedMm[2], `${what}: leader stays on its slice`).toBeCloseTo(0, 3);
  for (const axis of [0, 1, 2]) expect(Math.abs(followerMovedMm[axis]! - leaderMovedMm[axis]!), `${what}: follower axis ${axis}`).toBeLessThan(0.5);
}

async function expectZoomSyncedInMm(page: Page, what: string) {
  const mismatch = async () => Math.abs((await viewport.pixelsPer10Mm(page, 'vp-1')) - (await viewport.pixelsPer10Mm(page, 'vp-0')));
  await expect.poll(mismatch, { message: what }).toBeLessThan(0.05);
}

beforeAll(async () => {
  session = await openDemoSession(inject('baseUrl'));
  await viewport.waitState(session.page, 'rendered');
});

afterAll(async () => {
  await session?.close();
});

beforeEach(({ task }) => {
  onTestFailed(async () => {
    await session.page.screenshot({ path: path.join('e2e-artifacts', `unalignedPan-${task.name.replace(/\W+/g, '-')}.png`) });
  });
});

describe('pan and zoom copied between panes with no alignment', () => {
  it('CT ↔ CT: the follower’s centre moves by the leader’s mm, in the same patient direction, at the same mm per pixel', async () => {
    const { page } = session;
    await comparison.open(page, 'compare');
    await expect.poll(() => comparison.status(page).getAttribute('data-state')).toBe('not-aligned');
    const scaleBefore = await viewport.pixelsPer10Mm(page, 'vp-0');
    await drag(page, 'vp-0', 'tool-zoom', 0, 60);
    await expect.poll(() => viewport.pixelsPer10Mm(page, 'vp-0')).not.toBeCloseTo(scaleBefore, 1);
    await expectZoomSyncedInMm(page, 'after zooming the baseline');

    expectSamePan(await panAndMeasure(page, 'vp-0', 'vp-1', 80, -50), 80, -50, 'baseline leads');
    expectSamePan(await panAndMeasure(page, 'vp-1', 'vp-0', -40, 70), -40, 70, 'follow-up leads');
    await expectZoomSyncedInMm(page, 'after panning');
  });

  it('CT ↔ MR: the same mm both ways between a 0.7 mm CT grid and an anisotropic MR grid off the table centre', async () => {
    const { page } = session;
    const truth = readGroundTruth();
    const mr = truth.studies.find((s) => s.series.some((series) => series.modality === 'MR'))!;
    const mrSeries = mr.series.find((series) => series.modality === 'MR')!;
    await viewport.pane(page, 'vp-1').getByTestId('viewport-element').click();
    const mrStack = await studyBrowser.open(page, mrSeries.SeriesDescription, isoDate(mr.StudyDate));
    await viewport.waitState(page, 'rendered', { stackId: mrStack, viewportId: 'vp-1' });
    await expect.poll(() => comparison.status(page).getAttribute('data-state')).toBe('not-aligned');
    // On joining, the MR pane takes the CT pane's scale in mm, not its zoom factor, and its pan from the
    // image centre (the CT was panned above): the first pan after it joined moves it by no more than the CT.
    await expectZoomSyncedInMm(page, 'MR joined');

    expectSamePan(await panAndMeasure(page, 'vp-0', 'vp-1', -70, 40), -70, 40, 'CT leads');
    expectSamePan(await panAndMeasure(page, 'vp-1', 'vp-0', 50, 60), 50, 60, 'MR leads');
    await drag(page, 'vp-1', 'tool-zoom', 0, -40);
    await expectZoomSyncedInMm(page, 'after zooming the MR');
  });
});
