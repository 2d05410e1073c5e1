// Every UI catalogue: the Chinese one has exactly the English one's keys, keeps its
// {{placeholders}}, leaves nothing empty and has no English word left in it.
import { describe, expect, it } from 'vitest';
import { UI_EN, UI_NAMESPACES, UI_RESOURCES } from './index.ts';

type Tree = { readonly [key: string]: string | Tree };

/** Every "a.b.c" key of a catalogue with its words. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[prefix + key, value]] : leaves(value, `${prefix}${key}.`)));
}

const placeholders = (words: string) => (words.match(/\{\{[^}]+\}\}/g) ?? []).sort();

/**
 * Latin words a Chinese UI keeps: criteria, categories, modalities, DICOM and file
 * formats, units, drug and procedure abbreviations, the product's name.
 */
const ALLOWED_LATIN = new Set([
  'Viable', 'mRECIST', 'RECIST', 'EASL', 'NonCR', 'NonPD', 'LI', 'RADS', 'LR', 'TR', 'DICOM', 'DICOMweb', 'PACS', 'SR', 'JSON', 'CSV', 'PDF',
  'mm', 'mm²', 'px', 'HU', 'ms', 'ng', 'mL', 'mAU', 'AFP', 'PIVKA', 'II', 'DCP', 'cTACE', 'TACE', 'DEB', 'TARE', 'RFA', 'MWA', 'HAIC',
  'CT', 'MR', 'MRI', 'CBCT', 'XA', 'W', 'L', 'WW', 'WL', 'URL', 'HTTP', 'HTTPS', 'CORS', 'QIDO', 'WADO', 'STOW', 'RS', 'ID', 'UID', 'Orthanc', 'Ctrl', 'Shift', 'Esc',
  // The DICOM file preamble's magic word and the DICOM directory file's name, in skip reasons.
  'DICM', 'DICOMDIR',
]);
const latinWords = (words: string) =>
  (words.replace(/\{\{[^}]+\}\}/g, '').match(/[A-Za-z][A-Za-z²]*/g) ?? []).filter((word) => !ALLOWED_LATIN.has(word) && !/^[A-Z]{1,3}\d*$/.test(word));

describe.each(UI_NAMESPACES)('UI catalogue "%s"', (namespace) => {
  const english = new Map(leaves(UI_EN[namespace] as Tree));
  const chinese = new Map(leaves(UI_RESOURCES['zh-CN'][namespace] as Tree));

  it('has the same keys in 简体中文 as in English', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('keeps every placeholder and leaves no string empty', () => {
    for (const [key, words] of english) {
      expect(words.trim(), `en ${key}`).not.toBe('');
      expect(chinese.get(key)?.trim(), `zh-CN ${key}`).not.toBe('');
      expect(placeholders(chinese.get(key) ?? ''), `zh-CN ${key}`).toEqual(placeholders(words));
    }
  });

  it('has no English word left in 简体中文', () => {
    const leftovers = [...chinese].flatMap(([key, words]) => latinWords(words).map((word) => `${key}: ${word}`));
    expect(leftovers).toEqual([]);
  });
});
