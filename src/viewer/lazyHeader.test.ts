import { parseDicom } from 'dicom-parser';
import { describe, expect, it } from 'vitest';
import { makeDicom } from '../dicom/testing/makeDicom';
import { headerBytes } from './headerBytes';
import { headerReparseCount, makeHeaderLazy, parsedHeaderCount } from './lazyHeader';

const header = (description: string) => parseDicom(headerBytes(parseDicom(makeDicom({ SeriesDescription: description, Rows: 8, Columns: 6, ImagePositionPatient: [1.5, -2, 30] }))));

describe('makeHeaderLazy', () => {
  it('reads the same values as the header it was', () => {
    const eager = header('ARTERIAL');
    const dataSet = makeHeaderLazy(header('ARTERIAL'));
    expect(dataSet.string('x0008103e')).toBe('ARTERIAL');
    expect(dataSet.uint16('x00280010')).toBe(8);
    expect(dataSet.string('x00200032')).toBe(eager.string('x00200032'));
    expect(Object.keys(dataSet.elements)).toEqual(Object.keys(eager.elements));
  });

  it('gives each header no function of its own: all lazy headers share one getter (closures per slice cost memory)', () => {
    const [first, second] = [makeHeaderLazy(header('A')), makeHeaderLazy(header('B'))];
    const ownFunctions = (dataSet: object) => Object.values(Object.getOwnPropertyDescriptors(dataSet)).filter((d) => d.get ?? d.set ?? typeof d.value === 'function');
    expect(ownFunctions(first)).toEqual([]);
    expect(ownFunctions(second)).toEqual([]);
    expect(first.string('x0008103e')).toBe('A');
    expect(second.string('x0008103e')).toBe('B');
  });

  it('keeps parsed elements for the headers read last only, and parses the others again when read', () => {
    const dataSets = Array.from({ length: 100 }, (_, i) => makeHeaderLazy(header(`S${i}`)));
    expect(parsedHeaderCount()).toBe(32);
    // The first header's elements were let go; read again, it is parsed anew (counted) and right.
    const reparsesBefore = headerReparseCount();
    expect(dataSets[0]!.string('x0008103e')).toBe('S0');
    expect(dataSets[99]!.string('x0008103e')).toBe('S99');
    expect(headerReparseCount() - reparsesBefore).toBe(1);
    expect(parsedHeaderCount()).toBe(32);
    const first = dataSets[0]!.elements;
    expect(dataSets[0]!.elements).toBe(first); // read last: kept
  });

  it('holds elements assigned to it as given (Cornerstone assigns them to multi-frame headers)', () => {
    const dataSet = makeHeaderLazy(header('ASSIGNED'));
    const assigned = { ...parseDicom(dataSet.byteArray).elements };
    delete assigned['x0008103e'];
    dataSet.elements = assigned;
    expect(dataSet.elements).toBe(assigned);
    expect(dataSet.string('x0008103e')).toBeUndefined();
  });

  it('is idempotent', () => {
    const dataSet = makeHeaderLazy(header('TWICE'));
    expect(makeHeaderLazy(dataSet)).toBe(dataSet);
    expect(dataSet.string('x0008103e')).toBe('TWICE');
  });

  it('gives back the bytes it was made from, whether kept whole or packed against an earlier header', () => {
    const dataSets = ['SERIES ONE', 'SERIES TWO', 'SERIES TWO, LONGER NAME'].map((description) => header(description));
    const bytes = dataSets.map((dataSet) => Array.from(dataSet.byteArray));
    const lazy = dataSets.map((dataSet) => makeHeaderLazy(dataSet));
    // Let go of the kept parses: the bytes come from what the headers keep.
    Array.from({ length: 32 }, (_, i) => makeHeaderLazy(header(`FILLER ${i}`)));
    lazy.forEach((dataSet, i) => expect(Array.from(dataSet.byteArray)).toEqual(bytes[i]));
    expect(lazy[2]!.string('x0008103e')).toBe('SERIES TWO, LONGER NAME');
  });
});
