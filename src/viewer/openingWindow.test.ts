import { describe, expect, it, vi } from 'vitest';
import { abdomenPreset, openingPresetFor, readAbdomenPreset, saveAbdomenPreset } from './openingWindow';

describe('openingPresetFor', () => {
  const cases = [
    { name: 'abdominal CT by body part', hints: { Modality: 'CT', BodyPartExamined: 'ABDOMEN' }, expected: 'liver' },
    { name: 'liver CT by body part', hints: { Modality: 'CT', BodyPartExamined: 'LIVER' }, expected: 'liver' },
    { name: 'by study description', hints: { Modality: 'CT', StudyDescription: 'CT LIVER POST TACE' }, expected: 'liver' },
    { name: 'Chinese description', hints: { Modality: 'CT', SeriesDescription: '肝脏增强 动脉期' }, expected: 'liver' },
    { name: 'chest CT', hints: { Modality: 'CT', BodyPartExamined: 'CHEST' }, expected: 'softTissue' },
    { name: 'body part wins over description', hints: { Modality: 'CT', BodyPartExamined: 'CHEST', StudyDescription: 'abdomen' }, expected: 'softTissue' },
    { name: 'unknown region', hints: { Modality: 'CT', BodyPartExamined: 'HEAD' }, expected: 'header' },
    { name: 'no hints', hints: { Modality: 'CT' }, expected: 'header' },
    { name: 'MR keeps its own window', hints: { Modality: 'MR', BodyPartExamined: 'ABDOMEN' }, expected: 'header' },
  ] as const;
  it.each(cases)('$name', ({ hints, expected }) => expect(openingPresetFor(hints, 'liver')).toBe(expected));

  it("uses the reader's preset for abdominal CT", () => {
    expect(openingPresetFor({ Modality: 'CT', BodyPartExamined: 'ABDOMEN' }, 'abdomen')).toBe('abdomen');
    expect(openingPresetFor({ Modality: 'CT', BodyPartExamined: 'CHEST' }, 'abdomen')).toBe('softTissue');
  });
});

describe("the reader's abdominal preset", () => {
  it('is remembered in localStorage, and unknown or missing values give the liver window', () => {
    const stored = new Map<string, string>();
    vi.stubGlobal('localStorage', { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => stored.set(k, v) });
    try {
      expect(readAbdomenPreset()).toBe('liver');
      saveAbdomenPreset('abdomen');
      expect(readAbdomenPreset()).toBe('abdomen');
      expect(abdomenPreset()).toBe('abdomen');
      stored.set([...stored.keys()][0]!, 'nonsense');
      expect(readAbdomenPreset()).toBe('liver');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('falls back to the liver window when storage is blocked', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('blocked');
      },
    });
    try {
      expect(readAbdomenPreset()).toBe('liver');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
