import { describe, expect, it } from 'vitest';
import { describeLoadError } from './loadError';

describe('describeLoadError', () => {
  it('names the transfer syntax the decoder rejected', () => {
    expect(describeLoadError(new Error('no decoder for transfer syntax 1.2.840.10008.1.2.4.100'))).toBe(
      'Cannot display: unsupported transfer syntax 1.2.840.10008.1.2.4.100',
    );
    expect(describeLoadError({ error: 'unsupported transfer syntax' }, '1.2.840.10008.1.2.4.102')).toBe(
      'Cannot display: unsupported transfer syntax 1.2.840.10008.1.2.4.102',
    );
  });

  it("passes the loader's message through otherwise", () => {
    expect(describeLoadError({ error: new Error('Invalid DICOM: odd length') })).toBe('Cannot display: Invalid DICOM: odd length');
    expect(describeLoadError(42)).toBe('Cannot display: unknown error');
  });
});
