/**
 * Page objects for browser tests: what a reader does (open a folder, cancel a
 * scan, change a phase) and what the page shows (the study browser, skipped
 * files, a viewport's render signal), in terms of the app's data-testids.
 * Every wait is on a DOM signal; none sleeps.
 */
import type { Locator, Page } from 'playwright-core';

export type ScanStatus = 'scanning' | 'done' | 'cancelled' | 'failed';
export type RenderState = 'idle' | 'loading' | 'rendered' | 'error';

/** One row of the study browser, read from its data attributes. */
export interface BrowserSeries {
  stackId: string;
  description: string;
  studyDate: string;
  phase: string;
  phaseSource: string;
  /** The "n images" of the item's meta line. */
  imageCount: number;
}

export interface BrowserStudy {
  date: string;
  series: BrowserSeries[];
}

export interface BrowserPatient {
  patientId: string;
  studies: BrowserStudy[];
}

export interface SkippedEntry {
  path: string;
  reason: string;
}

/** Digits of a date as the browser prints it (2026-01-12 → 20260112), to compare with DICOM DA values. */
export const dateDigits = (date: string | null | undefined): string => (date ?? '').replace(/\D/g, '');

/** Opening things and reading the scan's outcome. */
export const opener = {
  /**
   * Waits until the start page has mounted the workspace ahead of the pick (`<html data-warmed-up>`),
   * as it has by the time a reader has chosen a folder; tests that time the scan against the first
   * image start there, not in the first second after navigation.
   */
  async waitWarmedUp(page: Page): Promise<void> {
    await page.locator('html[data-warmed-up]').waitFor({ state: 'attached', timeout: 10_000 });
  },

  /** Picks `dir` in the (hidden) `<input webkitdirectory>`, as the folder picker's fallback does. */
  async openFolder(page: Page, dir: string): Promise<void> {
    await page.getByTestId('folder-input').setInputFiles(dir);
  },

  /** Picks files (or a .zip) in the multi-file input. */
  async openFiles(page: Page, paths: string[]): Promise<void> {
    await page.getByTestId('files-input').setInputFiles(paths);
  },

  /** Starts the demo studies (start page only). */
  async loadDemo(page: Page): Promise<void> {
    await page.getByTestId('load-demo').click();
  },

  scanProgress: (page: Page): Locator => page.getByTestId('scan-progress'),

  /**
   * Whether the reader sees the workspace. Mounted ahead of use it is drawn at an opacity no one
   * sees (0.001, so that the browser has painted it before the pick), inert and hidden from screen
   * readers: Playwright's own visibility counts such an element as visible, so it is read here.
   */
  async workspaceSeen(page: Page): Promise<boolean> {
    return page.locator('.workspace-frame').evaluate((frame) => {
      const seen = Number(getComputedStyle(frame).opacity) > 0.5 && !(frame as HTMLElement).inert && frame.getAttribute('aria-hidden') !== 'true';
      return seen && getComputedStyle(frame).visibility === 'visible';
    });
  },

  /** The viewer's notice while it says a message of `code` (see src/core/noticeMessages.ts). */
  notice: (page: Page, code: string): Locator => page.locator(`[data-testid="notice"][data-codes~="${code}"]`),

  /** Waits until the progress bar reports `status` and returns its text. */
  async waitScan(page: Page, status: ScanStatus, timeout = 90_000): Promise<string> {
    const bar = page.locator(`[data-testid="scan-progress"][data-status="${status}"]`);
    await bar.waitFor({ timeout });
    return bar.getByTestId('scan-progress-text').innerText();
  },

  /** Clicks Cancel while the scan runs (fails if the scan is already over). */
  async cancelScan(page: Page): Promise<void> {
    await page.locator('[data-testid="scan-progress"][data-status="scanning"] [data-testid="scan-cancel"]').click({ timeout: 30_000 });
  },

  async closeAll(page: Page): Promise<void> {
    await page.getByTestId('close-all').click();
    await page.getByTestId('start-page').waitFor();
  },
};

/** The study browser: patients → studies → series, as attributes and text the reader sees. */
export const studyBrowser = {
  root: (page: Page): Locator => page.getByTestId('study-browser'),

  /** Waits until at least `count` series are listed. */
  async waitSeries(page: Page, count = 1, timeout = 90_000): Promise<void> {
    await page.getByTestId('series-item').nth(count - 1).waitFor({ timeout });
  },

  /** Everything listed, in display order. */
  async read(page: Page): Promise<BrowserPatient[]> {
    return page.getByTestId('study-browser').evaluate((root) =>
      Array.from(root.querySelectorAll<HTMLElement>('[data-testid="patient-item"]'), (patient) => ({
        patientId: patient.dataset.patientId ?? '',
        studies: Array.from(patient.querySelectorAll<HTMLElement>('[data-testid="study-item"]'), (study) => ({
          date: study.dataset.studyDate ?? '',
          series: Array.from(study.querySelectorAll<HTMLElement>('[data-testid="series-item"]'), (item) => ({
            stackId: item.dataset.stackId ?? '',
            description: item.dataset.seriesDescription ?? '',
            studyDate: item.dataset.studyDate ?? '',
            phase: item.dataset.phase ?? '',
            phaseSource: item.querySelector('[data-testid="phase-source"]')?.textContent ?? '',
            imageCount: Number(/(\d+) images?/.exec(item.querySelector('.series-meta')?.textContent ?? '')?.[1] ?? NaN),
          })),
        })),
      })),
    );
  },

  /** The item of a series in the study of `studyDate` (DICOM DA or as printed). */
  item(page: Page, description: string, studyDate: string): Locator {
    return page.locator(
      `[data-testid="series-item"][data-series-description="${description}"][data-study-date="${formatDate(studyDate)}"]`,
    );
  },

  /** Shows a series in the active viewport. */
  async open(page: Page, description: string, studyDate: string): Promise<string> {
    const item = this.item(page, description, studyDate);
    const stackId = (await item.getAttribute('data-stack-id')) ?? '';
    await item.locator('button.series-open').click();
    return stackId;
  },

  /** Waits until the thumbnail of `stackId` is drawn and returns it. */
  async waitThumbnail(page: Page, stackId: string, timeout = 30_000): Promise<Locator> {
    const thumbnail = page.locator(`[data-testid="series-item"][data-stack-id="${stackId}"] [data-testid="stack-thumbnail"][data-state="rendered"]`);
    await thumbnail.waitFor({ timeout });
    return thumbnail;
  },

  /** Share of a thumbnail's pixels brighter than near-black: 0 for an empty canvas. */
  async thumbnailLitFraction(thumbnail: Locator): Promise<number> {
    return thumbnail.evaluate((canvas: HTMLCanvasElement) => {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0) return 0;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let lit = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! > 60) lit++;
      return lit / (data.length / 4);
    });
  },

  /** Sets the contrast phase of a series by hand, as the reader would in its select. */
  async overridePhase(page: Page, description: string, studyDate: string, phase: string): Promise<Locator> {
    const item = this.item(page, description, studyDate);
    await item.getByTestId('phase-select').selectOption(phase);
    return item;
  },
};

/** The skipped-files panel. */
export const skippedFiles = {
  async read(page: Page): Promise<SkippedEntry[]> {
    await page.getByTestId('skipped-files').waitFor();
    return page.getByTestId('skipped-file').evaluateAll((items) =>
      items.map((item) => ({
        path: (item as HTMLElement).dataset.path ?? '',
        reason: item.querySelector('.reason')?.textContent ?? '',
      })),
    );
  },
};

/** A viewport pane and its render signal. */
export const viewport = {
  pane: (page: Page, viewportId = 'vp-0'): Locator => page.locator(`[data-testid="viewport-pane"][data-viewport-id="${viewportId}"]`),

  /** Screen pixels per 10 mm of patient space in a pane: its scale, whatever the series' pixel spacing. */
  pixelsPer10Mm: (page: Page, viewportId = 'vp-0'): Promise<number> =>
    page.evaluate((id) => {
      const handle = window.__viable!.viewports[id]!;
      const [x1, y1] = handle.worldToCanvas([0, 0, 0]);
      const [x2, y2] = handle.worldToCanvas([10, 0, 0]);
      return Math.hypot(x2 - x1, y2 - y1);
    }, viewportId),

  /**
   * Waits until the pane shows `stackId` (any stack when omitted) with `state`,
   * e.g. 'rendered' after Cornerstone's IMAGE_RENDERED.
   */
  async waitState(page: Page, state: RenderState, options: { viewportId?: string; stackId?: string; timeout?: number } = {}): Promise<Locator> {
    const stack = options.stackId ? `[data-stack-id="${options.stackId}"]` : '';
    const pane = page.locator(
      `[data-testid="viewport-pane"][data-viewport-id="${options.viewportId ?? 'vp-0'}"]${stack}[data-render-state="${state}"]`,
    );
    await pane.waitFor({ timeout: options.timeout ?? 60_000 });
    return pane;
  },

  /** Chooses a window preset ('liver', 'bone', 'header'…) in the pane's preset menu. */
  async applyPreset(page: Page, presetId: string, viewportId = 'vp-0'): Promise<void> {
    await viewport.pane(page, viewportId).getByTestId('wl-presets').selectOption(presetId);
  },
};

/**
 * Starts recording (page clock) when the first viewport image and the first
 * thumbnail are drawn; `read()` returns both times (undefined until seen).
 */
export async function recordFirstDraws(page: Page): Promise<{ read(): Promise<{ viewportAt?: number; thumbnailAt?: number }> }> {
  await page.evaluate(() => {
    const times: { viewportAt?: number; thumbnailAt?: number } = {};
    (window as unknown as { __firstDraws: typeof times }).__firstDraws = times;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="viewport-pane"][data-render-state="rendered"]')) times.viewportAt ??= performance.now();
      if (document.querySelector('[data-testid="stack-thumbnail"][data-state="rendered"]')) times.thumbnailAt ??= performance.now();
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-render-state', 'data-state'] });
  });
  return {
    read: () => page.evaluate(() => ({ ...(window as unknown as { __firstDraws: { viewportAt?: number; thumbnailAt?: number } }).__firstDraws })),
  };
}

/** DICOM DA (20260112) → the browser's printed date (2026-01-12); printed dates pass through. */
function formatDate(date: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(date);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : date;
}
