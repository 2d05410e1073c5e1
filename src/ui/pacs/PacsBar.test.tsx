// The PACS retrieval's compact status in the header row, in English and 简体中文.
import { afterEach, describe, expect, it } from 'vitest';
import { setRetrievalStatus } from '../../actions/pacs/retrievalStatus';
import { PacsError } from '../../io';
import type { Locale } from '../../text';
import { latinWordsBut, renderInLocale, visibleText } from '../testing/renderInLocale';
import { PacsBar } from './PacsBar';

const ORIGIN = 'http://127.0.0.1:8042';
const render = (locale: Locale) => renderInLocale(locale, <PacsBar />);

afterEach(() => setRetrievalStatus(null));

describe('PacsBar', () => {
  it('is not there until studies are opened from a PACS', () => {
    expect(render('en')).toBe('');
  });

  it('shows a small bar, arrived of total and Cancel while images arrive, the sentence in its tooltip and for screen readers', () => {
    setRetrievalStatus({ state: 'retrieving', arrived: 12, total: 346, failed: 0 });
    const html = render('en');
    expect(html).toContain('<progress max="346" value="12" aria-label="Images retrieved">');
    expect(html).toMatch(/data-testid="pacs-count"[^>]*>12\/346</);
    expect(html).toContain('title="Retrieving images from the PACS: 12 of 346"');
    expect(html).toMatch(/role="status" data-testid="pacs-retrieval-text">Retrieving images from the PACS: 12 of 346</);
    expect(html).toContain('data-testid="pacs-cancel"');
    expect(html).not.toContain('data-testid="pacs-retry"');
    // Nothing failed and nothing was saved: no messages to open.
    expect(html).not.toContain('pacs-messages-toggle');
  });

  it('after a failure offers Retry and the messages, and says the reason in the tooltip', () => {
    setRetrievalStatus({ state: 'incomplete', arrived: 300, total: 346, failed: 46, error: new PacsError({ code: 'unreachable', origin: ORIGIN }, 0) });
    const html = render('en');
    expect(html).not.toContain('<progress');
    expect(html).toContain('data-testid="pacs-retry"');
    expect(html).not.toContain('data-testid="pacs-cancel"');
    expect(html).toMatch(/aria-label="PACS messages: what failed, what saving said"[^>]*data-testid="pacs-messages-toggle" aria-expanded="false"/);
    expect(visibleText(html)).toContain(`300 of 346 images retrieved; 46 failed — Cannot reach ${ORIGIN}`);
  });

  it('says all of it in 简体中文', () => {
    setRetrievalStatus({ state: 'retrieving', arrived: 12, total: 346, failed: 0 });
    const retrieving = visibleText(render('zh-CN'));
    expect(retrieving).toContain('正在从 PACS 获取图像：12/346');
    expect(retrieving).toContain('停止获取');
    setRetrievalStatus({ state: 'incomplete', arrived: 300, total: 346, failed: 46, error: new PacsError({ code: 'unreachable', origin: ORIGIN }, 0) });
    const failed = visibleText(render('zh-CN'));
    expect(failed).toContain(`已获取 300/346 幅图像；46 幅失败 — 无法连接 ${ORIGIN}`);
    expect(failed).toContain('重新获取失败或已取消的图像');
    expect(failed).toContain('PACS 消息');
    expect(latinWordsBut(`${retrieving} ${failed}`, ['PACS', 'SR', 'CORS', 'http'])).toEqual([]);
  });
});
