// Every UI catalogue: the Chinese one has exactly the English one's keys, keeps its
// {{placeholders}}, leaves nothing empty and has no English word left in it; a
// reference to another key ($t(ns:key)) finds it; and a term (category, role, lesion
// kind, phase, caliper kind, treatment, marker, LR-TR) is worded in one place only.
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
/** `$t(ns:key)`: i18next puts the words of that key there (the namespace is named so it reads the same from any namespace). */
const REFERENCE = /\$t\(([^)]*)\)/g;
const references = (words: string) => [...words.matchAll(REFERENCE)].map((match) => match[1]!);

const latinWords = (words: string) =>
  (words.replace(/\{\{[^}]+\}\}/g, '').replace(REFERENCE, '').match(/[A-Za-z][A-Za-z²]*/g) ?? []).filter((word) => !ALLOWED_LATIN.has(word) && !/^[A-Z]{1,3}\d*$/.test(word));

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

const LANGUAGES = ['en', 'zh-CN'] as const;
/** Every "ns:a.b.c" key of a language with its words. */
const allLeaves = (language: (typeof LANGUAGES)[number]) =>
  new Map<string, string>(UI_NAMESPACES.flatMap((namespace) => leaves(UI_RESOURCES[language][namespace] as Tree).map(([key, words]) => [`${namespace}:${key}`, words] as const)));

describe('references between keys', () => {
  it.each(LANGUAGES)('name their namespace and find a key with words (not another reference) in %s', (language) => {
    const all = allLeaves(language);
    const wordsAt = (target: string) => all.get(target);
    const resolves = (target: string) => /^\w+:/.test(target) && wordsAt(target) !== undefined && references(wordsAt(target)!).length === 0;
    const broken = [...all].flatMap(([key, words]) => references(words).filter((target) => !resolves(target)).map((target) => `${key} → ${target}`));
    expect(broken).toEqual([]);
  });
});

/**
 * The blocks that word a term for the whole app. The same words under a key of
 * another namespace are a second copy that can drift from the first (the report's
 * categories, roles, kinds and phases once were): that key must read the term from
 * its block (in code, or by $t(ns:key)).
 */
const TERM_BLOCKS = [
  'assessment:category.',
  'assessment:role.',
  'assessment:kind.',
  'common:phase.',
  'common:caliperKind.',
  'course:treatmentType.',
  'course:marker.',
  'course:lrTr.category.',
  'course:lrTr.version.',
  'course:lrTr.feature.',
];

/** Each key outside a term's namespace that holds the term's very words. */
function termCopies(all: readonly (readonly [string, string])[]): string[] {
  const namespaceOf = (key: string) => key.slice(0, key.indexOf(':'));
  return all
    .filter(([key]) => TERM_BLOCKS.some((block) => key.startsWith(block)))
    .flatMap(([term, words]) => all.filter(([key, other]) => other === words && namespaceOf(key) !== namespaceOf(term)).map(([key]) => `${key} repeats ${term} "${words}"`));
}

describe('terms', () => {
  it.each(LANGUAGES)('are worded once across the namespaces in %s', (language) => {
    expect(termCopies([...allLeaves(language)])).toEqual([]);
  });

  it('a copy in another namespace is found; the same words within a namespace, or a reference, are not copies', () => {
    const catalogue = [
      ['assessment:category.PR', 'PR'],
      ['assessment:cell.partial', 'PR'],
      ['report:categories.PR', 'PR'],
      ['common:phase.portal-venous', 'portal venous'],
      ['report:phases.portal-venous', '$t(common:phase.portal-venous)'],
    ] as const;
    expect(termCopies(catalogue)).toEqual(['report:categories.PR repeats assessment:category.PR "PR"']);
  });
});
