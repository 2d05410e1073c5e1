import { describe, expect, it } from 'vitest';
import type { NoticeMessage } from '../core/index.ts';
import { noticeActionLabel, noticeMessageDetails, noticeText } from './notices.ts';

const labels = { '2026-01-12': 'Baseline', '2026-02-23': 'FU1 +42 d' };

describe('notice text', () => {
  it('names the lesion, the caliper kind, the timepoint by its label and the new lesion', () => {
    const message: NoticeMessage = { code: 'caliper-became-new-lesion', lesionId: 'T1', kind: 'viable', timepointId: '2026-02-23', newLesionId: 'T3', role: 'target' };
    expect(noticeText([message], labels)).toBe('T1 already has a viable Ø at FU1 +42 d, so this caliper is a new target, T3.');
  });

  it('joins several messages in order and falls back to the timepoint id when it has no label', () => {
    const messages: NoticeMessage[] = [
      { code: 'caliper-became-new-lesion', lesionId: 'N1', kind: 'whole', timepointId: '2026-05-01', newLesionId: 'N2', role: 'new' },
      { code: 'caliper-uncalibrated' },
      { code: 'viable-on-non-arterial', phase: 'portal venous' },
    ];
    expect(noticeText(messages, labels)).toBe(
      'N1 already has a whole Ø at 2026-05-01, so this caliper is another new lesion, N2. ' +
        'No pixel spacing on this image: the caliper is in pixels and is kept out of the sums. ' +
        'Viable diameter drawn on a portal venous series: mRECIST and EASL do not count it unless this image is arterial.',
    );
  });

  it('says what a deletion took, in singular and plural, and nothing more when it took nothing', () => {
    expect(noticeText([{ code: 'lesion-deleted', lesionId: 'T2', calipers: 1, timepointIds: [], treatments: 0 }], labels)).toBe('Deleted T2 with 1 caliper.');
    expect(noticeText([{ code: 'lesion-deleted', lesionId: 'T2', calipers: 0, timepointIds: ['2026-01-12'], treatments: 2 }], labels)).toBe(
      'Deleted T2 with its findings at Baseline and its place in 2 treatments.',
    );
    expect(noticeText([{ code: 'lesion-deleted', lesionId: 'T2', calipers: 0, timepointIds: [], treatments: 0 }], labels)).toBe('Deleted T2.');
  });

  it('names what was removed from the treatment course', () => {
    expect(noticeText([{ code: 'treatment-removed', type: 'systemic', drug: 'lenvatinib', date: '2026-03-01' }], labels)).toMatch(/^Removed .*lenvatinib.* of 2026-03-01\.$/);
    expect(noticeText([{ code: 'marker-removed', marker: 'AFP', value: 400, unit: 'ng/mL', date: '2026-01-05' }], labels)).toBe('Removed AFP 400 ng/mL of 2026-01-05.');
  });

  it('says what an import replaced, and lists what refused a file', () => {
    expect(noticeText([{ code: 'assessment-imported', filename: 'a.json', replacedLesions: 1, replacedCalipers: 2 }], labels)).toBe(
      'Imported a.json. It replaced the previous assessment: 1 lesion and 2 calipers.',
    );
    expect(noticeText([{ code: 'assessment-imported', filename: 'a.json', replacedLesions: 0, replacedCalipers: 0 }], labels)).toBe('Imported a.json. The previous assessment was empty.');
    const refused: NoticeMessage = { code: 'assessment-not-imported', filename: 'b.json', errors: [{ path: 'lesions[0].id', code: 'invalid', detail: 'required' }, { path: 'patient.id', code: 'other-patient', filePatient: 'P2', openPatient: 'P1' }] };
    expect(noticeText([refused], labels)).toBe('b.json was not imported; the current assessment is unchanged:');
    expect(noticeMessageDetails(refused)).toEqual(['lesions[0].id: required', 'patient.id: the file is for patient "P2", but patient "P1" is open']);
    expect(noticeMessageDetails(refused, 'zh-CN')[0]).toBe('lesions[0].id: required');
    expect(noticeMessageDetails(refused, 'zh-CN')[1]).toMatch(/^patient\.id: .*P2.*P1/);
    expect(noticeText([refused], labels, 'zh-CN')).toBe('b.json 未导入；当前评估保持不变：');
    expect(noticeMessageDetails({ code: 'sr-calipers-left-out', caliperIds: ['c1', 'c2'] })).toEqual(['caliper c1', 'caliper c2']);
    expect(noticeMessageDetails({ code: 'caliper-uncalibrated' })).toEqual([]);
  });

  it('labels every button', () => {
    expect(noticeActionLabel({ kind: 'merge-fragment', measurementId: 'b', lesionId: 'T1' })).toBe('Merge into T1 as a fragment');
    expect(noticeActionLabel({ kind: 'replace-caliper', measurementId: 'b', lesionId: 'T1' })).toBe("Replace T1's caliper");
    expect(noticeActionLabel({ kind: 'confirm-phase', measurementId: 'b' })).toBe('Count it: this image is arterial');
    expect(noticeActionLabel({ kind: 'undo' })).toBe('Undo');
  });
});

describe('notice text in 简体中文', () => {
  const zhLabels = { '2026-01-12': '基线' };
  const every: NoticeMessage[] = [
    { code: 'study-not-a-timepoint' },
    { code: 'caliper-became-new-lesion', lesionId: 'T1', kind: 'viable', timepointId: '2026-01-12', newLesionId: 'T3', role: 'target' },
    { code: 'caliper-uncalibrated' },
    { code: 'viable-on-non-arterial', phase: 'portal-venous' },
    { code: 'lesion-deleted', lesionId: 'T2', calipers: 2, timepointIds: ['2026-01-12'], treatments: 1 },
    { code: 'treatment-removed', type: 'DEB-TACE', date: '2026-03-01' },
    { code: 'marker-removed', marker: 'AFP', value: 400, unit: 'ng/mL', date: '2026-01-05' },
    { code: 'caliper-image-not-open', lesionId: 'T1' },
    { code: 'pacs-open-failed', detail: 'HTTP 503' },
    { code: 'first-stack-settled' },
    { code: 'comparison-needs-two-studies' },
  ];

  it('puts every message in Chinese words, with the radiologists’ terms, dates and ids kept', () => {
    const text = noticeText(every, zhLabels, 'zh-CN');
    expect(text).toContain('T1 在 基线 已有存活 Ø 测量线，因此这条测量线成为新的靶病灶 T3。');
    expect(text).toContain('门静脉期');
    expect(text).toContain('已删除 T2，连同 2 条测量线以及其在 基线 的记录以及其在 1 次治疗中的记录。');
    expect(text).toContain('已删除 2026年3月1日 的载药微球 TACE（DEB-TACE）。');
    expect(text).toContain('甲胎蛋白 AFP 400 ng/mL');
    expect(text).not.toContain('⟦');
    const allowed = ['T', 'DEB', 'TACE', 'AFP', 'ng', 'mL', 'PACS', 'HTTP', 'mRECIST', 'EASL'];
    expect((text.match(/[A-Za-z]+/g) ?? []).filter((word) => !allowed.includes(word))).toEqual([]);
  });

  it('labels every button in Chinese', () => {
    expect(noticeActionLabel({ kind: 'merge-fragment', measurementId: 'b', lesionId: 'T1' }, 'zh-CN')).toBe('作为碎片合并到 T1');
    expect(noticeActionLabel({ kind: 'replace-caliper', measurementId: 'b', lesionId: 'T1' }, 'zh-CN')).toBe('替换 T1 的测量线');
    expect(noticeActionLabel({ kind: 'confirm-phase', measurementId: 'b' }, 'zh-CN')).toBe('计入：此图像为动脉期');
    expect(noticeActionLabel({ kind: 'undo' }, 'zh-CN')).toBe('撤销');
  });
});
