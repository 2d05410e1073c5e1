import { afterEach, describe, expect, it } from 'vitest';
import { SCANNED_HEADER_BUDGET_BYTES, SCANNED_WHOLE_FILE_BUDGET_BYTES, forgetScannedBytes, keepScannedBytes, takeScannedBytes, wantsWholeFiles } from './scannedBytes';

afterEach(forgetScannedBytes);

describe('scanned bytes', () => {
  it('gives kept bytes to the loader once: a file loaded again reads its own', () => {
    const header = new Uint8Array([1, 2, 3]);
    keepScannedBytes('7', { header });
    expect(takeScannedBytes('7')).toEqual({ bytes: header, complete: false });
    expect(takeScannedBytes('7')).toBeUndefined();
  });

  it('keeps a file read whole as the whole file, not its header', () => {
    const wholeFile = new Uint8Array(10);
    keepScannedBytes('4', { header: wholeFile.slice(0, 3), wholeFile });
    expect(takeScannedBytes('4')).toEqual({ bytes: wholeFile, complete: true });
  });

  it('keeps no more headers than their budget, and has room again once headers are taken', () => {
    const half = SCANNED_HEADER_BUDGET_BYTES / 2;
    keepScannedBytes('1', { header: new Uint8Array(half) });
    keepScannedBytes('2', { header: new Uint8Array(half) });
    keepScannedBytes('3', { header: new Uint8Array(1) });
    expect(takeScannedBytes('3')).toBeUndefined();
    expect(takeScannedBytes('1')?.bytes).toHaveLength(half);
    keepScannedBytes('3', { header: new Uint8Array(1) });
    expect(takeScannedBytes('3')?.bytes).toHaveLength(1);
  });

  it('keeps whole files within their own budget, the header beyond it, and asks for whole files only while there is room', () => {
    const half = SCANNED_WHOLE_FILE_BUDGET_BYTES / 2;
    expect(wantsWholeFiles()).toBe(true);
    keepScannedBytes('1', { header: new Uint8Array(2), wholeFile: new Uint8Array(half) });
    keepScannedBytes('2', { header: new Uint8Array(2), wholeFile: new Uint8Array(half) });
    expect(wantsWholeFiles()).toBe(false);
    keepScannedBytes('3', { header: new Uint8Array(2), wholeFile: new Uint8Array(1) });
    expect(takeScannedBytes('3')).toEqual({ bytes: new Uint8Array(2), complete: false });
    expect(takeScannedBytes('1')?.complete).toBe(true);
    expect(wantsWholeFiles()).toBe(true);
  });

  it('forgets everything when the files are closed', () => {
    keepScannedBytes('1', { header: new Uint8Array(4), wholeFile: new Uint8Array(8) });
    forgetScannedBytes();
    expect(takeScannedBytes('1')).toBeUndefined();
    expect(wantsWholeFiles()).toBe(true);
  });
});
