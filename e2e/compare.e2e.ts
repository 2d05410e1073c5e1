import type { Page } from 'playwright-core';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, onTestFailed } from 'vitest';
import { openApp, type BrowserSession } from './support/browser';
import { comparison } from './support/comparison';
import { readGroundTruth, type GroundTruth, type Vec3 } from './support/groundTruth';
import { drawCaliper, lesionTable, pagePointOf, showSliceOf } from './support/measuring';
import { opener, viewport } from './support/pageObjects';

// Longitudinal comparison on the synthetic studies: every CT visit has its own
// Frame of Reference and a known table shift, so the same anatomy point p of the
// baseline lies at p + shift in a follow-up (ground truth).

let session: BrowserSession;
let truth: GroundTruth;

const add = (p: Vec3, q: Vec3): Vec3 => [p[0] + q[0], p[1] + q[1], p[2] + q[2]];

const studyInPane = (page: Page, viewportId: string) => comparison.studyInPane(page, truth, viewportId);

/** The lesion's centre in a study, from the ground truth. */
function centreOf(lesionId: string, timepoint: string): Vec3 {
  const centre = truth.lesions.find((l) => l.id === lesionId)?.timepoints.find((t) => t.timepoint === timepoint)?.centreMm;
  if (!centre) throw new Error(`no centre of ${lesionId} at ${timepoint}`);
  return centre;
}

async function openDemo(page: Page) {
  await opener.loadDemo(page);
  await opener.waitScan(page, 'done');
  await viewport.waitState(page, 'rendered');
  await page.getByTestId('lesion-row').first().or(page.getByTestId('add-target')).first().waitFor();
}

/**
 * Scrolls the baseline pane to anatomical levels across the liver and checks that
 * the follow-up pane lands within one slice spacing of the same level.
 */
async function expectFollowUpTracksBaseline(page: Page, viewportId = 'vp-1') {
  const { study, series } = await studyInPane(page, viewportId);
  const levels: Vec3[] = [-60, -30, 0, 20, 45].map((z) => [-75, 15, z]);
  const figures: string[] = [];
  for (const level of levels) {
    await showSliceOf(page, level, 'vp-0');
    const truthIndex = await comparison.nearestSlice(page, viewportId, add(level, study.tableShiftMm));
    const shown = await comparison.waitSliceIn(page, viewportId, truthIndex - 1, truthIndex + 1);
    figures.push(`z ${level[2]}: ${shown} vs ${truthIndex}`);
    expect(Math.abs(shown - truthIndex) * series.sliceSpacingMm).toBeLessThanOrEqual(series.sliceSpacingMm);
  }
  console.info(`${viewportId} slice vs ground truth (${study.id}, ${series.sliceSpacingMm} mm): ${figures.join('; ')}`);
}

beforeAll(async () => {
  truth = readGroundTruth();
  session = await openApp(inject('baseUrl'));
  await openDemo(session.page);
});

afterAll(async () => {
  await session?.close();
});

beforeEach(({ task }) => {
  onTestFailed(async () => {
    await session.page.screenshot({ path: path.join('e2e-artifacts', `compare-${task.name.replace(/\W+/g, '-')}.png`) });
  });
});

describe('longitudinal comparison', () => {
  it('opens baseline and latest arterial series side by side, not aligned at first', async () => {
    const { page } = session;
    await comparison.open(page, 'compare');
    expect(await page.getByTestId('viewport-grid').getAttribute('data-layout')).toBe('1x2');
    const left = await studyInPane(page, 'vp-0');
    const right = await studyInPane(page, 'vp-1');
    expect([left.study.timepoint, left.series.phase]).toEqual(['BL', 'arterial']);
    expect(right.series.phase).toBe('arterial');
    expect(right.study.StudyDate > left.study.StudyDate).toBe(true);
    await expect.poll(() => comparison.status(page).getAttribute('data-state')).toBe('not-aligned');
  });

  it('after one landmark pair, scrolling the baseline brings the follow-up to the same anatomical level', async () => {
    const { page } = session;
    const { study } = await studyInPane(page, 'vp-1');
    const landmark = centreOf('T1', 'BL');
    const inFollowUp = add(landmark, study.tableShiftMm);
    expect(inFollowUp).toEqual(centreOf('T1', study.timepoint!));
    await showSliceOf(page, landmark, 'vp-0');
    await showSliceOf(page, inFollowUp, 'vp-1');

    await page.getByTestId('landmark-mode').click();
    await page.mouse.click(...(await pagePointOf(page, landmark, 'vp-0')));
    await expect.poll(() => comparison.status(page).getAttribute('data-pending-landmark')).toBe('vp-0');
    await page.mouse.click(...(await pagePointOf(page, inFollowUp, 'vp-1')));
    await expect.poll(() => comparison.status(page).getAttribute('data-state')).toBe('aligned');
    expect(await page.getByTestId('landmark-mode').getAttribute('aria-pressed')).toBe('false');

    await expectFollowUpTracksBaseline(page);

    // Sync off: the follow-up stays where it is.
    await page.getByTestId('sync-toggle').click();
    const before = await comparison.sliceOf(page, 'vp-1');
    await showSliceOf(page, [0, 0, -70], 'vp-0');
    await showSliceOf(page, [0, 0, 40], 'vp-0');
    expect(await comparison.sliceOf(page, 'vp-1')).toBe(before);
    await page.getByTestId('sync-toggle').click();
  });

  it('scrolling with the mouse wheel in the baseline moves the follow-up too', async () => {
    const { page } = session;
    await showSliceOf(page, [-75, 15, 0], 'vp-0');
    const start = await comparison.sliceOf(page, 'vp-1');
    const [x, y] = await pagePointOf(page, [-75, 15, 0], 'vp-0');
    await page.mouse.move(x, y);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, 120);
    await expect.poll(() => comparison.sliceOf(page, 'vp-1')).not.toBe(start);
  });

  it('selecting a lesion brings both panes to its slices, and predicts it where the follow-up has no caliper yet', async () => {
    const { page } = session;
    const { study } = await studyInPane(page, 'vp-1');
    const t1 = truth.lesions.find((l) => l.id === 'T1')!;
    const t2 = truth.lesions.find((l) => l.id === 'T2')!;
    const at = (lesion: typeof t1, timepoint: string) => lesion.timepoints.find((t) => t.timepoint === timepoint)!;

    await page.getByTestId('add-target').click();
    await lesionTable.row(page, 'T1').waitFor();
    await drawCaliper(page, 'ViableDiameter', ...at(t1, 'BL').viableEndpointsMm!, 'vp-0');
    await expect.poll(() => lesionTable.firstNumber(page, 'T1', isoOf('BL'))).toBeGreaterThan(0);
    await drawCaliper(page, 'ViableDiameter', ...at(t1, study.timepoint!).viableEndpointsMm!, 'vp-1');
    await expect.poll(() => lesionTable.firstNumber(page, 'T1', isoOf(study.timepoint!))).toBeGreaterThan(0);
    await page.getByTestId('add-target').click();
    await lesionTable.row(page, 'T2').waitFor();
    await drawCaliper(page, 'ViableDiameter', ...at(t2, 'BL').viableEndpointsMm!, 'vp-0');
    await expect.poll(() => lesionTable.firstNumber(page, 'T2', isoOf('BL'))).toBeGreaterThan(0);

    // Somewhere else first, then T1: both panes go to T1's calipers.
    await showSliceOf(page, [0, 0, -80], 'vp-0');
    await lesionTable.row(page, 'T1').locator('th').click();
    const t1Bl = await comparison.nearestSlice(page, 'vp-0', centreOf('T1', 'BL'));
    const t1Fu = await comparison.nearestSlice(page, 'vp-1', centreOf('T1', study.timepoint!));
    await comparison.waitSliceIn(page, 'vp-0', t1Bl, t1Bl);
    await comparison.waitSliceIn(page, 'vp-1', t1Fu, t1Fu);
    // Display order is head first, as the ground truth counts slices (InstanceNumber order, IM0001 most superior).
    const inPane = [(await studyInPane(page, 'vp-0')).series, (await studyInPane(page, 'vp-1')).series];
    for (const [i, [shown, timepoint]] of ([[t1Bl, 'BL'], [t1Fu, study.timepoint!]] as const).entries()) {
      const slice = at(t1, timepoint).viableSlice;
      expect(slice?.SeriesInstanceUID, `T1 ${timepoint} caliper series`).toBe(inPane[i]?.SeriesInstanceUID);
      expect(shown, `T1 ${timepoint} slice index vs ground truth`).toBe(slice?.sliceIndex);
    }

    // T2 has no follow-up caliper: the follow-up pane goes to the aligned position and marks it.
    await lesionTable.row(page, 'T2').locator('th').click();
    const t2Bl = await comparison.nearestSlice(page, 'vp-0', centreOf('T2', 'BL'));
    const t2Fu = await comparison.nearestSlice(page, 'vp-1', centreOf('T2', study.timepoint!));
    await comparison.waitSliceIn(page, 'vp-0', t2Bl, t2Bl);
    const shown = await comparison.waitSliceIn(page, 'vp-1', t2Fu - 1, t2Fu + 1);
    console.info(`T2 predicted in ${study.timepoint}: slice ${shown}, ground truth ${t2Fu}`);
    await viewport.pane(page, 'vp-1').getByTestId('prediction-marker').waitFor({ state: 'visible' });
  });

  it('keeps the alignment after a reload: scrolling is still synced', async () => {
    const { page } = session;
    await page.locator('[data-testid="autosave-status"][data-state="saved"]').waitFor();
    await page.reload();
    await openDemo(page);
    await comparison.open(page, 'compare');
    await expect.poll(() => comparison.status(page).getAttribute('data-state')).toBe('aligned');
    await expectFollowUpTracksBaseline(page);
    expect(session.log.pageErrors).toEqual([]);
  });

  it('2×2: baseline, nadir, previous and latest; Link at a known level syncs every pane', async () => {
    const { page } = session;
    await comparison.open(page, 'compare-2x2');
    const studies = await Promise.all(['vp-0', 'vp-1', 'vp-2', 'vp-3'].map(async (id) => (await studyInPane(page, id)).study));
    expect(studies[0]!.timepoint).toBe('BL');
    expect(studies[3]!.StudyDate >= studies[2]!.StudyDate).toBe(true);
    await page.getByTestId('clear-alignments').click();
    await expect.poll(() => comparison.status(page).getAttribute('data-state')).toBe('not-aligned');

    // The reader brings every pane to the same level (T1's centre), then links.
    const level = centreOf('T1', 'BL');
    for (const [i, study] of studies.entries()) await showSliceOf(page, add(level, study.tableShiftMm), `vp-${i}`);
    await page.getByTestId('link-panes').click();
    await expect.poll(() => comparison.status(page).getAttribute('data-state')).toBe('aligned');
    for (const id of ['vp-1', 'vp-2', 'vp-3']) await expectFollowUpTracksBaseline(page, id);
  });
});

function isoOf(timepoint: string): string {
  const da = truth.studies.find((s) => s.timepoint === timepoint)!.StudyDate;
  return `${da.slice(0, 4)}-${da.slice(4, 6)}-${da.slice(6, 8)}`;
}
