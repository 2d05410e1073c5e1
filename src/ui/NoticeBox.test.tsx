import { describe, expect, it } from 'vitest';
import type { Notice } from '../core';
import { createAppStore } from '../store';
import { NoticeBox } from './NoticeBox';
import { renderInLocale } from './testing/renderInLocale';

function render(notice: Notice | null, locale: 'en' | 'zh-CN' = 'en'): string {
  const store = createAppStore();
  store.getState().notify(notice);
  return renderInLocale(locale, <NoticeBox />, store);
}

describe('NoticeBox', () => {
  it('renders nothing without a notice', () => {
    expect(render(null)).toBe('');
  });

  it('says an import with its Undo as a status, tagged with its code', () => {
    const html = render({ messages: [{ code: 'assessment-imported', filename: 'a.json', replacedLesions: 1, replacedCalipers: 0 }], actions: [{ kind: 'undo' }] });
    expect(html).toContain('role="status"');
    expect(html).toContain('data-codes="assessment-imported"');
    expect(html).toContain('Imported a.json. It replaced the previous assessment: 1 lesion and 0 calipers.');
    expect(html).toMatch(/<button data-testid="notice-undo">Undo<\/button>/);
    expect(html).toContain('data-testid="dismiss-notice"');
  });

  it('lists the errors of a refused file as an alert, the first 30 and how many more', () => {
    const errors = Array.from({ length: 32 }, (_, i) => ({ path: `lesions[${i}].id`, code: 'invalid' as const, detail: 'required' }));
    const html = render({ messages: [{ code: 'assessment-not-imported', filename: 'b.json', errors }] });
    expect(html).toContain('role="alert"');
    expect(html.match(/<li>/g)).toHaveLength(31);
    expect(html).toContain('lesions[29].id: required');
    expect(html).not.toContain('lesions[30].id: required');
    expect(html).toContain('… and 2 more');
  });

  it('says it in 简体中文, the field paths as the file names them', () => {
    const html = render({ messages: [{ code: 'assessment-not-imported', filename: 'b.json', errors: [{ path: 'patient.id', code: 'no-patient-open' }] }] }, 'zh-CN');
    expect(html).toContain('b.json 未导入；当前评估保持不变：');
    expect(html).toContain('<li>patient.id: 请先打开该患者的图像，再导入其评估</li>');
    expect(html).toContain('>关闭</button>');
    expect(html).not.toContain('⟦');
  });
});
