// The demo download's failures as data, and their words in both languages (the start page shows them).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../store';
import { translator, type Locale } from '../text';
import { DemoDownloadError, loadDemoStudies, type DemoDownloadProblem } from './loadDemoStudies';

/** The problem `loadDemoStudies` rejects with when `fetch` answers as `respond` does. */
async function problemWith(respond: (url: string) => Promise<Response>): Promise<DemoDownloadProblem> {
  vi.stubGlobal('fetch', vi.fn((url: string) => respond(url)));
  const failure = await loadDemoStudies(createAppStore()).then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(failure).toBeInstanceOf(DemoDownloadError);
  return (failure as DemoDownloadError).problem;
}

const manifest = { files: [{ path: 'CT_BL/ART/IM1.dcm', bytes: 10 }] };

/** One problem of every code: the `Record` makes a new code without a row fail to compile. */
const EVERY: Record<DemoDownloadProblem['code'], DemoDownloadProblem> = {
  manifestMissing: { code: 'manifestMissing', status: 404, command: 'npm run test-data:gen' },
  fileMissing: { code: 'fileMissing', path: 'CT_BL/ART/IM1.dcm', status: 404 },
  failed: { code: 'failed', detail: 'Failed to fetch' },
};

const words = (problem: DemoDownloadProblem, locale: Locale) => translator(locale, 'app')(`open.demoError.${problem.code}`, problem);

describe('loadDemoStudies', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says which part of the download failed, as data', async () => {
    expect(await problemWith(async () => new Response('', { status: 404 }))).toEqual(EVERY.manifestMissing);
    expect(await problemWith(async (url) => (url.endsWith('manifest.json') ? Response.json(manifest) : new Response('', { status: 404 })))).toEqual(EVERY.fileMissing);
    expect(
      await problemWith(async () => {
        throw new TypeError('Failed to fetch');
      }),
    ).toEqual(EVERY.failed);
  });

  it('words the failures in English as before, and in 简体中文 with no English but the command, path and browser words', () => {
    expect(words(EVERY.manifestMissing, 'en')).toBe('Demo studies are not available (HTTP 404); run "npm run test-data:gen" first.');
    expect(words(EVERY.fileMissing, 'en')).toBe('Demo file CT_BL/ART/IM1.dcm: HTTP 404');
    for (const problem of Object.values(EVERY)) {
      const chinese = words(problem, 'zh-CN');
      expect(chinese).not.toContain('⟦');
      const data = /npm run test-data:gen|CT_BL\/ART\/IM1\.dcm|Failed to fetch|HTTP/g;
      expect(chinese.replace(data, '')).not.toMatch(/[A-Za-z]/);
    }
  });
});
