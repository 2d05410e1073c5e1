import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserSession } from './support/browser';
import { openDemoSession } from './support/demoSession';
import { isoDate, readGroundTruth } from './support/groundTruth';
import { drawCaliper, lesionTable } from './support/measuring';
import { studyBrowser, viewport } from './support/pageObjects';

// EASL: the bidirectional caliper records the longest viable diameter and the one
// perpendicular to it, and the EASL sum is their product.

let session: BrowserSession;

beforeAll(async () => {
  session = await openDemoSession(inject('baseUrl'));
});

afterAll(async () => {
  await session?.close();
});

describe('EASL', () => {
  it('records both viable diameters from one bidirectional caliper and sums their product', async () => {
    const { page } = session;
    const truth = readGroundTruth();
    const t1 = truth.lesions.find((l) => l.id === 'T1')!.timepoints.find((t) => t.timepoint === 'BL')!;
    const baseline = isoDate(truth.studies.find((s) => s.timepoint === 'BL')!.StudyDate);
    const stackId = await studyBrowser.open(page, 'ART 2.5mm', baseline);
    await viewport.waitState(page, 'rendered', { stackId });
    await drawCaliper(page, 'ViableBidirectional', ...t1.viableEndpointsMm!);
    await lesionTable.row(page, 'T1').waitFor();
    const cell = () => lesionTable.cell(page, 'T1', baseline).innerText();
    await expect.poll(cell).toMatch(/×/);
    const [long, short] = (/(\d+\.\d) × (\d+\.\d)/.exec(await cell()) ?? []).slice(1).map(Number) as [number, number];
    expect(Math.abs(long - t1.viableLongestDiameterMm)).toBeLessThanOrEqual(0.5);
    expect(short).toBeGreaterThan(0);
    expect(short).toBeLessThanOrEqual(long);
    await page.getByTestId('criteria-EASL').click();
    await expect.poll(() => page.getByTestId('baseline-sum').innerText()).toContain('mm²');
    const sumMm2 = Number(/([\d.]+) mm²/.exec(await page.getByTestId('baseline-sum').innerText())?.[1]);
    expect(sumMm2).toBeCloseTo(long * short, 0);
  });
});
