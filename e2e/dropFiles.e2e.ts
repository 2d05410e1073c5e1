import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, type BrowserSession } from './support/browser';
import { DEMO_DIR } from './support/groundTruth';
import { opener, skippedFiles, studyBrowser } from './support/pageObjects';

// Dropping files on the window opens them like the pickers do (a drop that carries
// no folder entries, as a synthetic DataTransfer does, goes through its file list).

let session: BrowserSession;

beforeAll(async () => {
  session = await openApp(inject('baseUrl'));
});

afterAll(async () => {
  await session?.close();
});

describe('drag and drop', () => {
  it('opens DICOM files dropped on the window and lists a dropped text file as skipped', async () => {
    const { page } = session;
    const folder = path.join(DEMO_DIR, 'CT_BL_20260112', 'NC_5mm');
    const names = readdirSync(folder).filter((n) => n.endsWith('.dcm')).slice(0, 5);
    const files = [
      ...names.map((name) => ({ name, bytes: Array.from(readFileSync(path.join(folder, name))) })),
      { name: 'notes.txt', bytes: Array.from(Buffer.from('not an image')) },
    ];
    await page.getByTestId('app').evaluate((app, dropped) => {
      const transfer = new DataTransfer();
      for (const file of dropped) transfer.items.add(new File([new Uint8Array(file.bytes)], file.name));
      app.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      app.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, files);
    expect(await opener.waitScan(page, 'done')).toContain('5 DICOM · 1 skipped');
    const [patient] = await studyBrowser.read(page);
    expect(patient!.studies[0]!.series.map((s) => [s.description, s.imageCount])).toEqual([['NC 5mm', 5]]);
    expect((await skippedFiles.read(page)).map((f) => f.path)).toEqual(['notes.txt']);
  });
});
