import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserSession } from './support/browser';
import { openFolderSession } from './support/demoSession';
import { DEMO_DIR, isoDate, readGroundTruth } from './support/groundTruth';
import { drawCaliper, lesionTable } from './support/measuring';
import { viewport } from './support/pageObjects';

// Images without PixelSpacing: the viewer says so and a caliper drawn on them is
// kept out of the sums (never a guessed spacing).

let session: BrowserSession;
let dir: string;

beforeAll(async () => {
  const truth = readGroundTruth();
  const study = truth.studies.find((s) => s.timepoint === 'BL')!;
  const art = study.series.find((s) => s.SeriesDescription === 'ART 2.5mm')!;
  dir = mkdtempSync(path.join(tmpdir(), 'viable-uncalibrated-'));
  const source = path.join(DEMO_DIR, art.folder);
  const files = readdirSync(source).filter((n) => n.endsWith('.dcm'));
  for (const name of files) copyFileSync(path.join(source, name), path.join(dir, name));
  // dcmtk (installed by the test runner when missing) deletes the calibration in place.
  const removed = spawnSync('dcmodify', ['-nb', '-e', '(0028,0030)', ...files.map((n) => path.join(dir, n))], { encoding: 'utf8' });
  if (removed.status !== 0) throw new Error(`dcmodify failed: ${removed.stderr || removed.error?.message}`);
  session = await openFolderSession(inject('baseUrl'), dir);
});

afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('images without pixel spacing', () => {
  it('are flagged in the study browser and the viewport, with no scale bar', async () => {
    const { page } = session;
    expect(await page.getByTestId('series-item').first().locator('.series-meta').innerText()).toContain('no calibration');
    expect(await viewport.pane(page).getByTestId('calibration-warning').innerText()).toMatch(/no calibration.*no scale bar/i);
    // Never a guessed scale: Cornerstone's 1 mm per pixel stand-in would otherwise draw one.
    expect(await viewport.pane(page).getByTestId('scale-bar').count()).toBe(0);
  });

  it('open fitted and centred once the scan has grown the stack', async () => {
    // Each batch of the scan grows the shown stack; on Cornerstone's CPU path a
    // restored view presentation moved an image not centred on the patient origin.
    const { page } = session;
    const box = (await viewport.pane(page).getByTestId('viewport-element').boundingBox())!;
    const centre = await page.evaluate(() => window.__viable!.viewports['vp-0']!.pixelToCanvas({ column: 127.5, row: 127.5 }));
    // Within one image pixel (2.7 screen pixels here): Cornerstone's CPU fit is half a pixel off centre.
    expect(Math.abs(centre![0] - box.width / 2)).toBeLessThan(3);
    expect(Math.abs(centre![1] - box.height / 2)).toBeLessThan(3);
  });

  it('keep a caliper out of the sums and say why', async () => {
    const { page } = session;
    const truth = readGroundTruth();
    const t1 = truth.lesions.find((l) => l.id === 'T1')!.timepoints.find((t) => t.timepoint === 'BL')!;
    const baseline = isoDate(truth.studies.find((s) => s.timepoint === 'BL')!.StudyDate);
    await drawCaliper(page, 'ViableDiameter', ...t1.viableEndpointsMm!);
    await expect.poll(() => page.getByTestId('notice').innerText()).toContain('No pixel spacing');
    await expect.poll(() => page.getByTestId('caliper-notes').innerText()).toContain('no pixel spacing');
    expect(await lesionTable.cell(page, 'T1', baseline).innerText()).toBe('— (1 caliper not counted)');
    expect(await page.getByTestId('baseline-sum').innerText()).toContain('—');
    expect(await page.getByTestId('caliper-item').innerText()).toContain('px (no spacing)');
  });
});
