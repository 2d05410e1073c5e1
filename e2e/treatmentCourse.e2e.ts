import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type BrowserSession } from './support/browser';
import { lesionTable } from './support/measuring';
import { opener, viewport } from './support/pageObjects';

// The treatment course on the demo studies, as a reader records it: a cTACE ten days
// before the first follow-up, an AFP value at baseline and LR-TR Viable for T1 at that
// follow-up. The timeline strip shows the TACE and flags the follow-up, the response
// panel warns (too early for mRECIST; LR-TR Viable without a viable diameter), and
// all of it comes back after a reload (autosave).

let session: BrowserSession;

async function openDemo(page: Page) {
  await opener.loadDemo(page);
  await opener.waitScan(page, 'done');
  await viewport.waitState(page, 'rendered');
  await page.getByTestId('treatment-course').waitFor();
}

/** Timepoint ids and dates in the lesion table's order (by date). */
async function timepoints(page: Page): Promise<{ id: string; date: string }[]> {
  return page.getByTestId('timepoint-header').evaluateAll((headers) =>
    headers.map((h) => ({ id: h.getAttribute('data-timepoint-id') ?? '', date: h.querySelector('small')?.textContent ?? '' })),
  );
}

const daysBefore = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
const warningsText = (page: Page) => page.getByTestId('response-warnings').innerText();

beforeAll(async () => {
  session = await openApp(inject('baseUrl'));
  await openDemo(session.page);
});

afterAll(async () => {
  await session?.close();
});

describe('treatment course', () => {
  it('records a TACE, an AFP value and an LR-TR category, shows them on the timeline with the warnings, and keeps them after a reload', async () => {
    const { page } = session;
    const [baseline, followUp] = await timepoints(page);
    expect(followUp, 'the demo has a follow-up').toBeDefined();
    const taceDate = daysBefore(followUp!.date, 10);

    await page.getByTestId('add-target').click();
    await lesionTable.row(page, 'T1').waitFor();

    // A treatment without a date is refused with the field named, and the form keeps what was typed.
    await page.getByTestId('treatment-type').selectOption('cTACE');
    await page.getByTestId('treatment-drug').fill('epirubicin');
    await page.getByTestId('treatment-save').click();
    expect(await page.getByTestId('treatment-errors').innerText()).toContain('date: must be a real date YYYY-MM-DD');
    expect(await page.getByTestId('treatment-drug').inputValue()).toBe('epirubicin');

    await page.getByTestId('treatment-date').fill(taceDate);
    await page.locator('[data-testid="treatment-lesion"][value="T1"]').check();
    await page.getByTestId('treatment-save').click();
    await page.locator(`[data-testid="treatment-item"][data-type="cTACE"][data-date="${taceDate}"]`).waitFor();
    await expect.poll(() => page.getByTestId('treatment-errors').count()).toBe(0);

    await page.getByTestId('marker-name').selectOption('AFP');
    await page.getByTestId('marker-date').fill(baseline!.date);
    await page.getByTestId('marker-value').fill('850');
    await page.getByTestId('marker-save').click();
    await page.locator(`[data-testid="marker-item"][data-marker="AFP"][data-date="${baseline!.date}"]`).waitFor();
    // A value of 0 is refused (markers are positive, plotted on a log scale) and stays in the form.
    await page.getByTestId('marker-date').fill(followUp!.date);
    await page.getByTestId('marker-value').fill('0');
    await page.getByTestId('marker-save').click();
    expect(await page.getByTestId('marker-errors').innerText()).toContain('value: must be a number > 0');
    await page.getByTestId('marker-value').fill('85');
    await page.getByTestId('marker-save').click();
    await page.locator(`[data-testid="marker-item"][data-marker="AFP"][data-date="${followUp!.date}"]`).waitFor();

    await lesionTable.cell(page, 'T1', followUp!.id).click();
    await page.locator(`[data-testid="finding-editor"][data-lesion-id="T1"][data-timepoint-id="${followUp!.id}"]`).waitFor();
    await page.getByTestId('lr-tr-category').selectOption('viable');
    await page.locator('[data-testid="lr-tr-feature"][value="arterial-phase-hyperenhancement"]').check();

    await checkCourse(page, followUp!.id, taceDate, baseline!.date);

    await page.locator('[data-testid="autosave-status"][data-state="saved"]').waitFor();
    await page.reload();
    await openDemo(page);
    await lesionTable.row(page, 'T1').waitFor();
    await checkCourse(page, followUp!.id, taceDate, baseline!.date);
  });
});

/** What the reader must see of the recorded course. */
async function checkCourse(page: Page, followUpId: string, taceDate: string, baselineDate: string) {
  const strip = page.getByTestId('timeline-strip');
  await strip.locator(`[data-testid="timeline-treatment"][data-type="cTACE"][data-date="${taceDate}"]`).waitFor();
  await strip.locator(`[data-testid="timeline-timepoint"][data-timepoint-id="${followUpId}"][data-warning="true"]`).waitFor();
  expect(await strip.locator(`[data-testid="timeline-timepoint"][data-timepoint-id="${followUpId}"] title`).textContent()).toContain(
    'is 10 days after cTACE',
  );

  await expect.poll(() => warningsText(page)).toContain(`is 10 days after cTACE on ${taceDate}, earlier than 4 weeks: too early for mRECIST`);
  expect(await warningsText(page)).toContain(`T1 at ${followUpId} is LR-TR Viable, but no viable diameter is measured`);

  expect(await page.locator(`[data-testid="treatment-item"][data-date="${taceDate}"]`).innerText()).toContain('cTACE (epirubicin)');
  expect(await page.locator(`[data-testid="marker-item"][data-marker="AFP"][data-date="${baselineDate}"] [data-testid="marker-change"]`).innerText()).toBe(
    'baseline value',
  );
  expect(await page.locator(`[data-testid="marker-item"][data-marker="AFP"]:not([data-date="${baselineDate}"]) [data-testid="marker-change"]`).innerText()).toBe(
    '−90.0% from baseline',
  );
  await page.locator(`[data-testid="sum-plot"] [data-testid="marker-point"][data-date="${baselineDate}"][data-value="850"]`).waitFor();
  expect(await page.locator('[data-testid="sum-plot"] [data-testid="marker-point"]').count()).toBe(2);
  await lesionTable.cell(page, 'T1', followUpId).locator('[data-testid="lr-tr-tag"][data-category="viable"]').waitFor();
}
