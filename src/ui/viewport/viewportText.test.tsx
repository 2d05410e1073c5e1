// The pane's words in both languages: the overlay (Im n/N, W/L, zoom, phase), the
// toolbar's names and titles, and nothing missing from a catalogue.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../text';
import { INITIAL_VIEW_STATE, type StackViewState, type ViewportStack } from '../../viewer';
import { MISSING_KEY_MARK } from '../i18n';
import { inLocale } from '../testing/inLocale';
import { ViewportOverlay } from './ViewportOverlay';
import { ViewportToolbar } from './ViewportToolbar';

const STACK: ViewportStack = {
  stackId: 's1',
  imageIds: ['i1'],
  modality: 'CT',
  hasPixelSpacing: false,
  patientName: 'DEMO^VIABLE',
  patientId: 'P1',
  studyDate: '2024-01-02',
  studyDescription: 'Liver',
  seriesDescription: 'ART 2.5mm',
  phase: 'arterial',
  seriesInstanceUid: '1.2.3',
  frameOfReferenceUid: '1.2.4',
};

const STATE: StackViewState = {
  ...INITIAL_VIEW_STATE,
  renderState: 'rendered',
  sliceIndex: 11,
  targetIndex: 11,
  imageCount: 64,
  window: { windowWidth: 149.6, windowCenter: 90.2 },
  screenPixelsPerMm: 1.5,
  slice: { axis: 'z', positionMm: 35 },
  decodeNote: 'signed-as-unsigned',
};

/** The text of each element with a test id, and every attribute a reader sees. */
function shown(html: string): { byTestId: Record<string, string>; html: string } {
  const byTestId: Record<string, string> = {};
  for (const [, id, inner] of html.matchAll(/data-testid="([^"]+)"[^>]*>([^<]*)</g)) byTestId[id!] = inner!;
  return { byTestId, html };
}

const overlay = (locale: Locale, stack = STACK, state = STATE) =>
  shown(renderToStaticMarkup(inLocale(locale, <ViewportOverlay stack={stack} state={state} readout={undefined} scale={{ mmPerPixel: undefined, paneWidthPx: 400 }} />)));

const toolbar = (locale: Locale) =>
  renderToStaticMarkup(
    inLocale(locale, <ViewportToolbar controller={null} activeTool="WindowLevel" onToolChange={() => undefined} invert={false} cine={{ playing: false, fps: 10, canPlay: true, onToggle: () => undefined, onFpsChange: () => undefined }} onShowTags={() => undefined} />),
  );

describe('viewport overlay', () => {
  it('reads slice, window, zoom and phase in English as before', () => {
    const { byTestId, html } = overlay('en');
    expect(byTestId['overlay-slice']).toBe('Im 12/64 · z 35.0 mm');
    expect(byTestId['overlay-wl']).toBe('W 150 L 90');
    expect(byTestId['overlay-zoom']).toBe('Zoom 150%');
    expect(byTestId['overlay-series']).toBe('ART 2.5mm · arterial');
    expect(byTestId['calibration-warning']).toBe('No calibration: distances in pixels, no scale bar');
    expect(byTestId['decode-note']).toMatch(/read as signed/);
    expect(html).not.toContain(MISSING_KEY_MARK);
  });

  it('reads them in 简体中文 with the same numbers', () => {
    const { byTestId, html } = overlay('zh-CN');
    expect(byTestId['overlay-slice']).toBe('图像 12/64 · z 35.0 mm');
    expect(byTestId['overlay-wl']).toBe('窗宽 150 窗位 90');
    expect(byTestId['overlay-zoom']).toBe('缩放 150%');
    expect(byTestId['overlay-series']).toBe('ART 2.5mm · 动脉期');
    expect(byTestId['calibration-warning']).toBe('无定标：距离以像素计，无比例尺');
    expect(byTestId['decode-note']).toContain('按有符号读取');
    expect(html).not.toContain(MISSING_KEY_MARK);
  });

  it('leaves the slice position out without geometry and names a subtraction by its phases', () => {
    const state = { ...STATE, sliceIndex: 0, imageCount: 1, slice: undefined };
    expect(overlay('en', { ...STACK, phase: 'subtraction' }, state).byTestId).toMatchObject({ 'overlay-slice': 'Im 1/1', 'overlay-series': 'ART 2.5mm · arterial − non-contrast' });
    expect(overlay('zh-CN', { ...STACK, phase: 'portal-venous' }, state).byTestId).toMatchObject({ 'overlay-slice': '图像 1/1', 'overlay-series': 'ART 2.5mm · 门静脉期' });
  });
});

describe('pane toolbar', () => {
  it('keeps its English names and titles', () => {
    const html = toolbar('en');
    expect(html).toContain('aria-label="W/L" title="Window/level: drag to change contrast (W)"');
    expect(html).toContain('title="Reset window, invert and zoom"');
    expect(html).toContain('>Image default</option>');
    expect(html).toContain('title="W 150 L 90"');
    expect(html).toContain('10/s');
  });

  it('names every tool, preset and title in 简体中文', () => {
    const html = toolbar('zh-CN');
    expect(html).toContain('aria-label="窗宽/窗位" title="窗宽/窗位：拖动以调节对比度（W）"');
    expect(html).toContain('aria-label="反相"');
    expect(html).toContain('>图像默认</option>');
    expect(html).toContain('>肝脏</option>');
    expect(html).toContain('title="窗宽 150 窗位 90"');
    expect(html).toContain('aria-label="播放" title="逐层播放（电影）"');
    expect(html).not.toContain(MISSING_KEY_MARK);
    // Every word a reader sees or hears is Chinese (DICOM is a name): no English left in titles, names or text.
    const visible = [...html.matchAll(/(?:title|aria-label)="([^"]*)"|>([^<]+)</g)].map((m) => m[1] ?? m[2]).join(' ');
    expect((visible.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => word !== 'DICOM')).toEqual([]);
  });
});
