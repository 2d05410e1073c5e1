import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Notice } from '../core';
import { createAppStore } from '../store';
import { StoreContext } from './hooks';
import { NoticeBox } from './NoticeBox';

function render(notice: Notice | null): string {
  const store = createAppStore();
  store.getState().notify(notice);
  // Server rendering reads zustand's initial state; make the current state the one rendered.
  store.getInitialState = store.getState;
  return renderToStaticMarkup(
    <StoreContext.Provider value={store}>
      <NoticeBox />
    </StoreContext.Provider>,
  );
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
});
