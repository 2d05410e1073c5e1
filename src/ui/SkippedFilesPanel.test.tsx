// The skipped-files panel words each reason in the reader's language; the English is what it always was.
import { describe, expect, it } from 'vitest';
import { createAppStore, type SkippedFile } from '../store';
import { SkippedFilesPanel } from './SkippedFilesPanel';
import { latinWordsBut, renderInLocale, visibleText } from './testing/renderInLocale';

const SKIPPED: SkippedFile[] = [
  { path: 'exam/README.txt', reason: { code: 'not-dicom' } },
  { path: 'exam/cut.dcm', reason: { code: 'truncated', byteCount: 300, detail: 'Offset is outside the bounds of the DataView' } },
  { path: 'exam/DICOMDIR', reason: { code: 'dicomdir' } },
  { path: 'exam/copy/IM1', reason: { code: 'duplicate', duplicateOf: 'exam/IM1' } },
];

function render(locale: 'en' | 'zh-CN', skipped = SKIPPED): string {
  const store = createAppStore();
  store.getState().scanFinished({ instances: [], skipped });
  return renderInLocale(locale, <SkippedFilesPanel />, store);
}

describe('SkippedFilesPanel', () => {
  it('counts the files and gives each reason as before in English', () => {
    const text = visibleText(render('en'));
    expect(text).toContain('4 files skipped');
    expect(text).toContain('exam/README.txt : not a DICOM file (no DICM prefix, no recognisable header)');
    expect(text).toContain('truncated file: header unreadable within its 300 bytes (Offset is outside the bounds of the DataView)');
    expect(text).toContain('DICOMDIR (directory record, not an image)');
    expect(text).toContain('duplicate of exam/IM1 (same SOP Instance UID), loaded once');
    expect(visibleText(render('en', SKIPPED.slice(0, 1)))).toContain('1 file skipped');
  });

  it('says it in 简体中文, keeping paths and what the parser said', () => {
    const text = visibleText(render('zh-CN'));
    expect(text).toContain('跳过 4 个文件');
    expect(text).toContain('不是 DICOM 文件');
    expect(text).toContain('文件不完整：在其 300 字节内无法读取文件头（Offset is outside the bounds of the DataView）');
    expect(text).toContain('与 exam/IM1 重复');
    expect(text).not.toContain('⟦');
    const withoutData = text.replace(/exam\/\S+/g, '').replace('Offset is outside the bounds of the DataView', '');
    expect(latinWordsBut(withoutData, ['DICOM', 'DICM', 'DICOMDIR', 'SOP', 'UID'])).toEqual([]);
  });

  it('shows nothing when no file was skipped', () => {
    expect(render('zh-CN', [])).toBe('');
  });
});
