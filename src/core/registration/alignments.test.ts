import { describe, expect, it } from 'vitest';
import { alignmentKey, readAlignments, resolveOffset, withAlignment, withLandmarkPair, type Alignments, type SeriesRef } from './index.ts';

const BL_ART: SeriesRef = { seriesInstanceUid: '2.25.9', frameOfReferenceUid: 'for-bl' };
const BL_PV: SeriesRef = { seriesInstanceUid: '2.25.8', frameOfReferenceUid: 'for-bl' };
const FU1_ART: SeriesRef = { seriesInstanceUid: '2.25.3', frameOfReferenceUid: 'for-fu1' };
const FU1_PV: SeriesRef = { seriesInstanceUid: '2.25.4', frameOfReferenceUid: 'for-fu1' };
const FU2_ART: SeriesRef = { seriesInstanceUid: '2.25.5', frameOfReferenceUid: 'for-fu2' };
const NO_FOR: SeriesRef = { seriesInstanceUid: '2.25.7' };

describe('alignmentKey', () => {
  it('is the same both ways', () => expect(alignmentKey('a', 'b')).toBe(alignmentKey('b', 'a')));
});

describe('resolveOffset', () => {
  const blToFu1 = withAlignment({}, BL_ART, FU1_ART, [12, -8, 35], 'link');
  const chained = withAlignment(blToFu1, FU1_ART, FU2_ART, [-18, 13, -57], 'link');
  const cases: { name: string; alignments: Alignments; from: SeriesRef; to: SeriesRef; expected: number[] | undefined }[] = [
    { name: 'same series', alignments: {}, from: BL_ART, to: BL_ART, expected: [0, 0, 0] },
    { name: 'same Frame of Reference', alignments: {}, from: BL_ART, to: BL_PV, expected: [0, 0, 0] },
    { name: 'different FoR, not aligned', alignments: {}, from: BL_ART, to: FU1_ART, expected: undefined },
    { name: 'the aligned pair', alignments: blToFu1, from: BL_ART, to: FU1_ART, expected: [12, -8, 35] },
    { name: 'the aligned pair reversed: the inverse', alignments: blToFu1, from: FU1_ART, to: BL_ART, expected: [-12, 8, -35] },
    { name: 'other series of the same FoRs', alignments: blToFu1, from: BL_PV, to: FU1_PV, expected: [12, -8, 35] },
    { name: 'chained BL → FU1 → FU2', alignments: chained, from: BL_ART, to: FU2_ART, expected: [-6, 5, -22] },
    { name: 'chained, reversed', alignments: chained, from: FU2_ART, to: BL_PV, expected: [6, -5, 22] },
    { name: 'a series without FoR is its own space', alignments: blToFu1, from: NO_FOR, to: BL_ART, expected: undefined },
  ];
  it.each(cases)('$name', ({ alignments, from, to, expected }) => {
    const offset = resolveOffset(alignments, from, to);
    if (expected === undefined) expect(offset).toBeUndefined();
    else expect(offset?.map((v) => v + 0)).toEqual(expected);
  });

  it('a pair aligned directly wins over a chain', () => {
    const direct = withAlignment(withAlignment({}, BL_ART, FU1_PV, [1, 1, 1], 'link'), BL_PV, FU1_ART, [12, -8, 35], 'link');
    expect(resolveOffset(direct, BL_ART, FU1_PV)).toEqual([1, 1, 1]);
  });
});

describe('withLandmarkPair', () => {
  it('averages pairs clicked in either direction', () => {
    let alignments = withLandmarkPair({}, BL_ART, FU1_ART, { aMm: [0, 0, 0], bMm: [12, -8, 36] });
    alignments = withLandmarkPair(alignments, FU1_ART, BL_ART, { aMm: [12, -8, 34], bMm: [0, 0, 0] });
    expect(resolveOffset(alignments, BL_ART, FU1_ART)).toEqual([12, -8, 35]);
    expect(Object.values(alignments)[0]?.landmarks).toHaveLength(2);
  });
  it('replaces a link', () => {
    const linked = withAlignment({}, BL_ART, FU1_ART, [0, 0, 30], 'link');
    const alignments = withLandmarkPair(linked, BL_ART, FU1_ART, { aMm: [1, 1, 1], bMm: [13, -7, 36] });
    expect(resolveOffset(alignments, BL_ART, FU1_ART)).toEqual([12, -8, 35]);
    expect(Object.values(alignments)[0]?.method).toBe('landmarks');
  });
});

describe('readAlignments', () => {
  it('keeps valid entries and drops broken ones', () => {
    const saved = withAlignment({}, BL_ART, FU1_ART, [12, -8, 35], 'link');
    const read = readAlignments({ ...saved, junk: { a: 1 }, half: { a: BL_ART, b: FU1_ART, offsetMm: [1, 2], method: 'link' } });
    expect(read).toEqual(saved);
  });
  it.each([undefined, null, 3, 'x', []])('nothing usable in %j', (value) => expect(readAlignments(value)).toEqual({}));
  it('survives a JSON round trip', () => {
    const saved = withLandmarkPair({}, FU1_ART, BL_ART, { aMm: [12, -8, 35], bMm: [0, 0, 0] });
    expect(readAlignments(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
  });
});
