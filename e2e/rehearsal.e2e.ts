import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openApp, type BrowserSession } from './support/browser';
import { DEMO_DIR, readGroundTruth } from './support/groundTruth';
import { opener, studyBrowser, viewport } from './support/pageObjects';

/** What the page ever showed, recorded from its first mutation on (installed before the app's script runs). */
interface Seen {
  /** The hidden first pane drew an image before any pick: the rehearsal ran. */
  hiddenPaneRendered: boolean;
  /** The study browser's thumbnails were drawn before any pick (hidden). */
  hiddenThumbnail: boolean;
  workspaceShown: boolean;
  progressBar: boolean;
  notice: boolean;
  headerTools: boolean;
  texts: string[];
}

function recordWhatIsSeen(): void {
  const seen: Seen = { hiddenPaneRendered: false, hiddenThumbnail: false, workspaceShown: false, progressBar: false, notice: false, headerTools: false, texts: [] };
  (window as unknown as { __seen: Seen }).__seen = seen;
  const observer = new MutationObserver(() => {
    const hidden = document.querySelector('.workspace-frame.warm-hidden');
    seen.hiddenPaneRendered ||= !!hidden?.querySelector('[data-viewport-id="vp-0"][data-render-state="rendered"]');
    seen.hiddenThumbnail ||= !!hidden?.querySelector('[data-testid="stack-thumbnail"]');
    seen.workspaceShown ||= !!document.querySelector('.workspace-frame:not(.warm-hidden)');
    seen.workspaceShown ||= Array.from(document.querySelectorAll('.workspace-frame'), (frame) => Number(getComputedStyle(frame).opacity)).some((opacity) => opacity > 0.01);
    seen.progressBar ||= !!document.querySelector('[data-testid="scan-progress"]');
    seen.notice ||= !!document.querySelector('[data-testid="notice"]');
    seen.headerTools ||= !!document.querySelector('[data-testid="close-all"]');
    // What a reader (or a screen reader) could have read: the page's text outside the unseen, inert workspace.
    const walker = document.createTreeWalker(document.body ?? document, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (/rehearsal/i.test(node.textContent ?? '') && !node.parentElement?.closest('.warm-hidden[inert][aria-hidden="true"]')) seen.texts.push(node.textContent ?? '');
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

const seenOn = (page: Page) => page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);

/** The keys of the assessments saved in the browser (IndexedDB), read directly. */
const savedAssessmentKeys = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const opening = indexedDB.open('viable');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          if (!db.objectStoreNames.contains('assessments')) return resolve([]);
          const keys = db.transaction('assessments').objectStore('assessments').getAllKeys();
          keys.onsuccess = () => resolve(keys.result.map(String));
          keys.onerror = () => reject(keys.error);
        };
      }),
  );

/** Opens the app in a page whose every mutation is watched from the start. */
async function openWatched(): Promise<BrowserSession> {
  const session = await openApp(inject('baseUrl'));
  await session.page.addInitScript(recordWhatIsSeen);
  await session.page.reload();
  return session;
}

describe('the rehearsal of the first pick (production build)', () => {
  const truth = readGroundTruth();
  const series = truth.studies[0]!.series[0]!;
  let session: BrowserSession | undefined;

  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('runs a synthetic series through the hidden workspace before the pick, and nothing of it is seen, announced or saved', async () => {
    session = await openWatched();
    const { page, log } = session;
    await opener.waitWarmedUp(page);
    const seen = await seenOn(page);
    // It ran: the hidden pane drew its image and the hidden study browser its thumbnail.
    expect(seen.hiddenPaneRendered).toBe(true);
    expect(seen.hiddenThumbnail).toBe(true);
    // Unseen: the start page stayed, no progress bar, notice, header tools or words of it.
    expect(seen).toMatchObject({ workspaceShown: false, progressBar: false, notice: false, headerTools: false, texts: [] });
    expect(await page.getByTestId('start-page').isVisible()).toBe(true);
    expect(await page.getByTestId('language-switch').count()).toBe(1);
    // Closed again: an empty pane and no study browser in the warm workspace, and nothing saved.
    expect(await page.locator('[data-viewport-id="vp-0"]').getAttribute('data-stack-id')).toBeNull();
    expect(await page.getByTestId('series-item').count()).toBe(0);
    expect(await savedAssessmentKeys(page)).toEqual([]);

    // The reader's pick then shows the reader's series alone.
    await opener.openFolder(page, path.join(DEMO_DIR, series.folder));
    await viewport.waitState(page, 'rendered');
    await opener.waitScan(page, 'done');
    const patients = await studyBrowser.read(page);
    expect(patients.map((p) => p.patientId)).toEqual([truth.patient.PatientID]);
    expect(patients.flatMap((p) => p.studies.flatMap((s) => s.series.map((x) => x.imageCount)))).toEqual([series.sliceCount]);
    expect(await savedAssessmentKeys(page)).not.toContain(expect.stringContaining('REHEARSAL'));
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });

  it('gives way to a pick made while it runs: the reader sees only the picked folder', async () => {
    session = await openWatched();
    const { page, log } = session;
    // A slow machine (CPU ten times slower), so that the pick lands while the rehearsal is under way.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 10 });
    // The hidden first pane shows the rehearsal's series from its first stack until the rehearsal ends.
    await page.locator('.workspace-frame.warm-hidden [data-viewport-id="vp-0"][data-stack-id]').waitFor({ state: 'attached', timeout: 30_000 });
    const rehearsedStackId = await page.locator('[data-viewport-id="vp-0"]').getAttribute('data-stack-id');
    expect(rehearsedStackId).toBeTruthy();
    await opener.openFolder(page, path.join(DEMO_DIR, series.folder));
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await viewport.waitState(page, 'rendered');
    expect((await opener.waitScan(page, 'done')).length).toBeGreaterThan(0);
    const patients = await studyBrowser.read(page);
    expect(patients.map((p) => p.patientId)).toEqual([truth.patient.PatientID]);
    expect(patients.flatMap((p) => p.studies.flatMap((s) => s.series.map((x) => x.imageCount)))).toEqual([series.sliceCount]);
    expect(await page.locator('[data-viewport-id="vp-0"]').getAttribute('data-stack-id')).toBe(patients[0]!.studies[0]!.series[0]!.stackId);
    expect(patients[0]!.studies[0]!.series[0]!.stackId).not.toBe(rehearsedStackId);
    expect(await opener.scanProgress(page).getAttribute('data-status')).toBe('done');
    // The picked patient's assessment opens and is saved; nothing is saved for the rehearsal's series.
    await expect.poll(() => savedAssessmentKeys(page), { timeout: 10_000 }).toHaveLength(1);
    expect((await seenOn(page)).texts).toEqual([]);
    expect(await page.getByText(/rehearsal/i).count()).toBe(0);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  });

  it('after a pick right at load (before any rehearsal), Close all leaves an empty warm workspace that reports itself warmed up', async () => {
    session = await openApp(inject('baseUrl'));
    const { page, log } = session;
    await opener.openFolder(page, path.join(DEMO_DIR, series.folder));
    await viewport.waitState(page, 'rendered');
    await opener.closeAll(page);
    await opener.waitWarmedUp(page);
    expect(await page.locator('[data-viewport-id="vp-0"]').getAttribute('data-stack-id')).toBeNull();
    expect(await page.getByTestId('series-item').count()).toBe(0);
    expect(log.pageErrors).toEqual([]);
  });
});
