import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from '../store';
import { sampleAssessment } from '../io/testing/fixtures';
import { AssessmentFilesMenu } from './AssessmentFilesMenu';
import { StoreContext } from './hooks';
import { latinWordsBut, renderInLocale, visibleText } from './testing/renderInLocale';

function render(store: AppStore): string {
  return renderToStaticMarkup(
    <StoreContext.Provider value={store}>
      <AssessmentFilesMenu />
    </StoreContext.Provider>,
  );
}

const button = (html: string, testId: string) => new RegExp(`<button[^>]*data-testid="${testId}"[^>]*>`).exec(html)?.[0] ?? '';

describe('AssessmentFilesMenu', () => {
  it('offers export and import only while an assessment is open; the saved list always', () => {
    const store = createAppStore();
    let html = render(store);
    for (const id of ['export-json', 'export-csv', 'import-json', 'report', 'export-sr']) expect(button(html, id)).toContain('disabled');
    expect(button(html, 'saved-assessments')).not.toContain('disabled');
    expect(html).toMatch(/<input[^>]*data-testid="import-json-input"[^>]*type="file"[^>]*hidden/);

    store.getState().openAssessment('K', sampleAssessment());
    // Server rendering reads zustand's initial state; make the current state the one rendered.
    store.getInitialState = store.getState;
    html = render(store);
    for (const id of ['export-json', 'export-csv', 'import-json', 'report', 'export-sr']) expect(button(html, id)).not.toContain('disabled');
  });
});

describe('AssessmentFilesMenu in either language', () => {
  it('names its buttons in the reader’s language', () => {
    const english = renderInLocale('en', <AssessmentFilesMenu />);
    expect(english).toContain('aria-label="Export JSON"');
    expect(english).toContain('title="Assessments saved in this browser"');
    const chinese = renderInLocale('zh-CN', <AssessmentFilesMenu />);
    for (const words of ['aria-label="导出 JSON"', 'aria-label="导出 CSV"', 'aria-label="报告…"', 'aria-label="导入 JSON…"', 'aria-label="已保存的评估"']) {
      expect(chinese).toContain(words);
    }
    expect(visibleText(chinese)).not.toContain('⟦');
    expect(latinWordsBut(visibleText(chinese), ['JSON', 'CSV', 'PDF', 'DICOM', 'SR', 'TID', 'ZIP'])).toEqual([]);
  });
});
