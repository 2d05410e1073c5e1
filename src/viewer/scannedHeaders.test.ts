import { afterEach, describe, expect, it } from 'vitest';
import { SCANNED_HEADER_BUDGET_BYTES, forgetScannedHeaders, keepScannedHeader, takeScannedHeader } from './scannedHeaders';

afterEach(forgetScannedHeaders);

describe('scanned headers', () => {
  it('gives a kept header to the loader once: a file loaded again reads its own head', () => {
    const header = new Uint8Array([1, 2, 3]);
    keepScannedHeader('7', header);
    expect(takeScannedHeader('7')).toBe(header);
    expect(takeScannedHeader('7')).toBeUndefined();
  });

  it('keeps no more than its budget, and has room again once headers are taken', () => {
    const half = SCANNED_HEADER_BUDGET_BYTES / 2;
    keepScannedHeader('1', new Uint8Array(half));
    keepScannedHeader('2', new Uint8Array(half));
    keepScannedHeader('3', new Uint8Array(1));
    expect(takeScannedHeader('3')).toBeUndefined();
    expect(takeScannedHeader('1')).toHaveLength(half);
    keepScannedHeader('3', new Uint8Array(1));
    expect(takeScannedHeader('3')).toHaveLength(1);
  });

  it('forgets every header when the files are closed', () => {
    keepScannedHeader('1', new Uint8Array(4));
    forgetScannedHeaders();
    expect(takeScannedHeader('1')).toBeUndefined();
  });
});
