import dicomParser from 'dicom-parser';
import { describe, expect, it } from 'vitest';
import { filterTagTree, tagTree, type TagNode } from './tagTree';
import { IMPLICIT_VR_LE, makeDicom } from './testing/makeDicom';

const tags = {
  SeriesDescription: 'ART 2.5mm',
  PixelSpacing: [0.7, 0.8],
  ReferencedImageSequence: [{ ReferencedSOPClassUID: '1.2.840.10008.5.1.4.1.1.2', ReferencedSOPInstanceUID: '2.25.77' }],
};

const find = (nodes: readonly TagNode[], keyword: string) => nodes.find((n) => n.keyword === keyword);

describe.each([
  ['Explicit VR', undefined],
  ['Implicit VR', IMPLICIT_VR_LE],
])('tagTree (%s)', (_name, transferSyntaxUID) => {
  const tree = tagTree(dicomParser.parseDicom(makeDicom(tags, { transferSyntaxUID })));

  it('names tags from the dictionary and shows their values as text', () => {
    expect(find(tree, 'PixelSpacing')).toMatchObject({ tag: '(0028,0030)', vr: 'DS', value: '0.7\\0.8' });
    expect(find(tree, 'SeriesDescription')).toMatchObject({ tag: '(0008,103E)', vr: 'LO', value: 'ART 2.5mm' });
    expect(find(tree, 'Rows')).toMatchObject({ vr: 'US', value: '4' });
    expect(find(tree, 'PixelData')?.value).toMatch(/^\(binary, 32 bytes\)$/);
  });

  it('nests the items of sequences', () => {
    const sequence = find(tree, 'ReferencedImageSequence')!;
    expect(sequence).toMatchObject({ vr: 'SQ', value: '1 item' });
    expect(find(sequence.items![0]!, 'ReferencedSOPInstanceUID')?.value).toBe('2.25.77');
  });
});

describe('filterTagTree', () => {
  const tree = tagTree(dicomParser.parseDicom(makeDicom(tags)));

  it('keeps the matches by keyword, tag or value, case-insensitively', () => {
    expect(filterTagTree(tree, 'pixelspacing').map((n) => n.keyword)).toEqual(['PixelSpacing']);
    expect(filterTagTree(tree, '(0008,103e)').map((n) => n.keyword)).toEqual(['SeriesDescription']);
    expect(filterTagTree(tree, 'ART 2.5').map((n) => n.keyword)).toEqual(['SeriesDescription']);
  });

  it('keeps a sequence around a match inside it, and only the matching items', () => {
    const [sequence, ...rest] = filterTagTree(tree, '2.25.77');
    expect(rest).toEqual([]);
    expect(sequence?.keyword).toBe('ReferencedImageSequence');
    expect(sequence?.items?.[0]?.map((n) => n.keyword)).toEqual(['ReferencedSOPInstanceUID']);
  });

  it('gives everything back for a blank query', () => {
    expect(filterTagTree(tree, '  ')).toHaveLength(tree.length);
  });
});
