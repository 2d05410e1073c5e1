import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openApp, type BrowserSession } from './support/browser';
import { DEMO_DIR, readGroundTruth } from './support/groundTruth';
import { opener, studyBrowser, viewport } from './support/pageObjects';

// A browser whose IndexedDB cannot be opened (storage disabled by policy, some
// private modes): a folder still opens and can be measured; the reader is told
// that autosave is off and why, instead of the scan being reported as failed.

let session: BrowserSession | undefined;

afterAll(async () => {
  await session?.close();
});

describe('without IndexedDB', () => {
  it('opens the folder, starts an assessment and says that autosave is off and why', async () => {
    session = await openApp(inject('baseUrl'));
    const { page, context } = session;
    await context.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('IndexedDB is disabled by policy', 'SecurityError');
      };
    });
    await page.reload();
    const baseline = [...readGroundTruth().studies].sort((a, b) => a.StudyDate.localeCompare(b.StudyDate))[0]!;
    const art = baseline.series.find((s) => s.phase === 'arterial')!;

    await opener.openFolder(page, path.join(DEMO_DIR, art.folder));
    expect(await opener.waitScan(page, 'done')).toMatch(/\d+ DICOM/);
    await viewport.waitState(page, 'rendered');
    await studyBrowser.waitSeries(page);
    await page.getByTestId('add-target').waitFor();
    const status = page.locator('[data-testid="autosave-status"][data-state="off"]');
    await expect.poll(() => status.innerText()).toMatch(/^Autosave is off: the browser's storage cannot be read \(IndexedDB is disabled by policy\)/);

    // The reader can work: a lesion is added, and autosave stays off rather than claiming a save.
    await page.getByTestId('add-target').click();
    await page.locator('[data-testid="lesion-row"][data-lesion-id="T1"]').waitFor();
    expect(await status.innerText()).toContain('Autosave is off');
  });
});
