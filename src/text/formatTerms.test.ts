// The format's codes in words for the outputs, from the blocks the UI reads.
import { describe, expect, it } from 'vitest';
import { codeWords, formatTerms } from './formatTerms.ts';
import { translator } from './translator.ts';

describe('formatTerms', () => {
  it('word the codes as the panel does, in each language', () => {
    const [en, zh] = [formatTerms('en'), formatTerms('zh-CN')];
    expect([en.category('PD'), en.role('non-target'), en.kind('portal-vein-thrombus'), en.organ('liver')]).toEqual(['PD', 'non-target', 'portal-vein-thrombus', 'liver']);
    expect([zh.category('NA'), zh.role('new'), zh.kind('lymph-node'), zh.organ('lung')]).toEqual(['不适用（NA）', '新病灶', '淋巴结', '肺']);
    expect(zh.category('NA')).toBe(translator('zh-CN', 'assessment')('category.NA'));
    expect([zh.treatmentType('DEB-TACE'), zh.lrTrCategory('viable'), zh.lrTrFeature('washout-appearance'), zh.listSeparator]).toEqual([
      translator('zh-CN', 'course')('treatmentType.DEB-TACE'),
      'LR-TR 存活',
      '廓清表现',
      '、',
    ]);
  });

  it('keep a code no block lists as it is: an organ the reader typed, a code from a newer file, a name of Object', () => {
    const zh = formatTerms('zh-CN');
    expect([zh.organ('left adrenal'), zh.category('iCPD'), zh.organ('toString'), zh.status('hasOwnProperty')]).toEqual(['left adrenal', 'iCPD', 'toString', 'hasOwnProperty']);
  });

  it('read references between keys: a CSV treatment type in English is the course panel\'s', () => {
    expect(codeWords('en', 'report', 'csv.treatmentTypes')('TARE')).toBe('TARE (Y-90)');
    expect(codeWords('zh-CN', 'report', 'csv.treatmentTypes')('systemic')).toBe('系统治疗');
  });

  it('refuse a block the catalogues lack', () => {
    expect(() => codeWords('en', 'report', 'roles')).toThrow('no block report:roles in the catalogues');
  });
});
