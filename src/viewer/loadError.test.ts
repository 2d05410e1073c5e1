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
    expect(describeLoadError(new Error('No JPEG Lossless decoder loaded'), '1.2.840.10008.1.2.4.70')).toEqual({ code: 'unsupportedSyntax', syntax: '1.2.840.10008.1.2.4.70' });
  });

  // What the loader, its codecs, dicom-parser and the browser say, as seen on this machine or in their sources.
  it.each([
    ['unsupported pixel format for RLE', 'unsupportedPixelFormat'],
    ['No color space conversion for photometric interpretation YBR_ICT', 'unsupportedPixelFormat'],
    ['JPEG 2000 codestream unreadable: Stream too short', 'brokenCodestream'],
    ['decodeDeflatedFrame: could not inflate the frame (invalid block type)', 'brokenCodestream'],
    ['insufficient data: the file ends before its last element (truncated?)', 'truncated'],
    ['frame exceeds size of pixelData', 'missingPixelData'],
    ['decodeLittleEndian: frame is 100 bytes, expected 8192 for 64 × 64 × 16 bits', 'missingPixelData'],
    ['unreadable DICOM file: dicomParser.readPart10Header: DICM prefix not found at location 132', 'unreadableFile'],
    ['the file is no longer open', 'unreadableFile'],
    ['no non-contrast slice within 1.3 mm of this arterial slice (the nearest is 2.5 mm away)', 'subtractionUnavailable'],
    ['subtraction needs grey-scale CT images', 'subtractionUnavailable'],
    ['Array buffer allocation failed', 'outOfMemory'],
    ['Aborted(OOM). Build with -sASSERTIONS for more info.', 'outOfMemory'],
    ['something nobody foresaw', 'unknown'],
  ])('"%s" is %s, the words kept as detail', (message, code) => {
    expect(describeLoadError({ error: new Error(message) })).toEqual({ code, detail: message });
  });

  it('says unknown without detail when nothing usable came', () => {
    expect(describeLoadError(42)).toEqual({ code: 'unknown' });
  });
});
