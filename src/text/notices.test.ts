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
    const refused: NoticeMessage = { code: 'assessment-not-imported', filename: 'b.json', errors: ['lesions[0].id: required'] };
    expect(noticeText([refused], labels)).toBe('b.json was not imported; the current assessment is unchanged:');
    expect(noticeMessageDetails(refused)).toEqual(['lesions[0].id: required']);
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
