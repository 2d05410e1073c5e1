import { describe, expect, it } from 'vitest';
import type { PhaseSource } from '../core/index.ts';
import { phaseSourceText } from './phaseSources.ts';

const EVERY_SOURCE: PhaseSource[] = [
  { code: 'description-keyword', keyword: 'ART' },
  { code: 'before-bolus', seconds: 12 },
  { code: 'bolus-too-early', seconds: 4 },
  { code: 'bolus-delay', seconds: 35 },
  { code: 'modality-without-phases', modality: 'XA' },
  { code: 'agent-phase', term: 'ARTERIAL' },
  { code: 'agent-phase-unnamed', term: 'DYNAMIC' },
  { code: 'agent-without-phase', agent: 'Iopamidol' },
  { code: 'agent', agent: 'NONE' },
  { code: 'no-agent' },
  { code: 'set-by-reader' },
];

describe('why a series has its phase', () => {
  it('reads as before in English', () => {
    expect(phaseSourceText({ code: 'description-keyword', keyword: 'ART' }, 'en')).toBe("SeriesDescription keyword 'ART'");
    expect(phaseSourceText({ code: 'bolus-too-early', seconds: 4 }, 'en')).toBe('bolus delay 4 s: too early for any phase');
    expect(phaseSourceText({ code: 'set-by-reader' }, 'en')).toBe('set by the reader');
  });

  it('is Chinese in 简体中文, DICOM attribute names and values kept as the tag browser shows them', () => {
    for (const source of EVERY_SOURCE) {
      const words = phaseSourceText(source, 'zh-CN');
      expect(words, source.code).toMatch(/[\u4e00-\u9fff]/u);
      const latin = (words.match(/[A-Za-z]+/g) ?? []).filter((w) => !['SeriesDescription', 'ContrastBolusAgentPhase', 'ContrastBolusAgent', 'ART', 'XA', 'ARTERIAL', 'DYNAMIC', 'Iopamidol', 'NONE'].includes(w));
      expect(latin, source.code).toEqual([]);
    }
  });
});
