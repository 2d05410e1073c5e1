import { parseDicom } from 'dicom-parser';
import { describe, expect, it } from 'vitest';
import { makeDicom } from '../dicom/testing/makeDicom';
import { headerBytes } from './headerBytes';
import { headerReparseCount, makeHeaderLazy, parsedHeaderCount } from './lazyHeader';

const header = (description: string) => parseDicom(headerBytes(parseDicom(makeDicom({ SeriesDescription: description, Rows: 8, Columns: 6, ImagePositionPatient: [1.5, -2, 30] }))));

describe('makeHeaderLazy', () => {
  it('reads the same values as the header it was', () => {
    const dataSet = header('ARTERIAL');
    const eager = parseDicom(dataSet.byteArray);
    makeHeaderLazy(dataSet);
    expect(dataSet.string('x0008103e')).toBe('ARTERIAL');
    expect(dataSet.uint16('x00280010')).toBe(8);
    expect(dataSet.string('x00200032')).toBe(eager.string('x00200032'));
    expect(Object.keys(dataSet.elements)).toEqual(Object.keys(eager.elements));
  });

  it('gives each header no function of its own: all lazy headers share one getter (closures per slice cost memory)', () => {
    const [first, second] = [header('A'), header('B')];
    makeHeaderLazy(first);
    makeHeaderLazy(second);
    const ownFunctions = (dataSet: object) => Object.values(Object.getOwnPropertyDescriptors(dataSet)).filter((d) => d.get ?? d.set ?? typeof d.value === 'function');
    expect(ownFunctions(first)).toEqual([]);
    expect(ownFunctions(second)).toEqual([]);
    expect(first.string('x0008103e')).toBe('A');
    expect(second.string('x0008103e')).toBe('B');
  });

  it('keeps parsed elements for the headers read last only, and parses the others again when read', () => {
    const dataSets = Array.from({ length: 100 }, (_, i) => header(`S${i}`));
    dataSets.forEach((dataSet) => makeHeaderLazy(dataSet));
    expect(parsedHeaderCount()).toBe(64);
    // The first header's elements were let go; read again, it is parsed anew (counted) and right.
    const reparsesBefore = headerReparseCount();
    expect(dataSets[0]!.string('x0008103e')).toBe('S0');
    expect(dataSets[99]!.string('x0008103e')).toBe('S99');
    expect(headerReparseCount() - reparsesBefore).toBe(1);
    expect(parsedHeaderCount()).toBe(64);
    const first = dataSets[0]!.elements;
    expect(dataSets[0]!.elements).toBe(first); // read last: kept
  });

  it('holds elements assigned to it as given (Cornerstone assigns them to multi-frame headers)', () => {
    const dataSet = header('ASSIGNED');
    makeHeaderLazy(dataSet);
    const assigned = { ...parseDicom(dataSet.byteArray).elements };
    delete assigned['x0008103e'];
    dataSet.elements = assigned;
    expect(dataSet.elements).toBe(assigned);
    expect(dataSet.string('x0008103e')).toBeUndefined();
  });

  it('is idempotent', () => {
    const dataSet = header('TWICE');
    makeHeaderLazy(dataSet);
    makeHeaderLazy(dataSet);
    expect(dataSet.string('x0008103e')).toBe('TWICE');
  });
});
