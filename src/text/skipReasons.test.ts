// Every skip reason in words: the English a reader has always read, and 简体中文 with no English left
// (DICOM names and what a library said stay as they are).
import { describe, expect, it } from 'vitest';
import type { SkipReason } from '../core/index.ts';
import { skipReasonText } from './skipReasons.ts';

const CASES: [SkipReason, string][] = [
  [{ code: 'not-dicom' }, 'not a DICOM file (no DICM prefix, no recognisable header)'],
  [{ code: 'not-displayed', object: 'rt-dose', sopClassUid: '1.2.840.10008.5.1.4.1.1.481.2' }, 'not displayed: RT dose (SOP class 1.2.840.10008.5.1.4.1.1.481.2)'],
  [{ code: 'not-displayed', object: 'segmentation', sopClassUid: '1.2.3' }, 'not displayed: segmentation (SOP class 1.2.3)'],
  [{ code: 'not-an-image', object: 'structured-report', sopClassUid: '1.2.840.10008.5.1.4.1.1.88.11' }, 'no pixel data / not an image object (structured report, SOP class 1.2.840.10008.5.1.4.1.1.88.11)'],
  [{ code: 'not-an-image', sopClassUid: undefined }, 'no pixel data / not an image object (SOP class missing)'],
  [{ code: 'dicomdir' }, 'DICOMDIR (directory record, not an image)'],
  [{ code: 'header-continues' }, 'header continues past the bytes read'],
  [{ code: 'truncated', byteCount: 300, detail: 'eof' }, 'truncated file: header unreadable within its 300 bytes (eof)'],
  [{ code: 'missing-uids', attributes: ['SOPInstanceUID', 'SeriesInstanceUID'] }, 'missing SOPInstanceUID, SeriesInstanceUID: cannot place the image in a series'],
  [{ code: 'missing-rows-columns' }, 'missing Rows/Columns: not a displayable image'],
  [{ code: 'unreadable', detail: 'NotFoundError' }, 'could not read the file (NotFoundError)'],
  [{ code: 'unreadable-archive', archive: 'exam.zip', detail: 'invalid zip data' }, 'exam.zip: not a readable zip archive (invalid zip data)'],
  [{ code: 'duplicate', duplicateOf: 'a/IM1' }, 'duplicate of a/IM1 (same SOP Instance UID), loaded once'],
  [{ code: 'series-unavailable', detail: 'HTTP 500' }, 'HTTP 500'],
];

/** What the reason carries from the data (ids, paths, a library's words), which no language changes. */
const DATA = /\b(?:SOPInstanceUID|SeriesInstanceUID|NotFoundError|eof|invalid zip data|exam\.zip|a\/IM1|HTTP 500)\b/g;

describe('skip reasons', () => {
  it.each(CASES)('%j reads as before in English', (reason, english) => {
    expect(skipReasonText(reason, 'en')).toBe(english);
  });

  it.each(CASES)('%j has its 简体中文 words', (reason) => {
    const chinese = skipReasonText(reason, 'zh-CN');
    expect(chinese).not.toContain('⟦');
    const leftover = (chinese.replace(DATA, '').match(/[A-Za-z]+/g) ?? []).filter((word) => !['DICOM', 'DICM', 'DICOMDIR', 'SOP', 'UID', 'ZIP'].includes(word));
    expect(leftover).toEqual([]);
  });
});
