// The calipers toolbar and the notice beside the images follow the reader's language.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store';
import { MeasureToolbar } from './MeasureToolbar';
import { NoticeBox } from './NoticeBox';
import { latinWordsBut, renderInLocale, visibleText } from './testing/renderInLocale';

function render(locale: 'en' | 'zh-CN'): string {
  const store = createAppStore();
  store.getState().notify({
    messages: [{ code: 'caliper-uncalibrated' }, { code: 'viable-on-non-arterial', phase: 'delayed' }],
    actions: [{ kind: 'confirm-phase', measurementId: 'm1' }, { kind: 'undo' }],
  });
  return renderInLocale(
    locale,
    <>
      <MeasureToolbar />
      <NoticeBox />
    </>,
    store,
  );
}

describe('MeasureToolbar', () => {
  it('keeps its English words and titles', () => {
    const html = render('en');
    expect(html).toContain('title="Viable Ø: Longest viable (arterially enhancing) diameter — mRECIST (V)"');
    expect(html).toContain('title="Undo (Ctrl+Z)"');
    const text = visibleText(html);
    expect(text).toContain('A new caliper starts a new target');
    expect(text).toContain('No pixel spacing on this image: the caliper is in pixels and is kept out of the sums. Viable diameter drawn on a delayed series');
    expect(text).toContain('Count it: this image is arterial');
  });

  it('shows the tools and the notice in 简体中文', () => {
    const html = render('zh-CN');
    expect(html).toContain('title="存活 Ø：存活（动脉期强化）肿瘤最长径 — mRECIST（V）"');
    const text = visibleText(html);
    expect(text).toContain('新测量线将新建一个靶病灶');
    expect(text).toContain('此图像没有像素间距：测量线以像素为单位，不计入总和。存活肿瘤直径画在延迟期序列上');
    expect(text).toContain('计入：此图像为动脉期');
    expect(text).not.toContain('⟦');
    expect(latinWordsBut(text, ['EASL', 'RECIST', 'mRECIST', 'V', 'D', 'E', 'S', 'Ctrl', 'Shift', 'Z'])).toEqual([]);
  });
});
