import { describe, expect, it } from 'vitest';
import { describeLoadError } from './loadError';

describe('describeLoadError', () => {
  it('names the transfer syntax the decoder rejected', () => {
    expect(describeLoadError(new Error('no decoder for transfer syntax 1.2.840.10008.1.2.4.100'))).toEqual({
      code: 'unsupportedSyntax',
      syntax: '1.2.840.10008.1.2.4.100',
    });
    expect(describeLoadError({ error: 'unsupported transfer syntax' }, '1.2.840.10008.1.2.4.102')).toEqual({
      code: 'unsupportedSyntax',
      syntax: '1.2.840.10008.1.2.4.102',
    });
  });

  it("passes the loader's message through otherwise", () => {
    expect(describeLoadError({ error: new Error('Invalid DICOM: odd length') })).toEqual({ code: 'loader', message: 'Invalid DICOM: odd length' });
    expect(describeLoadError(42)).toEqual({ code: 'unknown' });
  });
});
