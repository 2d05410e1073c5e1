// Every reason a pane shows no image, in words: English as the pane has always said it where a
// test reads it, and 简体中文 with no English left but the loader's own words in the detail line.
import { describe, expect, it } from 'vitest';
import type { ImageLoadProblem, ImageLoadProblemCode } from '../core/index.ts';
import { imageLoadProblemText } from './imageLoadProblems.ts';

/** One problem of every code: the `Record` makes a new code without a row fail to compile. */
const EVERY: Record<ImageLoadProblemCode, ImageLoadProblem> = {
  unsupportedSyntax: { code: 'unsupportedSyntax', syntax: '1.2.840.10008.1.2.4.100' },
  unsupportedPixelFormat: { code: 'unsupportedPixelFormat', detail: 'unsupported pixel format for RLE' },
  brokenCodestream: { code: 'brokenCodestream', detail: 'JPEG 2000 codestream unreadable: Marker handler error' },
  truncated: { code: 'truncated', detail: 'insufficient data: the file ends before its last element (truncated?)' },
  missingPixelData: { code: 'missingPixelData', detail: 'frame exceeds size of pixelData' },
  unreadableFile: { code: 'unreadableFile', detail: 'unreadable DICOM file: dicomParser.readPart10Header: DICM prefix not found' },
  subtractionUnavailable: { code: 'subtractionUnavailable', detail: 'no non-contrast slice within 1.3 mm of this arterial slice (the nearest is 2.5 mm away)' },
  outOfMemory: { code: 'outOfMemory', detail: 'Array buffer allocation failed' },
  unknown: { code: 'unknown', detail: 'something else' },
  noImages: { code: 'noImages' },
};

describe('image load problems', () => {
  it('says in English what the pane said before, the loader\'s words on a line of their own', () => {
    expect(imageLoadProblemText(EVERY.unsupportedSyntax, 'en')).toEqual({ sentence: 'Cannot display: unsupported transfer syntax 1.2.840.10008.1.2.4.100' });
    expect(imageLoadProblemText(EVERY.noImages, 'en')).toEqual({ sentence: 'Cannot display: the series has no images' });
    expect(imageLoadProblemText({ code: 'unknown' }, 'en')).toEqual({ sentence: 'Cannot display: unknown error' });
    expect(imageLoadProblemText(EVERY.brokenCodestream, 'en')).toEqual({
      sentence: 'Cannot display: the compressed image data is damaged',
      detail: 'Detail: JPEG 2000 codestream unreadable: Marker handler error',
    });
  });

  it.each(Object.values(EVERY))('%j has words of its own in both languages', (problem) => {
    const english = imageLoadProblemText(problem, 'en');
    const chinese = imageLoadProblemText(problem, 'zh-CN');
    expect(english.sentence).toMatch(/^Cannot display: /);
    expect(chinese.sentence).toMatch(/^无法显示：/);
    for (const words of [english.sentence, chinese.sentence, english.detail ?? '', chinese.detail ?? '']) expect(words).not.toContain('⟦');
    const leftover = chinese.sentence.replace(/1\.2\.840[\d.]*/, '').match(/[A-Za-z]+/g) ?? [];
    expect(leftover.filter((word) => word !== 'DICOM')).toEqual([]);
    if ('detail' in problem && problem.detail) expect(chinese.detail).toBe(`技术细节：${problem.detail}`);
  });

  it('gives each known failure its own sentence', () => {
    const sentences = Object.values(EVERY).map((problem) => imageLoadProblemText(problem, 'zh-CN').sentence);
    expect(new Set(sentences).size).toBe(sentences.length);
  });
});
