// Why an SR was not loaded: the English the reader always read, and 简体中文 with the ids and UIDs kept.
import { describe, expect, it } from 'vitest';
import type { SrLoadProblem } from '../actions';
import { translator } from '../text';
import { srProblemText } from './SrOffersPanel';

const PROBLEMS: [SrLoadProblem, string, string][] = [
  [{ code: 'no-assessment' }, 'open the images of the patient first', '请先打开该患者的图像'],
  [{ code: 'other-patient', srPatient: 'A-1', openPatient: 'B-2' }, 'the SR is for patient "A-1", but patient "B-2" is open', '该 SR 属于患者“A-1”，但当前打开的是患者“B-2”'],
  [
    { code: 'study-not-a-timepoint', studyDate: '2026-02-23' },
    'the study of 2026-02-23 is not a timepoint of the assessment: include it in the study list',
    '2026年2月23日 的检查不是评估中的时间点：请在检查列表中将其纳入',
  ],
  [
    { code: 'image-not-open', caliperId: 'c7', lesionId: 'T1', sopInstanceUid: '1.2.3' },
    'caliper c7 of T1: its image (SOP Instance UID 1.2.3) is not open',
    'T1 的测量线 c7：其图像（SOP 实例 UID 1.2.3）未打开',
  ],
];

describe('srProblemText', () => {
  it.each(PROBLEMS)('%j in English and 简体中文', (problem, english, chinese) => {
    expect(srProblemText(problem, translator('en', 'app'), 'en')).toBe(english);
    expect(srProblemText(problem, translator('zh-CN', 'app'), 'zh-CN')).toBe(chinese);
  });
});
