// The engine's notes about calipers, worded in each language from their data.
import { describe, expect, it } from 'vitest';
import type { MeasurementNote } from '../core';
import { kindLabel, measurementNoteText, phaseText } from './index.ts';

const at = { measurementId: 'm', lesionId: 'T1', timepointId: 'FU1', counted: false } as const;
const NOTES: MeasurementNote[] = [
  { ...at, code: 'orphan' },
  { ...at, code: 'uncalibrated' },
  { ...at, code: 'not-arterial', phase: 'portal-venous', criteria: 'mRECIST' },
  { ...at, counted: true, code: 'phase-unknown', criteria: 'EASL' },
  { ...at, code: 'several-calipers', kind: 'viable', count: 2 },
];
const LABELS = { en: { FU1: 'FU1 +42 d' }, 'zh-CN': { FU1: '随访1 +42 天' } };

describe('caliper notes', () => {
  it('keep their English words', () => {
    expect(NOTES.map((note) => measurementNoteText(note, LABELS.en, 'en'))).toEqual([
      'A caliper of T1 at FU1 +42 d belongs to a lesion or timepoint that no longer exists; not counted.',
      'T1 at FU1 +42 d: the image has no pixel spacing, so the caliper is in pixels and is not counted.',
      'T1 at FU1 +42 d: viable diameter drawn on a portal-venous series, not counted — mRECIST measures viable tumour on the arterial phase. Confirm the phase if this image is arterial.',
      'T1 at FU1 +42 d: the phase of this series is not known; EASL measures viable tumour on the arterial phase — check that it is.',
      'T1 at FU1 +42 d: 2 viable Ø calipers, none counted until you choose: fragments of one lesion, or separate lesions.',
    ]);
  });

  it('say the same in 简体中文, naming phases and kinds in Chinese', () => {
    const sentences = NOTES.map((note) => measurementNoteText(note, LABELS['zh-CN'], 'zh-CN'));
    expect(sentences.every((s) => s.startsWith('T1（随访1 +42 天）'))).toBe(true);
    expect(sentences[2]).toContain('门静脉期序列上，不计入');
    expect(sentences[4]).toContain('2 条测量线（存活 Ø）');
    const leftovers = sentences.flatMap((s) => s.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !['mRECIST', 'EASL'].includes(w));
    expect(leftovers).toEqual([]);
  });

  it('name kinds and phases for the caliper list; an unknown phase as it is', () => {
    expect([kindLabel('whole', 'en'), kindLabel('whole', 'zh-CN')]).toEqual(['whole Ø', '全病灶 Ø']);
    expect([phaseText('portal-venous', 'en'), phaseText('arterial-subtraction', 'zh-CN'), phaseText('hepatobiliary', 'zh-CN')]).toEqual([
      'portal-venous',
      '动脉期减影',
      'hepatobiliary',
    ]);
  });
});
