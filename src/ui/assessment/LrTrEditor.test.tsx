// The LR-TR editor: category, version and checklist beside the mRECIST values; the
// checklist only hints, the reader's category stands.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../core';
import type { Locale } from '../../text';
import { inLocale } from '../testing/inLocale';
import { LrTrEditor } from './LrTrEditor';
import { englishWordsLeft } from '../../text/testing/englishLeft';
import { visibleWords } from './testing/renderPanel';

const render = (finding: Finding, locale: Locale = 'en') =>
  renderToStaticMarkup(inLocale(locale, <LrTrEditor finding={finding} onChange={() => undefined} />));
const VIABLE_TICKS = ['nodular-masslike-or-thick-irregular-tissue', 'arterial-phase-hyperenhancement'] as const;

describe('LrTrEditor', () => {
  it('offers only the category until one is chosen', () => {
    const html = render({ viableLongestDiameterMm: 12 });
    expect(html).toContain('data-testid="lr-tr-category"');
    expect(html).not.toContain('data-testid="lr-tr-version"');
    expect(html).not.toContain('data-testid="lr-tr-feature"');
  });

  it('shows the version and the four criteria, ticked as recorded', () => {
    const html = render({ lrTr: { category: 'equivocal', version: 'v2024', features: ['washout-appearance'] } });
    expect(html).toMatch(/<option value="v2024" selected="">LI-RADS v2024<\/option>/);
    const boxes = html.match(/<input type="checkbox" data-testid="lr-tr-feature"[^>]*>/g) ?? [];
    expect(boxes.map((box) => [/value="([a-z-]+)"/.exec(box)?.[1], box.includes('checked=""')])).toEqual([
      ['arterial-phase-hyperenhancement', false],
      ['washout-appearance', true],
      ['enhancement-similar-to-pretreatment', false],
      ['nodular-masslike-or-thick-irregular-tissue', false],
    ]);
  });

  it('says when the ticked criteria meet Viable but another category was chosen', () => {
    expect(render({ lrTr: { category: 'equivocal', version: 'v2018', features: [...VIABLE_TICKS] } })).toContain('data-testid="lr-tr-checklist-hint"');
    expect(render({ lrTr: { category: 'viable', version: 'v2018', features: [...VIABLE_TICKS] } })).not.toContain('lr-tr-checklist-hint');
    expect(render({ lrTr: { category: 'equivocal', version: 'v2018', features: ['arterial-phase-hyperenhancement'] } })).not.toContain('lr-tr-checklist-hint');
  });

  it('names the categories, versions and criteria in 简体中文', () => {
    const html = render({ lrTr: { category: 'equivocal', version: 'v2024', features: [...VIABLE_TICKS] } }, 'zh-CN');
    expect(html).toMatch(/<option value="equivocal" selected="">LR-TR 不确定<\/option>/);
    expect(html).toMatch(/<option value="v2024" selected="">LI-RADS 2024 版<\/option>/);
    const words = visibleWords(html);
    for (const term of ['LI-RADS 治疗反应', '动脉期高强化', '廓清表现', '所勾选的征象符合 LR-TR 存活']) expect(words).toContain(term);
    expect(words).not.toContain('⟦');
    expect(englishWordsLeft(words)).toEqual([]);
  });
});
