import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { orthancMissing } from '../scripts/lib/orthanc';
import { openApp, type BrowserSession } from './support/browser';
import { DEMO_DIR, isoDate, readGroundTruth, type GroundTruth } from './support/groundTruth';
import { box, expectOneToolbarRow, inside } from './support/headerRow';
import { chooseLanguage } from './support/language';
import { drawCaliper, lesionTable } from './support/measuring';
import { pacsDialog } from './support/pacsDialog';
import { opener, studyBrowser, viewport } from './support/pageObjects';
import { startPacsTestBed, type PacsTestBed } from './support/pacsServer';

// The viewer against a real PACS: Debian's Orthanc with its DICOMweb plugin,
// password on, holding the synthetic baseline and first follow-up. A reader
// connects, finds the patient's studies, opens both, measures, stores the SR on
// the PACS, and a second reader in a fresh browser profile gets the measurement
// back from it. Failures (server down, wrong password, slow server) are shown.
// While images arrive, their status sits in the header's one row above the images.

const STUDIES = ['CT_BL_20260112', 'CT_FU1_20260223'];
const PATIENT_ID = 'VIABLE-DEMO-001';
let bed: PacsTestBed;
let truth: GroundTruth;
let session: BrowserSession | undefined;
const sessions: BrowserSession[] = [];

const LAPTOP = { width: 1366, height: 768 };
const DESKTOP = { width: 1920, height: 1080 };

async function browser(windowSize?: { width: number; height: number }): Promise<BrowserSession> {
  session = await openApp(bed.baseUrl, '/', windowSize);
  sessions.push(session);
  return session;
}

async function connect(page: Page, url = bed.dicomWebUrl): Promise<void> {
  await pacsDialog.open(page);
  await pacsDialog.fillServer(page, url, bed.orthanc.username, bed.orthanc.password);
  await page.getByTestId('pacs-save').click();
  await page.getByTestId('pacs-search').waitFor();
}

/** Opens the patient's studies from the PACS and waits until the first image is drawn. */
async function openPatientFromPacs(page: Page): Promise<void> {
  expect(await pacsDialog.searchPatient(page, PATIENT_ID)).toHaveLength(STUDIES.length);
  await pacsDialog.openAllListed(page);
  await studyBrowser.waitSeries(page, 6);
  await viewport.waitState(page, 'rendered');
}

/** The retrieval's status and its buttons are in the header's one row, and the images start right below it. */
async function expectRetrievalInHeaderRow(page: Page, windowSize: { width: number; height: number }, when: string): Promise<void> {
  await expectOneToolbarRow(page, windowSize, when);
  const header = await box(page, 'app-header');
  for (const testId of ['pacs-bar', 'pacs-save-sr']) expect(inside(await box(page, testId), header), `${testId} ${when}`).toBe(true);
}

beforeAll(async () => {
  // Never skipped: without Orthanc the PACS acceptance cannot be checked, so say how to get it.
  const missing = orthancMissing();
  if (missing) throw new Error(missing);
  truth = readGroundTruth();
  bed = await startPacsTestBed(STUDIES.map((study) => path.join(DEMO_DIR, study)));
}, 300_000);

beforeEach(({ task }) => {
  onTestFailed(async () => {
    await session?.page.screenshot({ path: path.join('e2e-artifacts', `pacs-${task.name.replace(/\W+/g, '-')}.png`) });
  });
});

afterAll(async () => {
  for (const s of sessions) await s.close();
  await bed?.close();
});

describe('PACS (DICOMweb, against Orthanc)', () => {
  it('builds the page to connect to exactly the configured PACS origins', async () => {
    const html = await (await fetch(bed.baseUrl)).text();
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replaceAll('&#39;', "'") ?? '';
    expect(policy).toContain(`connect-src 'self' blob: data: ${bed.allowedOrigins.join(' ')};`);
    expect(policy).not.toContain('*');
  });

  it('says clearly when the server is down, refuses the password, or is not allowed by the page', async () => {
    const { page } = await browser();
    await pacsDialog.open(page);
    await pacsDialog.fillServer(page, bed.downDicomWebUrl, bed.orthanc.username, bed.orthanc.password);
    const down = await pacsDialog.testConnection(page);
    expect(down).toEqual({ ok: false, text: expect.stringContaining(`Cannot reach ${new URL(bed.downDicomWebUrl).origin}`) });

    await pacsDialog.fillServer(page, bed.dicomWebUrl, bed.orthanc.username, 'wrong password');
    expect(await pacsDialog.testConnection(page)).toEqual({ ok: false, text: expect.stringContaining('refused the credentials (HTTP 401)') });

    await pacsDialog.fillServer(page, 'http://127.0.0.1:9/dicom-web', bed.orthanc.username, bed.orthanc.password);
    expect(await pacsDialog.testConnection(page)).toEqual({ ok: false, text: expect.stringContaining('VIABLE_PACS_ORIGINS=http://127.0.0.1:9') });

    await pacsDialog.fillServer(page, bed.dicomWebUrl, bed.orthanc.username, bed.orthanc.password);
    expect(await pacsDialog.testConnection(page)).toEqual({ ok: true, text: expect.stringContaining('Connected') });
    // Nothing is lost: the start page is still there to open something else.
    await page.getByTestId('pacs-close').click();
    await page.getByTestId('start-page').waitFor();
  });

  it('opens a patient’s studies, measures, stores the SR on the PACS, and a fresh browser gets the measurement back', async () => {
    const { page } = await browser();
    const accepts: string[] = [];
    page.on('request', (request) => {
      if (/\/instances\/[^/]+$/.test(request.url())) accepts.push(request.headers().accept ?? '');
    });
    await connect(page);
    await openPatientFromPacs(page);
    // The same index a folder gives: both studies, their phases, and the timepoints.
    const listed = await studyBrowser.read(page);
    expect(listed[0]?.patientId).toBe(PATIENT_ID);
    expect(listed[0]?.studies.map((s) => s.date).sort()).toEqual(['2026-01-12', '2026-02-23']);
    expect(listed[0]?.studies[0]?.series.map((s) => s.phase).sort()).toEqual(['arterial', 'non-contrast', 'portal-venous']);
    // Every instance was asked for in the syntax it is stored in.
    expect(accepts.length).toBeGreaterThan(0);
    expect(new Set(accepts)).toEqual(new Set(['multipart/related; type="application/dicom"; transfer-syntax=*']));

    const lesion = truth.lesions.find((l) => l.role === 'target')!;
    const at = lesion.timepoints.find((t) => t.viableEndpointsMm)!;
    const date = isoDate(truth.studies.find((s) => s.timepoint === at.timepoint)!.StudyDate);
    const stackId = await studyBrowser.open(page, 'ART 2.5mm', date);
    await viewport.waitState(page, 'rendered', { stackId });
    await page.getByTestId('add-target').click();
    await lesionTable.row(page, 'T1').waitFor();
    await drawCaliper(page, 'ViableDiameter', ...at.viableEndpointsMm!);
    await expect.poll(() => lesionTable.firstNumber(page, 'T1', date)).toBeCloseTo(at.viableLongestDiameterMm, 0);
    const measured = await lesionTable.firstNumber(page, 'T1', date);

    await page.getByTestId('pacs-save-sr').click();
    const saved = page.getByTestId('pacs-save-result');
    await saved.waitFor({ timeout: 60_000 });
    expect(await saved.getAttribute('data-ok'), await saved.innerText()).toBe('true');

    // A second reader, another browser profile: nothing saved locally, all from the PACS.
    const second = (await browser()).page;
    await connect(second);
    await openPatientFromPacs(second);
    const offer = second.locator(`[data-testid="sr-offer"][data-study-date="${date}"]`);
    await offer.waitFor({ timeout: 60_000 });
    await offer.getByTestId('load-sr').click();
    await second.getByTestId('sr-load-status').waitFor({ timeout: 60_000 });
    await expect.poll(() => lesionTable.firstNumber(second, 'T1', date)).toBe(measured);
  });

  it('in 简体中文 says why opening failed, and says it again in English after a language switch', async () => {
    const { page, log } = await browser();
    await page.getByTestId('start-page').waitFor();
    await chooseLanguage(page, 'zh-CN');
    await connect(page);
    expect(await pacsDialog.searchPatient(page, PATIENT_ID)).toHaveLength(STUDIES.length);
    // The server goes away between the search and the opening.
    await page.route('**/studies/*/series**', (route) => route.abort('connectionrefused'));
    await pacsDialog.openAllListed(page);
    const notice = opener.notice(page, 'pacs-open-failed');
    await notice.waitFor();
    const origin = new URL(bed.dicomWebUrl).origin;
    expect(await notice.innerText()).toContain(`从 PACS 打开失败：无法连接 ${origin}：服务器未运行或地址错误`);
    expect(await page.getByTestId('scan-progress-text').innerText()).toContain(`无法连接 ${origin}`);
    await chooseLanguage(page, 'en');
    expect(await notice.innerText()).toContain(`Opening from the PACS failed: Cannot reach ${origin}: the server is down`);
    expect(await page.getByTestId('scan-progress-text').innerText()).toContain(`Cannot reach ${origin}`);
    await page.unroute('**/studies/*/series**');
    expect(log.pageErrors).toEqual([]);
  });

  it('shows a slow server’s progress in the one header row (1366 English, 1920 中文), cancels, keeps what arrived, and retries the rest', async () => {
    const { page } = await browser(LAPTOP);
    await connect(page, bed.slowDicomWebUrl);
    expect(await pacsDialog.searchPatient(page, PATIENT_ID)).toHaveLength(STUDIES.length);
    await pacsDialog.openAllListed(page);
    // Metadata first: the studies and series are listed while the images still come.
    await studyBrowser.waitSeries(page, 6);
    const bar = page.locator('[data-testid="pacs-bar"][data-state="retrieving"]');
    await bar.waitFor();
    // The shown image is fetched first; the row is checked once it is in, while the rest still comes.
    await viewport.waitState(page, 'rendered');
    await expectRetrievalInHeaderRow(page, LAPTOP, 'retrieving at 1366');
    expect(await page.getByTestId('pacs-count').innerText()).toMatch(/^\d+\/346$/);
    expect(await bar.getAttribute('title')).toMatch(/^Retrieving images from the PACS: \d+ of 346$/);
    expect(await page.getByTestId('pacs-cancel').getAttribute('title')).toMatch(/^Stop retrieving/);
    // Compare adds its controls to the same row.
    await page.getByTestId('compare').click();
    await viewport.pane(page, 'vp-1').waitFor();
    await expectRetrievalInHeaderRow(page, LAPTOP, 'retrieving, Compare at 1366');
    await page.getByTestId('layout-1x1').click();

    await page.setViewportSize(DESKTOP);
    await chooseLanguage(page, 'zh-CN');
    await expectRetrievalInHeaderRow(page, DESKTOP, 'retrieving at 1920 in 中文');
    expect(await bar.getAttribute('title')).toMatch(/^正在从 PACS 获取图像：\d+\/346$/);
    expect(await page.getByTestId('pacs-retrieval-text').innerText()).toMatch(/^正在从 PACS 获取图像：\d+\/346$/);
    expect(await page.getByTestId('pacs-cancel').getAttribute('aria-label')).toBe('取消');

    await page.getByTestId('pacs-cancel').click();
    const cancelled = page.locator('[data-testid="pacs-bar"][data-state="cancelled"]');
    await cancelled.waitFor();
    const arrived = Number(await cancelled.getAttribute('data-arrived'));
    const total = Number(await cancelled.getAttribute('data-total'));
    expect(total).toBe(346);
    expect(arrived).toBeLessThan(total);
    expect(await cancelled.getAttribute('title')).toBe(`已取消获取：已获取 ${arrived}/${total} 幅图像`);
    // What arrived stays usable: the first pane still shows its image.
    await viewport.waitState(page, 'rendered');
    await expectRetrievalInHeaderRow(page, DESKTOP, 'cancelled at 1920 in 中文');
    expect(await page.getByTestId('pacs-retry').getAttribute('aria-label')).toBe('重试');
    await page.getByTestId('pacs-retry').click();
    await page.locator('[data-testid="pacs-bar"][data-state="retrieving"]').waitFor();
    await expect.poll(async () => Number(await page.getByTestId('pacs-bar').getAttribute('data-arrived')), { timeout: 30_000 }).toBeGreaterThan(arrived);
    console.info(`PACS retrieval: ${arrived} of ${total} images had arrived when cancelled`);
  });

  it('keeps what failed reachable from the header row: the reason under the messages button, and Retry', async () => {
    const { page } = await browser(LAPTOP);
    // The server fails every image of one series the first pane does not show; the others come slowly enough to watch.
    const failing = truth.studies.find((s) => s.timepoint === 'FU1')!.series.find((s) => s.phase === 'portal-venous')!.SeriesInstanceUID;
    await page.route(/\/instances\/[^/]+$/, async (route) => {
      if (route.request().url().includes(`/series/${failing}/`)) return route.fulfill({ status: 503, body: 'busy' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      return route.continue();
    });
    await connect(page);
    await openPatientFromPacs(page);
    const incomplete = page.locator('[data-testid="pacs-bar"][data-state="incomplete"]');
    await incomplete.waitFor({ timeout: 120_000 });
    expect(await incomplete.getAttribute('title')).toMatch(/^\d+ of 346 images retrieved; \d+ failed — .*failed with a server error \(HTTP 503\)/);
    await expectRetrievalInHeaderRow(page, LAPTOP, 'incomplete at 1366');
    const header = await box(page, 'app-header');
    for (const testId of ['pacs-retry', 'pacs-messages-toggle']) expect(inside(await box(page, testId), header), testId).toBe(true);

    await page.getByTestId('pacs-messages-toggle').click();
    const reason = page.getByTestId('pacs-retrieval-error');
    expect(await reason.innerText()).toMatch(/failed with a server error \(HTTP 503\); try again later\.$/);
    // Readable where it opens: inside the window, under the row.
    const shown = (await reason.boundingBox())!;
    expect(inside(shown, { x: 0, y: 0, ...LAPTOP })).toBe(true);
    expect(shown.y).toBeGreaterThanOrEqual(header.y + header.height);
    await page.getByTestId('pacs-messages-close').click();
    await expectRetrievalInHeaderRow(page, LAPTOP, 'messages closed');
  });
});
