// The start page and the header's help in either language: every word from the catalogue, none left in English.
import { describe, expect, it } from 'vitest';
import { StartPage } from './StartPage';
import { latinWordsBut, renderInLocale, visibleText } from './testing/renderInLocale';

describe('StartPage', () => {
  it('reads as before in English', () => {
    const text = visibleText(renderInLocale('en', <StartPage />));
    expect(text).toContain('Measure viable (arterially enhancing) liver tumour before and after TACE and get the mRECIST response');
    for (const words of ['Open folder…', 'Open files / zip…', 'PACS…', 'Open demo studies', 'Research software, not a certified medical device.']) {
      expect(text).toContain(words);
    }
  });

  it('reads in 简体中文 with no English word and no missing key', () => {
    const text = visibleText(renderInLocale('zh-CN', <StartPage />));
    for (const words of ['经动脉化疗栓塞', '存活', '打开文件夹…', '打开演示检查', '科研软件']) expect(text).toContain(words);
    expect(text).not.toContain('⟦');
    expect(latinWordsBut(text, ['Viable', 'TACE', 'mRECIST', 'RECIST', 'EASL', 'PACS', 'ZIP'])).toEqual([]);
  });
});
